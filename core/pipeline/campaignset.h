// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionresult.h"
#include "llm/llmclient.h"
#include "pipeline/campaignrunner.h"
#include "pipeline/exampleprogress.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::pipeline {

class ExecutionSlots;

/** A campaign that has started: what a list of running campaigns shows. A plain value type. */
struct CampaignOverview
{
    qint64 campaignId = 0;
    QString name;
    QString model;          ///< the generator, as provider/model
    int examples = 0;
    int finished = 0;       ///< examples that had ended before this run
};

/**
 * Runs any number of campaigns at once in one thread (the CLI's main thread, the GUI's pipeline thread):
 * the rounds of all of them share one set of execution slots (at most executionSlots() execute at once)
 * and campaigns started with the same client options share one LlmClient, so the per-provider limits
 * (calls in flight, rate limits, the server's rate-limit answers) hold for all of them together.
 * start() returns at once: the campaign is read and its executor created on a worker thread (that may
 * wait for a cluster or a container engine), the runner is made in this object's thread, and started()
 * or failedToStart() follows. Every signal carries the campaign id.
 */
class CampaignSet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignSet)

public:
    /** @p executionSlots < 1: each campaign's own execution_concurrency is the only bound. */
    CampaignSet(std::shared_ptr<store::Workspace> workspace, int executionSlots, QObject *parent = nullptr);
    ~CampaignSet() override;

    /**
     * CampaignPlan: validates, then writes a new campaign over @p repositoryIds (every repository of the
     * workspace when empty) with its examples; returns its id. Any thread; blocking. Throws wb::Error.
     */
    static qint64 create(const std::shared_ptr<store::Workspace> &workspace, const QString &name, const CampaignConfig &config,
                         const QList<qint64> &repositoryIds);

    /**
     * Starts campaign @p campaignId; false (and no signal) when it runs or is starting already. With
     * @p retryErrors the examples that ended in ERROR continue too (CampaignRunner::setRetryErrors).
     */
    bool start(qint64 campaignId, const llm::LlmClientOptions &options = {}, bool retryErrors = false);
    /** Runs the expert round that ends @p exampleId's rounds (CampaignRunner::startExpertRound); false like start(). */
    bool startExpertRound(qint64 campaignId, qint64 exampleId, bool judge, const llm::LlmClientOptions &options = {});

    bool isRunning(qint64 campaignId) const { return m_runners.contains(campaignId) || m_starting.contains(campaignId); }
    bool isEmpty() const { return m_runners.isEmpty() && m_starting.isEmpty(); }
    QList<qint64> campaigns() const;
    ExecutionSlots *executionSlots() const { return m_slots; }
    void setExecutionSlots(int slots);

    void pause(qint64 campaignId);
    void resume(qint64 campaignId);
    void cancel(qint64 campaignId, const QString &reason);
    void pauseAll();
    void resumeAll();
    void cancelAll(const QString &reason);
    /** Stops every campaign because the program ends (CampaignRunner::close); finished() follows for each. */
    void closeAll(const QString &reason);
    /** Per example: whichever campaign holds it acts; the others ignore the id. */
    void pauseExample(qint64 exampleId);
    void resumeExample(qint64 exampleId);
    void cancelExample(qint64 exampleId, const QString &reason);

Q_SIGNALS:
    void started(qint64 campaignId, const wb::pipeline::CampaignOverview &overview);
    void failedToStart(qint64 campaignId, const QString &message);
    /** ExampleProgress::campaignId says whose. */
    void exampleProgress(const wb::pipeline::ExampleProgress &progress);
    void logLine(qint64 campaignId, qint64 exampleId, int round, const wb::exec::LogLine &line);
    void finished(qint64 campaignId, const wb::pipeline::CampaignSummary &summary);
    /** The last running campaign has finished. */
    void allFinished();

private:
    using Begin = std::function<void(CampaignRunner *)>;
    bool launch(qint64 campaignId, const llm::LlmClientOptions &options, Begin begin);
    void onPrepared(qint64 campaignId, const llm::LlmClientOptions &options, const Begin &begin, PreparedCampaign prepared);
    void fail(qint64 campaignId, const QString &message);
    llm::LlmClient *sharedClient(const llm::LlmClientOptions &options);
    template<typename F>
    void forEach(F f);

    std::shared_ptr<store::Workspace> m_workspace;
    ExecutionSlots *m_slots;
    QHash<qint64, CampaignRunner *> m_runners;
    QSet<qint64> m_starting;
    QSet<qint64> m_cancelledWhileStarting;
    QHash<QByteArray, llm::LlmClient *> m_clients;   // by the options' fingerprint
    QThreadPool m_preparing;                         // reads campaigns and creates their executors
};

} // namespace wb::pipeline

Q_DECLARE_METATYPE(wb::pipeline::CampaignOverview)
