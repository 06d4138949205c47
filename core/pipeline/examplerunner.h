// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionresult.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/classificationtask.h"
#include "pipeline/exampleprogress.h"
#include "pipeline/fileselector.h"
#include "pipeline/promptbuilder.h"
#include "store/pipelinerecords.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace wb::store {
class Workspace;
}
namespace wb::llm {
class LlmCall;
class LlmClient;
struct LlmResult;
} // namespace wb::llm
namespace wb::exec {
class ExecutionJob;
class Executor;
} // namespace wb::exec

namespace wb::pipeline {

/** What an ExampleRunner borrows from its campaign. */
struct ExampleServices
{
    std::shared_ptr<store::Workspace> workspace;
    llm::LlmClient *llm = nullptr;
    const exec::Executor *executor = nullptr;
    CampaignConfig config;
    /** The campaign's protocol: prompts, model settings, budgets (never null). */
    std::shared_ptr<const Protocol> protocol;
    std::function<bool()> budgetExceeded;
    /**
     * Runs the callback when an execution slot is free, unless @p context is gone by then (the slot is
     * then given back); the runner calls releaseExecution() when its execution ends.
     */
    std::function<void(QObject *context, std::function<void()>)> acquireExecution;
    std::function<void()> releaseExecution;
    /**
     * Applies the retention setting to a round whose results are saved (Executor::releaseRound), off the
     * campaign's thread; unset: the runner does it itself.
     */
    std::function<void(const QString &roundDirectory, const exec::ExecutionResult &result)> releaseRound;
    /**
     * Set for an expert round (see ExpertRound): the runner only executes the example's last round,
     * which must be a human one, and judges it when @c judgeExpertRound is set; the example's status
     * is left as it was, whatever happens.
     */
    bool expertRoundOnly = false;
    bool judgeExpertRound = false;
    /**
     * Economy mode: set, the runner hands its classification requests to the campaign (which sends them
     * as a batch) and emits parked() instead of calling the model; the campaign runs it again when they
     * are answered.
     */
    std::function<void(qint64 exampleId, const QList<ClassificationTask> &tasks)> deferClassification;
    /** The example's classification batch has been collected: a file whose classification failed is not asked again. */
    bool afterClassificationBatch = false;
};

/**
 * Distils one repository in one campaign: summary → classification → selection → generation →
 * (execute → judge → repair)* with the round cap. The next step is always derived from what the store
 * holds, and every step is committed before the next starts, so a runner started on an example that
 * was interrupted (even by kill -9) continues exactly where it stopped; repeated model calls are
 * answered by the response cache. Asynchronous; lives in the campaign's thread.
 */
class ExampleRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleRunner)

public:
    ExampleRunner(ExampleServices services, qint64 exampleId, QObject *parent = nullptr);
    ~ExampleRunner() override;

    qint64 exampleId() const { return m_exampleId; }
    void start();
    /** Stops at once: calls aborted, the execution killed; the example ends CANCELLED with @p reason. */
    void cancel(const QString &reason);
    /**
     * Like cancel(), because the workbench closes: a round that runs as a batch job (Slurm) is left
     * running; the resumed campaign re-attaches to it.
     */
    void close(const QString &reason);
    /** Finishes the current step, then waits. */
    void pause();
    void resume();
    /** It may still classify files (it has not reached the selection); see deferClassification. */
    bool classifying() const { return !m_pastClassification; }

Q_SIGNALS:
    void progress(const wb::pipeline::ExampleProgress &progress);
    /** Its classification requests went to the campaign's batch (deferClassification); the runner has stopped. */
    void parked(qint64 exampleId);
    void logLine(qint64 exampleId, int round, const wb::exec::LogLine &line);
    void finished(qint64 exampleId, wb::store::ExampleStatus status);

private:
    void next();
    void runSummary();
    void runClassification();
    void runSelection();
    void runGeneration();
    void runExecution(const store::RoundRecord &round);
    /** Where a round runs: its checkout and folder, or the batch job it re-attaches to. */
    struct RoundPlace
    {
        QString executor;
        QString repositoryDirectory;
        QString roundDirectory;
        QString remoteJobId;
        QString error;
    };
    void prepareRound(qint64 roundId, int index);
    /** The repository's files (read once per run of this example). */
    const QList<store::FileRecord> &repositoryFiles() const;
    void launchRound(qint64 roundId, int index, const RoundPlace &place);
    void runJudge(const store::RoundRecord &round);
    void runRepair(const store::RoundRecord &round);
    void nextForExpertRound(const store::RoundRecord &last);
    void callModel(const QString &stage, const ModelChoice &model, const QString &prompt, qint64 roundId,
                   std::function<void(const llm::LlmResult &)> onDone);
    void callModel(const llm::LlmRequest &request, std::function<void(const llm::LlmResult &)> onDone);
    /** The README the summary reads: its name ("" when there is none) and its text. */
    std::pair<QString, QString> readme() const;
    llm::LlmRequest modelRequest(const QString &stage, const ModelChoice &model, const QString &prompt, qint64 roundId) const;
    void finish(store::ExampleStatus status, const QString &reason);
    void report(const QString &stage, const QString &message = {});
    bool stopBeforeNextStep();
    QString repositoryDescription() const;
    llm::ModelProfile profile(const ModelChoice &model) const;
    FileSelector::Rules selectionRules() const;
    PromptBuilder::Example promptExample() const;
    PromptBuilder::Round promptRound(const store::RoundRecord &round) const;
    QString environmentDescription() const;

    ExampleServices m_services;
    qint64 m_exampleId;
    store::ExampleRecord m_example;
    QString m_repositoryUrl;
    QString m_gitDir;
    mutable std::optional<QList<store::FileRecord>> m_files;   ///< see repositoryFiles()
    mutable qint64 m_filesOfRepository = 0;
    QString m_stage;
    QList<QPointer<llm::LlmCall>> m_calls;
    QPointer<exec::ExecutionJob> m_job;
    QSet<QString> m_classificationTried;
    int m_pendingClassifications = 0;
    bool m_cancelled = false;
    bool m_paused = false;
    bool m_waiting = false;
    bool m_finished = false;
    bool m_holdingExecutionSlot = false;
    bool m_remoteJob = false;   // the running round is a batch job (submitted or re-attached)
    bool m_closing = false;
    bool m_pastClassification = false;
    QString m_expertOutcome;   // what the expert round came to (expert mode)
};

} // namespace wb::pipeline
