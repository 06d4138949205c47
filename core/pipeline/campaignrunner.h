// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionresult.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/exampleprogress.h"
#include "pipeline/protocol.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace wb::store {
class Workspace;
}
namespace wb::llm {
class LlmClient;
struct LlmClientOptions;
} // namespace wb::llm
namespace wb::exec {
class Executor;
}

namespace wb::pipeline {

class BatchClassifier;
class ExampleRunner;
class ExecutionSlots;

/** Counts at the end of a campaign run. */
struct CampaignSummary
{
    int success = 0;
    int failed = 0;
    int error = 0;
    int cancelled = 0;
    llm::CostTotal cost;
    bool budgetReached = false;
};

/**
 * What a runner needs before it can start, read and checked off the runner's thread (CampaignRunner::prepare):
 * the campaign's configuration, its protocol and its executor (whose creation may wait for a cluster or a
 * container engine).
 */
struct PreparedCampaign
{
    qint64 campaignId = 0;
    QString name;
    CampaignConfig config;
    std::shared_ptr<const Protocol> protocol;
    std::shared_ptr<exec::Executor> executor;
};

/** What the campaigns of one thread share (see CampaignSet); null members: the runner has its own. */
struct CampaignShared
{
    ExecutionSlots *slots = nullptr;
    /** Not used by a campaign that replays a cassette: that one answers from its recordings with a client of its own. */
    llm::LlmClient *llm = nullptr;
};

/**
 * Runs a campaign's unfinished examples: at most `concurrency` at once, executions limited to
 * `execution_concurrency` (and, with shared ExecutionSlots, by the slots of all campaigns of the thread),
 * model calls limited per provider by the LLM client (shared by the campaigns of a CampaignSet), a cost budget that stops
 * new work, pause / resume / cancel for one example or all, and a watch on the campaign row so that
 * `codedistiller cancel` from another process stops it. Asynchronous; lives in one thread with an event
 * loop (the CLI's main thread or a pipeline thread of the GUI).
 */
class CampaignRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignRunner)

public:
    /**
     * Throws wb::Error for an unknown campaign, a bad configuration, an unavailable executor or a budget
     * that cannot be kept (BudgetGuard: a model of the campaign has no price).
     */
    CampaignRunner(std::shared_ptr<store::Workspace> workspace, qint64 campaignId, const llm::LlmClientOptions &llmOptions,
                   QObject *parent = nullptr);
    /** With what prepare() read; throws wb::Error like the constructor above (budget, claim). */
    CampaignRunner(std::shared_ptr<store::Workspace> workspace, PreparedCampaign prepared, const llm::LlmClientOptions &llmOptions,
                   CampaignShared shared, QObject *parent = nullptr);
    ~CampaignRunner() override;

    /**
     * Reads and checks campaign @p campaignId and creates its executor; any thread. Throws wb::Error for an
     * unknown campaign, a bad configuration, a protocol that is gone or an unavailable executor.
     */
    static PreparedCampaign prepare(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignId);

    qint64 campaignId() const { return m_campaignId; }
    /** Examples of the campaign and how many of them had ended before start(). */
    int exampleCount() const { return m_exampleCount; }
    int finishedBeforeStart() const { return m_finishedBeforeStart; }

    /**
     * Whether start() also takes up the examples that ended in ERROR (e.g. a refused connection, a storm
     * of 5xx answers). They continue where they stopped: their rounds and answered calls are kept, and a
     * request answered before comes from the response cache. Off by default.
     */
    void setRetryErrors(bool retry);
    void start();
    /**
     * Instead of start(): runs only the expert round that ends @p exampleId's rounds (see ExpertRound)
     * through the campaign's executor, and the judge when @p judge is set. The campaign's and the
     * example's status stay as they were; finished() reports the example under its unchanged status.
     */
    void startExpertRound(qint64 exampleId, bool judge);
    void cancel(const QString &reason);
    /**
     * Stops like cancel() because the workbench closes: the provider batches stay open (they are not
     * cancelled) and the examples waiting for them keep waiting; a resumed run collects them.
     */
    void close(const QString &reason);
    void cancelExample(qint64 exampleId, const QString &reason);
    /**
     * Pauses one example: a running one stops at its next step boundary (keeping its slot), a queued
     * one is held back. The campaign does not finish while a held example waits.
     */
    void pauseExample(qint64 exampleId);
    void resumeExample(qint64 exampleId);
    void pause();
    void resume();
    const CampaignConfig &config() const { return m_config; }

Q_SIGNALS:
    void exampleProgress(const wb::pipeline::ExampleProgress &progress);
    void logLine(qint64 exampleId, int round, const wb::exec::LogLine &line);
    void finished(const wb::pipeline::CampaignSummary &summary);

private:
    void launchMore();
    void onExampleFinished(qint64 exampleId, store::ExampleStatus status);
    void releaseRoundLater(const QString &roundDirectory, const exec::ExecutionResult &result);
    void checkExternalCancel();
    bool budgetExceeded();
    bool mayStillDeferClassification() const;
    void onBatchReady(const QList<qint64> &examples);
    void onBatchFailed(const QList<qint64> &examples, const QString &reason);
    void reportWaiting(const QList<qint64> &examples, const QString &message);

    std::shared_ptr<store::Workspace> m_workspace;
    qint64 m_campaignId;
    CampaignConfig m_config;
    std::shared_ptr<const Protocol> m_protocol;
    std::shared_ptr<exec::Executor> m_executor;
    llm::LlmClient *m_llm;
    ExecutionSlots *m_slots;
    std::deque<qint64> m_queue;
    QHash<qint64, ExampleRunner *> m_running;
    int m_exampleCount = 0;
    int m_finishedBeforeStart = 0;
    int m_pendingReleases = 0;   // round folders being removed off this thread
    CampaignSummary m_summary;
    QTimer m_watch;
    int m_watchTicks = 0;
    QString m_runnerId;   // this runner's claim on the campaign
    bool m_cancelled = false;
    bool m_paused = false;
    QSet<qint64> m_held;   // queued examples the user paused
    bool m_done = false;
    bool m_retryErrors = false;
    bool m_expertRound = false;   // startExpertRound(): no campaign status changes
    bool m_judgeExpertRound = false;
    // Economy mode (CampaignConfig::classificationMode): classification goes out as provider batches.
    BatchClassifier *m_batches = nullptr;
    QSet<qint64> m_parked;                // examples waiting for their classification batch
    QSet<qint64> m_afterBatch;            // examples whose batch has been collected in this run
    QSet<qint64> m_needsClassification;   // examples that had no selection when the run started
    bool m_keepBatches = false;           // close(): the batches stay at the provider
    bool m_closing = false;               // close(): so do the examples' batch jobs (ExampleRunner::close)
    QThreadPool m_cleanup;                // removes round folders; last, so that it is waited for first
};

} // namespace wb::pipeline

Q_DECLARE_METATYPE(wb::pipeline::CampaignSummary)
