// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/campaignrunner.h"

#include "exec/executor.h"
#include "llm/llmbatch.h"
#include "llm/llmclient.h"
#include "pipeline/batchclassifier.h"
#include "pipeline/budgetguard.h"
#include "pipeline/campaignplan.h"
#include "pipeline/campaignprotocol.h"
#include "pipeline/examplerunner.h"
#include "pipeline/executionslots.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::CampaignRunner)
};
} // namespace

PreparedCampaign CampaignRunner::prepare(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignId)
{
    const auto campaigns = store::PipelineStore(workspace).campaigns();
    const auto campaign = std::find_if(campaigns.cbegin(), campaigns.cend(), [&](const auto &c) { return c.id == campaignId; });
    if (campaign == campaigns.cend())
        throw Error(Tr::tr("Campaign %1 does not exist.").arg(campaignId), Error::Kind::NotFound);
    PreparedCampaign prepared;
    prepared.campaignId = campaignId;
    prepared.name = campaign->name;
    prepared.config = CampaignConfig::fromJson(campaign->configJson);
    CampaignConfig &config = prepared.config;   // resolve() fills in what an older campaign left out
    // The protocol first: a campaign whose protocol is gone must not claim anything.
    prepared.protocol = std::make_shared<const Protocol>(CampaignProtocol::resolve(workspace, campaignId, config));
    prepared.executor = exec::Executor::create(config.executor, CampaignPlan::executorSettings(config, workspace));
    return prepared;
}

CampaignRunner::CampaignRunner(std::shared_ptr<store::Workspace> workspace, qint64 campaignId,
                               const llm::LlmClientOptions &llmOptions, QObject *parent)
    : CampaignRunner(workspace, prepare(workspace, campaignId), llmOptions, {}, parent)
{
}

CampaignRunner::CampaignRunner(std::shared_ptr<store::Workspace> workspace, PreparedCampaign prepared,
                               const llm::LlmClientOptions &llmOptions, CampaignShared shared, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_campaignId(prepared.campaignId)
    , m_config(std::move(prepared.config))
    , m_protocol(std::move(prepared.protocol))
    , m_executor(std::move(prepared.executor))
    , m_slots(shared.slots ? shared.slots : new ExecutionSlots(0, this))
{
    m_cleanup.setMaxThreadCount(1);
    store::PipelineStore pipeline(m_workspace);
    llm::PriceCatalog prices = llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath());
    BudgetGuard::require(m_config, prices);   // a budget over a model without a price could not be kept
    llm::LlmClientOptions options = llmOptions;
    if (!m_config.replayCassette.isEmpty()) {
        options.replay = true;
        options.cassettePath = m_config.replayCassette;
    }
    if (shared.llm && !options.replay)
        m_llm = shared.llm;   // one queue per provider for every campaign of the thread
    else
        m_llm = new llm::LlmClient(m_workspace, std::move(prices), options, this);
    // Economy: classification as provider batches. Replayed campaigns answer from recordings; a provider
    // without a batch API classifies one call at a time.
    if (m_config.classificationMode == u"economy"_s && !options.replay && llm::LlmBatch::supported(m_config.classifier.provider)) {
        m_batches = new BatchClassifier(m_workspace, m_llm, m_campaignId, this);
        connect(m_batches, &BatchClassifier::waiting, this, &CampaignRunner::reportWaiting);
        connect(m_batches, &BatchClassifier::examplesReady, this, &CampaignRunner::onBatchReady);
        connect(m_batches, &BatchClassifier::examplesFailed, this, &CampaignRunner::onBatchFailed);
        connect(m_batches, &BatchClassifier::idle, this, &CampaignRunner::launchMore);
    }
    m_watch.setInterval(1000);
    connect(&m_watch, &QTimer::timeout, this, &CampaignRunner::checkExternalCancel);
    // One workbench runs a campaign at a time, also on a team database (schema 7's claim). Last, so
    // that nothing after it can fail and leave the claim held.
    m_runnerId = u"%1/%2/%3"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid())
                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    pipeline.claimCampaign(m_campaignId, m_runnerId);
}

CampaignRunner::~CampaignRunner()
{
    m_cleanup.waitForDone();
    m_slots->dropWaiters(this);
    while (m_slots->inUse(this) > 0)   // rounds killed with their runners: their slots go to other campaigns
        m_slots->release(this);
    try {
        store::PipelineStore(m_workspace).releaseCampaign(m_campaignId, m_runnerId);
    } catch (const Error &) {
        // the claim goes stale by itself
    }
}

void CampaignRunner::start()
{
    store::PipelineStore pipeline(m_workspace);
    const auto examples = pipeline.examples(m_campaignId);
    m_exampleCount = int(examples.size());
    for (const auto &e : examples) {
        if (store::isResumable(e.status, m_retryErrors ? store::ErrorPolicy::Retry : store::ErrorPolicy::Keep))
            m_queue.push_back(e.id);   // PENDING, RUNNING (interrupted), PAUSED and CANCELLED continue; ERROR when asked
        else if (e.status == store::ExampleStatus::Success)
            ++m_summary.success;
        else if (e.status == store::ExampleStatus::Failed)
            ++m_summary.failed;
        else
            ++m_summary.error;
    }
    if (m_batches) {
        // Batches a closed or killed run left are collected, not submitted again; their examples wait for them.
        m_parked = m_batches->resumeOpen();
        m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(), [this](qint64 id) { return m_parked.contains(id); }),
                      m_queue.end());
        // Examples that still classify go first, so that their batch leaves early.
        for (const qint64 id : m_queue)
            if (const auto e = pipeline.example(id); e && e->selectionBlob.isEmpty())
                m_needsClassification.insert(id);
        std::stable_partition(m_queue.begin(), m_queue.end(), [this](qint64 id) { return m_needsClassification.contains(id); });
    }
    m_finishedBeforeStart = m_summary.success + m_summary.failed + m_summary.error;
    pipeline.setCampaignStatus(m_campaignId, u"running"_s);
    m_watch.start();
    QTimer::singleShot(0, this, &CampaignRunner::launchMore);
}

void CampaignRunner::setRetryErrors(bool retry)
{
    m_retryErrors = retry;
}

void CampaignRunner::startExpertRound(qint64 exampleId, bool judge)
{
    m_expertRound = true;
    m_judgeExpertRound = judge;
    m_queue.push_back(exampleId);
    QTimer::singleShot(0, this, &CampaignRunner::launchMore);
}

bool CampaignRunner::budgetExceeded()
{
    if (!m_config.budgetUsd)
        return false;
    const store::PipelineStore pipeline(m_workspace);
    const bool exceeded = BudgetGuard::reached(pipeline.campaignCost(m_campaignId), pipeline.maxCallCost(m_campaignId),
                                               *m_config.budgetUsd);
    m_summary.budgetReached = m_summary.budgetReached || exceeded;
    return exceeded;
}

void CampaignRunner::launchMore()
{
    while (!m_cancelled && !m_paused && !m_queue.empty() && m_running.size() < m_config.concurrency) {
        if (!m_expertRound && budgetExceeded()) {
            for (const qint64 id : m_queue)
                store::PipelineStore(m_workspace).setExampleState(id, store::ExampleStatus::Cancelled, u"summary"_s,
                                                                  Tr::tr("The campaign's cost budget was reached."));
            m_summary.cancelled += int(m_queue.size());
            m_queue.clear();
            break;
        }
        const auto next = std::find_if(m_queue.begin(), m_queue.end(), [this](qint64 id) { return !m_held.contains(id); });
        if (next == m_queue.end())
            break;   // only held examples are left
        const qint64 id = *next;
        m_queue.erase(next);
        ExampleServices services;
        services.workspace = m_workspace;
        services.llm = m_llm;
        services.executor = m_executor.get();
        services.config = m_config;
        services.protocol = m_protocol;
        if (!m_expertRound)   // an expert asked for this round: the budget is the campaign's, not theirs
            services.budgetExceeded = [this] { return budgetExceeded(); };
        services.expertRoundOnly = m_expertRound;
        services.judgeExpertRound = m_judgeExpertRound;
        services.acquireExecution = [this](QObject *context, std::function<void()> run) {
            m_slots->acquire(this, m_executor->maxConcurrentRounds(m_config.executionConcurrency), context, std::move(run));
        };
        services.releaseExecution = [this] { m_slots->release(this); };
        services.releaseRound = [this](const QString &dir, const exec::ExecutionResult &result) { releaseRoundLater(dir, result); };
        services.afterClassificationBatch = m_afterBatch.contains(id);
        if (m_batches && !m_expertRound && !services.afterClassificationBatch)
            services.deferClassification = [this](qint64 exampleId, const QList<ClassificationTask> &tasks) {
                m_batches->defer(exampleId, tasks);
            };
        auto *runner = new ExampleRunner(std::move(services), id, this);
        m_running.insert(id, runner);
        connect(runner, &ExampleRunner::parked, this, [this](qint64 exampleId) {
            if (ExampleRunner *parked = m_running.take(exampleId))
                parked->deleteLater();
            m_parked.insert(exampleId);   // its slot goes to the next example
            m_needsClassification.remove(exampleId);
            QTimer::singleShot(0, this, &CampaignRunner::launchMore);
        });
        connect(runner, &ExampleRunner::progress, this, [this](ExampleProgress p) {
            p.campaignId = m_campaignId;
            Q_EMIT exampleProgress(p);
        });
        connect(runner, &ExampleRunner::logLine, this, &CampaignRunner::logLine);
        connect(runner, &ExampleRunner::finished, this, &CampaignRunner::onExampleFinished);
        runner->start();
    }
    // One batch for the whole campaign: it leaves once no example can add requests to it.
    if (m_batches && !m_cancelled && m_batches->hasDeferred() && !mayStillDeferClassification())
        m_batches->submit();
    if (m_running.isEmpty() && (m_queue.empty() || m_cancelled) && m_parked.isEmpty() && !(m_batches && m_batches->busy())
        && m_pendingReleases == 0 && !m_done) {
        m_done = true;
        m_watch.stop();
        store::PipelineStore pipeline(m_workspace);
        m_summary.cost = pipeline.campaignCost(m_campaignId);
        if (!m_expertRound)
            pipeline.setCampaignStatus(m_campaignId, m_cancelled ? u"cancelled"_s : u"finished"_s);
        pipeline.releaseCampaign(m_campaignId, m_runnerId);
        Q_EMIT finished(m_summary);
    }
}

bool CampaignRunner::mayStillDeferClassification() const
{
    for (const qint64 id : m_queue)
        if (m_needsClassification.contains(id) && !m_held.contains(id))
            return true;
    return std::any_of(m_running.cbegin(), m_running.cend(), [](const ExampleRunner *r) { return r->classifying(); });
}

void CampaignRunner::onBatchReady(const QList<qint64> &examples)
{
    // In reverse, to the front of the queue: they have waited longest, and keep their order.
    for (auto it = examples.crbegin(); it != examples.crend(); ++it) {
        if (!m_parked.remove(*it))
            continue;   // cancelled meanwhile
        m_afterBatch.insert(*it);
        if (!m_cancelled)
            m_queue.push_front(*it);
    }
    QTimer::singleShot(0, this, &CampaignRunner::launchMore);
}

void CampaignRunner::onBatchFailed(const QList<qint64> &examples, const QString &reason)
{
    store::PipelineStore pipeline(m_workspace);
    for (const qint64 id : examples) {
        if (!m_parked.remove(id))
            continue;
        pipeline.setExampleState(id, store::ExampleStatus::Error, u"done"_s, reason);
        ++m_summary.error;
        if (const auto e = pipeline.example(id))
            Q_EMIT exampleProgress({id, e->repositoryName, store::ExampleStatus::Error, u"done"_s, 0, m_config.maxRounds, e->cost, reason, m_campaignId});
    }
    QTimer::singleShot(0, this, &CampaignRunner::launchMore);
}

void CampaignRunner::reportWaiting(const QList<qint64> &examples, const QString &message)
{
    store::PipelineStore pipeline(m_workspace);
    for (const qint64 id : examples) {
        if (!m_parked.contains(id))
            continue;
        if (const auto e = pipeline.example(id))
            Q_EMIT exampleProgress({id, e->repositoryName, store::ExampleStatus::Running, u"classify"_s, 0, m_config.maxRounds, e->cost, message, m_campaignId});
    }
}

void CampaignRunner::releaseRoundLater(const QString &roundDirectory, const exec::ExecutionResult &result)
{
    // Removing a round's folder (a venv: thousands of files) would stall every example of the thread.
    ++m_pendingReleases;
    m_cleanup.start([this, executor = m_executor, roundDirectory, result] {
        executor->releaseRound(roundDirectory, result);
        QMetaObject::invokeMethod(this, [this] {
            --m_pendingReleases;
            launchMore();
        }, Qt::QueuedConnection);
    });
}

void CampaignRunner::onExampleFinished(qint64 exampleId, store::ExampleStatus status)
{
    ExampleRunner *runner = m_running.take(exampleId);
    if (runner)
        runner->deleteLater();
    if (status == store::ExampleStatus::Success)
        ++m_summary.success;
    else if (status == store::ExampleStatus::Failed)
        ++m_summary.failed;
    else if (status == store::ExampleStatus::Error)
        ++m_summary.error;
    else
        ++m_summary.cancelled;
    QTimer::singleShot(0, this, &CampaignRunner::launchMore);
}

void CampaignRunner::cancel(const QString &reason)
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    store::PipelineStore pipeline(m_workspace);
    if (!m_expertRound)   // an expert round leaves the example's status alone
        for (const qint64 id : m_queue)
            pipeline.setExampleState(id, store::ExampleStatus::Cancelled, u"summary"_s, reason);
    m_summary.cancelled += int(m_queue.size());
    m_queue.clear();
    const auto running = m_running.values();
    for (ExampleRunner *runner : running)
        m_closing ? runner->close(reason) : runner->cancel(reason);
    if (m_batches && m_keepBatches) {
        // Closing: the batches go on at the provider; their examples wait in the store for a resume.
        m_summary.cancelled += int(m_parked.size());
        m_parked.clear();
        m_batches->deleteLater();
        m_batches = nullptr;
    } else if (m_batches) {
        // The batches are cancelled at the provider; their examples end cancelled like queued ones.
        for (const qint64 id : std::as_const(m_parked))
            pipeline.setExampleState(id, store::ExampleStatus::Cancelled, u"classify"_s, reason);
        m_summary.cancelled += int(m_parked.size());
        m_parked.clear();
        m_batches->cancel();
    }
    QTimer::singleShot(0, this, &CampaignRunner::launchMore);
}

void CampaignRunner::close(const QString &reason)
{
    m_closing = true;   // rounds running as batch jobs go on too, and are re-attached by a resume
    m_keepBatches = true;
    cancel(reason);
}

void CampaignRunner::cancelExample(qint64 exampleId, const QString &reason)
{
    if (ExampleRunner *runner = m_running.value(exampleId)) {
        runner->cancel(reason);
        return;
    }
    if (m_parked.remove(exampleId)) {   // its requests stay in the batch; their answers are still stored
        store::PipelineStore(m_workspace).setExampleState(exampleId, store::ExampleStatus::Cancelled, u"classify"_s, reason);
        ++m_summary.cancelled;
        QTimer::singleShot(0, this, &CampaignRunner::launchMore);
        return;
    }
    const auto it = std::find(m_queue.begin(), m_queue.end(), exampleId);
    if (it != m_queue.end()) {
        m_queue.erase(it);
        m_held.remove(exampleId);
        store::PipelineStore(m_workspace).setExampleState(exampleId, store::ExampleStatus::Cancelled, u"summary"_s, reason);
        ++m_summary.cancelled;
    }
}

void CampaignRunner::pauseExample(qint64 exampleId)
{
    if (ExampleRunner *runner = m_running.value(exampleId)) {
        runner->pause();
        return;
    }
    if (std::find(m_queue.begin(), m_queue.end(), exampleId) == m_queue.end())
        return;
    m_held.insert(exampleId);
    store::PipelineStore pipeline(m_workspace);
    pipeline.setExampleState(exampleId, store::ExampleStatus::Paused, u"summary"_s, Tr::tr("Paused by the user."));
    if (const auto e = pipeline.example(exampleId))
        Q_EMIT exampleProgress({exampleId, e->repositoryName, store::ExampleStatus::Paused, u"summary"_s, 0, m_config.maxRounds, e->cost,
                                Tr::tr("paused"), m_campaignId});
}

void CampaignRunner::resumeExample(qint64 exampleId)
{
    if (ExampleRunner *runner = m_running.value(exampleId))
        runner->resume();
    if (m_held.remove(exampleId)) {
        store::PipelineStore pipeline(m_workspace);
        pipeline.setExampleState(exampleId, store::ExampleStatus::Pending, u"summary"_s);
        if (const auto e = pipeline.example(exampleId))
            Q_EMIT exampleProgress({exampleId, e->repositoryName, store::ExampleStatus::Pending, u"summary"_s, 0, m_config.maxRounds, e->cost, {}, m_campaignId});
    }
    QTimer::singleShot(0, this, &CampaignRunner::launchMore);
}

void CampaignRunner::pause()
{
    m_paused = true;
    for (ExampleRunner *runner : std::as_const(m_running))
        runner->pause();
    store::PipelineStore(m_workspace).setCampaignStatus(m_campaignId, u"paused"_s);
}

void CampaignRunner::resume()
{
    m_paused = false;
    for (ExampleRunner *runner : std::as_const(m_running))
        runner->resume();
    store::PipelineStore(m_workspace).setCampaignStatus(m_campaignId, u"running"_s);
    QTimer::singleShot(0, this, &CampaignRunner::launchMore);
}

void CampaignRunner::checkExternalCancel()
{
    try {
        if (++m_watchTicks % 30 == 0)
            store::PipelineStore(m_workspace).heartbeatCampaign(m_campaignId, m_runnerId);
        const auto campaign = store::PipelineStore(m_workspace).findCampaign(QString::number(m_campaignId));
        if (campaign && campaign->status == u"cancelled"_s)
            return cancel(Tr::tr("Cancelled from another process."));
        // `codedistiller cancel EXAMPLE` leaves a request in the settings table.
        QList<qint64> running = m_running.keys();
        running += QList<qint64>(m_parked.cbegin(), m_parked.cend());   // waiting for a batch
        for (const qint64 id : running) {
            const QString key = u"cancel_example:%1"_s.arg(id);
            if (!m_workspace->setting(key).isEmpty()) {
                m_workspace->setSetting(key, QString());
                cancelExample(id, Tr::tr("Cancelled by the user."));
            }
        }
    } catch (const Error &) {
    }
}

} // namespace wb::pipeline
