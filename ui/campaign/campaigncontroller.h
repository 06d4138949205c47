// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmclient.h"
#include "pipeline/campaignrunner.h"
#include "pipeline/exampleprogress.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::ui {

/**
 * Runs campaigns on the pipeline thread for the GUI: the CampaignRunner lives in a QThread of its own,
 * with its own workspace connection, and its signals reach the GUI queued, as value types. Commands
 * (pause, resume, cancel) travel the other way with queued invocations. One campaign at a time.
 */
class CampaignController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignController)

public:
    explicit CampaignController(std::shared_ptr<store::Workspace> workspace, QObject *parent = nullptr);
    ~CampaignController() override;

    /** Starts @p campaignId on the pipeline thread; false when one is running already. */
    bool start(qint64 campaignId, const llm::LlmClientOptions &options = {});
    bool isRunning() const { return m_runner != nullptr; }
    void pause();
    void resume();
    void cancel();

Q_SIGNALS:
    void exampleProgress(const wb::pipeline::ExampleProgress &progress);
    void failedToStart(const QString &message);
    void finished(const wb::pipeline::CampaignSummary &summary);

private:
    std::shared_ptr<store::Workspace> m_workspace;
    QThread m_thread;
    pipeline::CampaignRunner *m_runner = nullptr;   // lives in m_thread
};

} // namespace wb::ui
