// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmclient.h"
#include "pipeline/campaignrunner.h"
#include "pipeline/exampleprogress.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::ui {

/** One output line of a round that is running, for the live tail. A plain value type. */
struct LiveLogLine
{
    qint64 exampleId = 0;
    int round = 0;
    exec::LogLine line;
};

/**
 * Runs campaigns on the pipeline thread for the GUI: the CampaignRunner lives in a QThread of its own,
 * with its own workspace connection, and its signals reach the GUI queued, as value types. Commands
 * (pause, resume, cancel) travel the other way with queued invocations. One campaign at a time.
 * Output lines of running rounds are buffered on the pipeline thread and handed over in batches five
 * times a second (at most MaxLiveLines per batch, the newest), so a round that prints forever cannot
 * flood the GUI's event queue.
 */
class CampaignController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignController)

public:
    explicit CampaignController(std::shared_ptr<store::Workspace> workspace, QObject *parent = nullptr);
    ~CampaignController() override;

    /** How start() treats the examples that ended in ERROR. */
    enum class Errors { Keep, Retry };
    /**
     * Starts @p campaignId on the pipeline thread; false when one is running already. With Errors::Retry
     * the examples that ended in ERROR continue too (CampaignRunner::setRetryErrors).
     */
    bool start(qint64 campaignId, const llm::LlmClientOptions &options = {}, Errors errors = Errors::Keep);
    /**
     * Runs the expert round that ends @p exampleId's rounds through @p campaignId's executor (and its
     * judge when @p judge is set) on the pipeline thread; false when a run is going on already.
     */
    bool startExpertRound(qint64 campaignId, qint64 exampleId, bool judge, const llm::LlmClientOptions &options = {});
    bool isRunning() const { return m_runner != nullptr; }
    void pause();
    void resume();
    void cancel();
    void pauseExample(qint64 exampleId);
    void resumeExample(qint64 exampleId);
    void cancelExample(qint64 exampleId);

Q_SIGNALS:
    void exampleProgress(const wb::pipeline::ExampleProgress &progress);
    void failedToStart(const QString &message);
    void finished(const wb::pipeline::CampaignSummary &summary);
    /** The live tail: new output lines of running rounds, oldest first; @p dropped lines were skipped. */
    void liveLines(const QList<wb::ui::LiveLogLine> &lines, int dropped);

public:
    static constexpr int MaxLiveLines = 2000;

private:
    bool launch(qint64 campaignId, const llm::LlmClientOptions &options, std::function<void(pipeline::CampaignRunner *)> begin);
    void flushLiveLines();

    QMutex m_liveMutex;
    QList<LiveLogLine> m_live;   // guarded by m_liveMutex
    int m_liveDropped = 0;       // guarded by m_liveMutex
    QTimer m_liveTimer;
    std::shared_ptr<store::Workspace> m_workspace;
    QThread m_thread;
    pipeline::CampaignRunner *m_runner = nullptr;   // lives in m_thread
};

} // namespace wb::ui
