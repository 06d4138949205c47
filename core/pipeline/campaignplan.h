// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executor.h"
#include "pipeline/campaignconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::pipeline {

/**
 * A campaign about to be created: its name, configuration and repositories. The one way the command
 * line (`run`) and the window (Run Campaign) create a campaign: validate() first — blocking, off the GUI
 * thread, since probing the executor can take 30 s (scontrol ping, podman) — then create(), which writes
 * the campaign and its examples in one transaction. Nothing is written before validate() passes.
 * A plain value type; several plans may share repositories and protocol (withModels(), to compare models).
 */
class CampaignPlan final
{
public:
    struct Created
    {
        qint64 campaignId = 0;
        QString name;
        int examples = 0;   ///< one per repository
    };

    /** @p repositoryIds empty: every repository of the workspace (resolved by validate() and create()). */
    CampaignPlan(QString name, CampaignConfig config, QList<qint64> repositoryIds = {});

    const QString &name() const { return m_name; }
    const CampaignConfig &config() const { return m_config; }
    const QList<qint64> &repositoryIds() const { return m_repositoryIds; }

    /**
     * The same plan for other models: @p name, and generator, classifier and judge from @p models
     * (classifier and judge empty: the generator's); repositories, protocol, executor and limits stay.
     */
    CampaignPlan withModels(const QString &name, const ModelChoice &generator, const ModelChoice &classifier = {},
                            const ModelChoice &judge = {}) const;

    /**
     * The settings the campaign's executor runs with — interpreter, network, round retention, and the
     * site settings of its kind (the workspace's, overridden by the campaign's executorOptions; empty
     * values left out). The one place they are built: the plan's probe and the runner use it.
     */
    static exec::ExecutorSettings executorSettings(const CampaignConfig &config, const std::shared_ptr<store::Workspace> &workspace);

    /**
     * Every reason the plan cannot run, each a sentence saying what to change; empty: it can. Checks the
     * name (set, not taken), the models (known provider, a model each), the protocol, the numbers, the
     * classification mode, the budget (every model priced), the executor's options, the repositories
     * (known; at least one) and finally the executor itself (Executor::create). Blocking; writes nothing.
     */
    QStringList validate(const std::shared_ptr<store::Workspace> &workspace) const;
    /** validate(), throwing wb::Error (InvalidInput) naming every problem when there is one. */
    void require(const std::shared_ptr<store::Workspace> &workspace) const;
    /** Writes the campaign and one PENDING example per repository in one transaction. Throws wb::Error. */
    Created create(const std::shared_ptr<store::Workspace> &workspace) const;
    /** require(), then create(): for a background load of the window's session. */
    Created validateAndCreate(const std::shared_ptr<store::Workspace> &workspace) const;

private:
    QList<qint64> resolvedRepositories(const std::shared_ptr<store::Workspace> &workspace) const;

    QString m_name;
    CampaignConfig m_config;
    QList<qint64> m_repositoryIds;
};

} // namespace wb::pipeline
