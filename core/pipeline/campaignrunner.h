// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionresult.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/exampleprogress.h"
#include "pipeline/protocol.h"

#include <QHash>
#include <QObject>
#include <QSet>
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
 * Runs a campaign's unfinished examples: at most `concurrency` at once, executions limited to
 * `execution_concurrency`, model calls limited per provider by the LLM client, a cost budget that stops
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
    ~CampaignRunner() override;

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
    void onExampleFinished(qint64 exampleId, const QString &status);
    void releaseExecutionSlot();
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
    std::unique_ptr<exec::Executor> m_executor;
    llm::LlmClient *m_llm;
    std::deque<qint64> m_queue;
    QHash<qint64, ExampleRunner *> m_running;
    int m_executions = 0;
    std::deque<std::function<void()>> m_executionWaiters;
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
};

} // namespace wb::pipeline

Q_DECLARE_METATYPE(wb::pipeline::CampaignSummary)
