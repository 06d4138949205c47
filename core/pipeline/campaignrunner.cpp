// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/campaignrunner.h"

#include "exec/executor.h"
#include "llm/llmbatch.h"
#include "llm/llmclient.h"
#include "pipeline/batchclassifier.h"
#include "pipeline/budgetguard.h"
#include "pipeline/campaignprotocol.h"
#include "pipeline/examplerunner.h"
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

bool terminal(const QString &status)
{
    return status == u"SUCCESS"_s || status == u"FAILED"_s || status == u"ERROR"_s;
}
} // namespace

CampaignRunner::CampaignRunner(std::shared_ptr<store::Workspace> workspace, qint64 campaignId,
                               const llm::LlmClientOptions &llmOptions, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_campaignId(campaignId)
{
    store::PipelineStore pipeline(m_workspace);
    const auto campaigns = pipeline.campaigns();
    const auto it = std::find_if(campaigns.cbegin(), campaigns.cend(), [&](const auto &c) { return c.id == campaignId; });
    if (it == campaigns.cend())
        throw Error(Tr::tr("Campaign %1 does not exist.").arg(campaignId), Error::Kind::NotFound);
    m_config = CampaignConfig::fromJson(it->configJson);
    llm::PriceCatalog prices = llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath());
    BudgetGuard::require(m_config, prices);   // a budget over a model without a price could not be kept
    // The protocol first: a campaign whose protocol is gone must not claim anything.
    m_protocol = std::make_shared<const Protocol>(CampaignProtocol::resolve(m_workspace, m_campaignId, m_config));
    exec::ExecutorSettings settings;
    settings.pythonPath = m_config.pythonPath;
    settings.network = m_config.limits.network;
    settings.retention = m_config.roundRetention;
    // Site settings (the podman image, a cluster's partition, ...) are the team's workspace settings; the
    // campaign may override them.
    for (const QString &key : exec::Executor::siteSettingKeys(m_config.executor))
        if (const QString value = m_config.executorOptions.value(key, m_workspace->setting(key)); !value.isEmpty())
            settings.siteSettings.insert(key, value);
    m_executor = exec::Executor::create(m_config.executor, settings);
    llm::LlmClientOptions options = llmOptions;
    if (!m_config.replayCassette.isEmpty()) {
        options.replay = true;
        options.cassettePath = m_config.replayCassette;
    }
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
    try {
        store::PipelineStore(m_workspace).releaseCampaign(m_campaignId, m_runnerId);
    } catch (const Error &) {
        // the claim goes stale by itself
    }
}

void CampaignRunner::start()
{
    store::PipelineStore pipeline(m_workspace);
    for (const auto &e : pipeline.examples(m_campaignId)) {
        if (!terminal(e.status) || (m_retryErrors && e.status == u"ERROR"_s))
            m_queue.push_back(e.id);   // PENDING, RUNNING (interrupted), PAUSED and CANCELLED continue; ERROR when asked
        else if (e.status == u"SUCCESS"_s)
            ++m_summary.success;
        else if (e.status == u"FAILED"_s)
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
                store::PipelineStore(m_workspace).setExampleState(id, u"CANCELLED"_s, u"summary"_s,
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
            // The runner may be gone when its turn comes: then the slot goes to the next in line.
            auto guarded = [this, ctx = QPointer<QObject>(context), run = std::move(run)] {
                if (ctx)
                    run();
                else
                    releaseExecutionSlot();
            };
            if (m_executions < m_executor->maxConcurrentRounds(m_config.executionConcurrency)) {
                ++m_executions;
                QTimer::singleShot(0, this, std::move(guarded));
            } else {
                m_executionWaiters.push_back(std::move(guarded));
            }
        };
        services.releaseExecution = [this] { releaseExecutionSlot(); };
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
        connect(runner, &ExampleRunner::progress, this, &CampaignRunner::exampleProgress);
        connect(runner, &ExampleRunner::logLine, this, &CampaignRunner::logLine);
        connect(runner, &ExampleRunner::finished, this, &CampaignRunner::onExampleFinished);
        runner->start();
    }
    // One batch for the whole campaign: it leaves once no example can add requests to it.
    if (m_batches && !m_cancelled && m_batches->hasDeferred() && !mayStillDeferClassification())
        m_batches->submit();
    if (m_running.isEmpty() && (m_queue.empty() || m_cancelled) && m_parked.isEmpty() && !(m_batches && m_batches->busy())
        && !m_done) {
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
        pipeline.setExampleState(id, u"ERROR"_s, u"done"_s, reason);
        ++m_summary.error;
        if (const auto e = pipeline.example(id))
            Q_EMIT exampleProgress({id, e->repositoryName, u"ERROR"_s, u"done"_s, 0, m_config.maxRounds, e->cost, reason});
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
            Q_EMIT exampleProgress({id, e->repositoryName, u"RUNNING"_s, u"classify"_s, 0, m_config.maxRounds, e->cost, message});
    }
}

void CampaignRunner::releaseExecutionSlot()
{
    if (!m_executionWaiters.empty()) {
        auto run = std::move(m_executionWaiters.front());
        m_executionWaiters.pop_front();
        QTimer::singleShot(0, this, std::move(run));
    } else {
        m_executions = std::max(0, m_executions - 1);
    }
}

void CampaignRunner::onExampleFinished(qint64 exampleId, const QString &status)
{
    ExampleRunner *runner = m_running.take(exampleId);
    if (runner)
        runner->deleteLater();
    if (status == u"SUCCESS"_s)
        ++m_summary.success;
    else if (status == u"FAILED"_s)
        ++m_summary.failed;
    else if (status == u"ERROR"_s)
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
            pipeline.setExampleState(id, u"CANCELLED"_s, u"summary"_s, reason);
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
            pipeline.setExampleState(id, u"CANCELLED"_s, u"classify"_s, reason);
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
        store::PipelineStore(m_workspace).setExampleState(exampleId, u"CANCELLED"_s, u"classify"_s, reason);
        ++m_summary.cancelled;
        QTimer::singleShot(0, this, &CampaignRunner::launchMore);
        return;
    }
    const auto it = std::find(m_queue.begin(), m_queue.end(), exampleId);
    if (it != m_queue.end()) {
        m_queue.erase(it);
        m_held.remove(exampleId);
        store::PipelineStore(m_workspace).setExampleState(exampleId, u"CANCELLED"_s, u"summary"_s, reason);
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
    pipeline.setExampleState(exampleId, u"PAUSED"_s, u"summary"_s, Tr::tr("Paused by the user."));
    if (const auto e = pipeline.example(exampleId))
        Q_EMIT exampleProgress({exampleId, e->repositoryName, u"PAUSED"_s, u"summary"_s, 0, m_config.maxRounds, e->cost,
                                Tr::tr("paused")});
}

void CampaignRunner::resumeExample(qint64 exampleId)
{
    if (ExampleRunner *runner = m_running.value(exampleId))
        runner->resume();
    if (m_held.remove(exampleId)) {
        store::PipelineStore pipeline(m_workspace);
        pipeline.setExampleState(exampleId, u"PENDING"_s, u"summary"_s);
        if (const auto e = pipeline.example(exampleId))
            Q_EMIT exampleProgress({exampleId, e->repositoryName, u"PENDING"_s, u"summary"_s, 0, m_config.maxRounds, e->cost, {}});
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
