// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/campaignplan.h"

#include "llm/llmbatch.h"
#include "llm/pricecatalog.h"
#include "llm/providerprofile.h"
#include "pipeline/budgetguard.h"
#include "pipeline/protocol.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::CampaignPlan)
};

// The message of a failed check, as the problem to report.
template<typename F>
void collect(QStringList &problems, F &&check)
{
    try {
        check();
    } catch (const Error &e) {
        problems << e.message();
    }
}
} // namespace

CampaignPlan::CampaignPlan(QString name, CampaignConfig config, QList<qint64> repositoryIds)
    : m_name(std::move(name))
    , m_config(std::move(config))
    , m_repositoryIds(std::move(repositoryIds))
{
}

CampaignPlan CampaignPlan::withModels(const QString &name, const ModelChoice &generator, const ModelChoice &classifier,
                                      const ModelChoice &judge) const
{
    CampaignPlan plan = *this;
    plan.m_name = name;
    plan.m_config.generator = generator;
    plan.m_config.classifier = classifier.model.isEmpty() ? generator : classifier;
    plan.m_config.judge = judge.model.isEmpty() ? generator : judge;
    return plan;
}

exec::ExecutorSettings CampaignPlan::executorSettings(const CampaignConfig &config, const std::shared_ptr<store::Workspace> &workspace)
{
    exec::ExecutorSettings settings;
    settings.pythonPath = config.pythonPath;
    settings.network = config.limits.network;
    settings.retention = config.roundRetention;
    // Site settings (the podman image, a cluster's partition, the pip index, ...) are the team's
    // workspace settings; the campaign may override them.
    for (const QString &key : exec::Executor::siteSettingKeys(config.executor))
        if (const QString value = config.executorOptions.value(key, workspace->setting(key)); !value.isEmpty())
            settings.siteSettings.insert(key, value);
    return settings;
}

QStringList CampaignPlan::validate(const std::shared_ptr<store::Workspace> &workspace) const
{
    QStringList problems;
    const CampaignConfig &c = m_config;

    if (m_name.trimmed().isEmpty())
        problems << Tr::tr("The campaign needs a name.");
    else
        collect(problems, [&] {
            if (store::PipelineStore(workspace).findCampaign(m_name))
                problems << Tr::tr("A campaign named '%1' exists already; resume it or choose another name.").arg(m_name);
        });

    const std::pair<QString, const ModelChoice &> models[] = {{Tr::tr("generation"), c.generator},
                                                              {Tr::tr("classification"), c.classifier},
                                                              {Tr::tr("the judge"), c.judge}};
    QStringList checkedProviders;
    for (const auto &[role, choice] : models) {
        if (choice.provider.isEmpty())
            problems << Tr::tr("No provider is set for %1.").arg(role);
        else if (!checkedProviders.contains(choice.provider)) {
            checkedProviders << choice.provider;
            collect(problems, [&] { llm::ProviderCatalog::instance().get(choice.provider); });
        }
        if (choice.model.trimmed().isEmpty())
            problems << Tr::tr("No model is set for %1.").arg(role);
    }
    if (!c.protocol.isEmpty())
        collect(problems, [&] { Protocol::load(c.protocol); });

    if (c.maxRounds < 1)
        problems << Tr::tr("The campaign needs at least one round (maximum rounds is %1).").arg(c.maxRounds);
    if (c.concurrency < 1 || c.executionConcurrency < 1)
        problems << Tr::tr("At least one example and one round must run at a time (concurrency).");
    if (c.limits.wallSeconds < 1)
        problems << Tr::tr("A round needs a time limit of at least one second.");
    if (c.classifyMaxFiles < 0)
        problems << Tr::tr("The number of files to classify cannot be negative.");
    if (c.budgetUsd && *c.budgetUsd <= 0)
        problems << Tr::tr("A budget must be more than $0 (no budget: leave it unset).");
    if (c.classificationMode == u"economy"_s) {
        if (!llm::LlmBatch::supported(c.classifier.provider))
            problems << Tr::tr("Economy classification needs a provider with a batch API; %1 has none.").arg(c.classifier.provider);
    } else if (c.classificationMode != u"standard"_s) {
        problems << Tr::tr("Unknown classification mode '%1' (standard or economy).").arg(c.classificationMode);
    }
    collect(problems, [&] {
        if (const QString refusal = BudgetGuard::refusal(c, llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath()));
            !refusal.isEmpty())
            problems << refusal;
    });

    const QStringList known = exec::Executor::siteSettingKeys(c.executor);
    for (auto it = c.executorOptions.cbegin(); it != c.executorOptions.cend(); ++it)
        if (!known.contains(it.key()))
            problems << Tr::tr("Unknown setting '%1' of the %2 executor (known: %3).").arg(it.key(), c.executor, known.join(u", "_s));

    collect(problems, [&] {
        const store::RepositoryStore repositories(workspace);
        if (m_repositoryIds.isEmpty() && repositories.repositories().isEmpty())
            problems << Tr::tr("The workspace has no repositories; add some with 'codedistiller add' or File → Add Repository.");
        for (const qint64 id : m_repositoryIds)
            if (!repositories.findById(id))
                problems << Tr::tr("Repository %1 is not in the workspace (removed meanwhile?).").arg(id);
    });

    // Last: the executor may take long to answer (Slurm's controller, podman).
    collect(problems, [&] { exec::Executor::create(c.executor, executorSettings(c, workspace)); });
    return problems;
}

void CampaignPlan::require(const std::shared_ptr<store::Workspace> &workspace) const
{
    const QStringList problems = validate(workspace);
    if (problems.size() == 1)
        throw Error(problems.constFirst(), Error::Kind::InvalidInput);
    if (!problems.isEmpty())
        throw Error(Tr::tr("Campaign %1 cannot start:\n- %2").arg(m_name, problems.join(u"\n- "_s)), Error::Kind::InvalidInput);
}

QList<qint64> CampaignPlan::resolvedRepositories(const std::shared_ptr<store::Workspace> &workspace) const
{
    if (!m_repositoryIds.isEmpty())
        return m_repositoryIds;
    QList<qint64> all;
    for (const auto &r : store::RepositoryStore(workspace).repositories())
        all << r.id;
    return all;
}

CampaignPlan::Created CampaignPlan::create(const std::shared_ptr<store::Workspace> &workspace) const
{
    const QList<qint64> repositories = resolvedRepositories(workspace);
    if (repositories.isEmpty())
        throw Error(Tr::tr("The workspace has no repositories; add some with 'codedistiller add' or File → Add Repository."),
                    Error::Kind::InvalidInput);
    const qint64 id = store::PipelineStore(workspace).createCampaignWithExamples(m_name, m_config.toJson(), repositories);
    return {id, m_name, int(repositories.size())};
}

CampaignPlan::Created CampaignPlan::validateAndCreate(const std::shared_ptr<store::Workspace> &workspace) const
{
    require(workspace);
    return create(workspace);
}

} // namespace wb::pipeline
