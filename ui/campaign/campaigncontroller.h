// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmclient.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignrunner.h"
#include "pipeline/campaignset.h"
#include "pipeline/exampleprogress.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

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
    qint64 campaignId = 0;
};

/**
 * Runs campaigns on the pipeline thread for the GUI, any number at once: a pipeline::CampaignSet lives in
 * a QThread of its own (rounds of all campaigns share its execution slots, model calls its per-provider
 * limits). Nothing here waits for the pipeline thread: start() returns at once and started() or
 * failedToStart() follows; commands (pause, resume, cancel) travel as queued invocations and every signal
 * reaches the GUI queued, as value types carrying the campaign id. Output lines of running rounds are
 * buffered on the pipeline thread and handed over in batches five times a second (at most MaxLiveLines
 * per batch, the newest), so a round that prints forever cannot flood the GUI's event queue.
 */
class CampaignController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignController)

public:
    /** Rounds executing at once over all campaigns, unless setExecutionSlots() says otherwise. */
    static constexpr int DefaultExecutionSlots = 16;

    explicit CampaignController(std::shared_ptr<store::Workspace> workspace, QObject *parent = nullptr);
    ~CampaignController() override;

    /** How start() treats the examples that ended in ERROR. */
    enum class Errors { Keep, Retry };
    /**
     * Starts @p campaignId on the pipeline thread; false when it runs (or starts) already. With
     * Errors::Retry the examples that ended in ERROR continue too (CampaignRunner::setRetryErrors).
     */
    bool start(qint64 campaignId, const llm::LlmClientOptions &options = {}, Errors errors = Errors::Keep);
    /**
     * Writes a new campaign called @p name over @p repositoryIds (all when empty) on the pipeline thread
     * and starts it: started() follows, or failedToStart() with campaign id 0 when it could not be written.
     */
    void startNew(const QString &name, const pipeline::CampaignConfig &config, const QList<qint64> &repositoryIds,
                  const llm::LlmClientOptions &options = {});
    /**
     * Runs the expert round that ends @p exampleId's rounds through @p campaignId's executor (and its
     * judge when @p judge is set) on the pipeline thread; false when that campaign runs already.
     */
    bool startExpertRound(qint64 campaignId, qint64 exampleId, bool judge, const llm::LlmClientOptions &options = {});
    /** Whether any campaign runs, starts or is being written. */
    bool isRunning() const { return !m_active.isEmpty() || m_creating > 0; }
    bool isRunning(qint64 campaignId) const { return m_active.contains(campaignId); }
    QList<qint64> runningCampaigns() const;
    /** Bounds the rounds executing at once over all campaigns (< 1: each campaign's own limit only). */
    void setExecutionSlots(int slots);

    /** All campaigns. */
    void pause();
    void resume();
    void cancel();
    void pause(qint64 campaignId);
    void resume(qint64 campaignId);
    void cancel(qint64 campaignId);
    void pauseExample(qint64 exampleId);
    void resumeExample(qint64 exampleId);
    void cancelExample(qint64 exampleId);

Q_SIGNALS:
    void started(qint64 campaignId, const wb::pipeline::CampaignOverview &overview);
    /** @p campaignId 0: a new campaign (startNew) could not even be written. */
    void failedToStart(qint64 campaignId, const QString &message);
    /** ExampleProgress::campaignId says whose. */
    void exampleProgress(const wb::pipeline::ExampleProgress &progress);
    void finished(qint64 campaignId, const wb::pipeline::CampaignSummary &summary);
    /** No campaign runs any more. */
    void allFinished();
    /** The live tail: new output lines of running rounds, oldest first; @p dropped lines were skipped. */
    void liveLines(const QList<wb::ui::LiveLogLine> &lines, int dropped);

public:
    static constexpr int MaxLiveLines = 2000;

private:
    template<typename F>
    void onPipeline(F f);
    void flushLiveLines();

    QMutex m_liveMutex;
    QList<LiveLogLine> m_live;   // guarded by m_liveMutex
    int m_liveDropped = 0;       // guarded by m_liveMutex
    QTimer m_liveTimer;
    std::shared_ptr<store::Workspace> m_workspace;
    QThread m_thread;
    pipeline::CampaignSet *m_set;   // lives in m_thread
    QSet<qint64> m_active;          // started and not finished, as the GUI knows it
    int m_creating = 0;
};

} // namespace wb::ui
