// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/campaignset.h"

#include "pipeline/campaignplan.h"
#include "pipeline/executionslots.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::CampaignSet)
};

/** Options that make two clients behave alike give one fingerprint. */
QByteArray fingerprint(const llm::LlmClientOptions &o)
{
    QStringList parts{QString::number(o.retry.maxRetries), QString::number(o.retry.retryAfterLimitSeconds),
                      QString::number(o.retry.initialDelaySeconds), QString::number(o.retry.maxDelaySeconds),
                      QString::number(o.connectTimeoutMs), QString::number(o.idleTimeoutMs), QString::number(o.totalTimeoutMs),
                      QString::number(o.maxResponseBytes), QString::number(o.replay), o.cassettePath,
                      QString::number(o.batchPollIntervalMs)};
    QStringList providers = o.maxConcurrency.keys();
    std::sort(providers.begin(), providers.end());
    for (const QString &p : std::as_const(providers))
        parts << p + u'=' + QString::number(o.maxConcurrency.value(p));
    return parts.join(u'\x1f').toUtf8();
}
} // namespace

CampaignSet::CampaignSet(std::shared_ptr<store::Workspace> workspace, int executionSlots, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_slots(new ExecutionSlots(executionSlots, this))
{
    m_preparing.setMaxThreadCount(2);
}

CampaignSet::~CampaignSet()
{
    m_preparing.waitForDone();   // their answers are posted to this object and dropped with it
    // Every runner (also a finished one waiting for its deferred delete) before the slots and clients it uses.
    m_runners.clear();
    qDeleteAll(findChildren<CampaignRunner *>(Qt::FindDirectChildrenOnly));
}

qint64 CampaignSet::create(const std::shared_ptr<store::Workspace> &workspace, const QString &name, const CampaignConfig &config,
                           const QList<qint64> &repositoryIds)
{
    return CampaignPlan(name, config, repositoryIds).validateAndCreate(workspace).campaignId;
}

QList<qint64> CampaignSet::campaigns() const
{
    QList<qint64> ids = m_runners.keys();
    for (const qint64 id : m_starting)
        if (!ids.contains(id))
            ids << id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CampaignSet::setExecutionSlots(int slots)
{
    m_slots->setCapacity(slots);
}

bool CampaignSet::start(qint64 campaignId, const llm::LlmClientOptions &options, bool retryErrors)
{
    return launch(campaignId, options, [retryErrors](CampaignRunner *runner) {
        runner->setRetryErrors(retryErrors);
        runner->start();
    });
}

bool CampaignSet::startExpertRound(qint64 campaignId, qint64 exampleId, bool judge, const llm::LlmClientOptions &options)
{
    return launch(campaignId, options, [exampleId, judge](CampaignRunner *runner) { runner->startExpertRound(exampleId, judge); });
}

bool CampaignSet::launch(qint64 campaignId, const llm::LlmClientOptions &options, Begin begin)
{
    if (isRunning(campaignId))
        return false;
    m_starting.insert(campaignId);
    // Reading the campaign and creating its executor may wait (scontrol ping, a podman probe): not here.
    m_preparing.start([this, workspace = m_workspace, campaignId, options, begin = std::move(begin)] {
        std::optional<PreparedCampaign> prepared;
        QString error;
        try {
            prepared = CampaignRunner::prepare(workspace, campaignId);
        } catch (const Error &e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(this, [this, campaignId, options, begin, prepared = std::move(prepared), error]() mutable {
            if (!prepared)
                return fail(campaignId, error);
            onPrepared(campaignId, options, begin, std::move(*prepared));
        }, Qt::QueuedConnection);
    });
    return true;
}

void CampaignSet::fail(qint64 campaignId, const QString &message)
{
    m_starting.remove(campaignId);
    m_cancelledWhileStarting.remove(campaignId);
    Q_EMIT failedToStart(campaignId, message);
    if (isEmpty())
        Q_EMIT allFinished();
}

llm::LlmClient *CampaignSet::sharedClient(const llm::LlmClientOptions &options)
{
    if (options.replay)
        return nullptr;
    const QByteArray key = fingerprint(options);
    if (llm::LlmClient *client = m_clients.value(key))
        return client;
    auto *client = new llm::LlmClient(m_workspace, llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath()), options, this);
    m_clients.insert(key, client);
    return client;
}

void CampaignSet::onPrepared(qint64 campaignId, const llm::LlmClientOptions &options, const Begin &begin, PreparedCampaign prepared)
{
    if (m_cancelledWhileStarting.remove(campaignId))
        return fail(campaignId, Tr::tr("Cancelled before it started."));
    CampaignRunner *runner = nullptr;
    CampaignOverview overview;
    overview.campaignId = campaignId;
    overview.name = prepared.name;
    overview.model = prepared.config.generator.provider + u'/' + prepared.config.generator.model;
    try {
        runner = new CampaignRunner(m_workspace, std::move(prepared), options, {m_slots, sharedClient(options)}, this);
    } catch (const Error &e) {
        return fail(campaignId, e.message());
    }
    m_starting.remove(campaignId);
    m_runners.insert(campaignId, runner);
    connect(runner, &CampaignRunner::exampleProgress, this, &CampaignSet::exampleProgress);
    connect(runner, &CampaignRunner::logLine, this, [this, campaignId](qint64 exampleId, int round, const exec::LogLine &line) {
        Q_EMIT logLine(campaignId, exampleId, round, line);
    });
    connect(runner, &CampaignRunner::finished, this, [this, campaignId](const CampaignSummary &summary) {
        if (CampaignRunner *done = m_runners.take(campaignId))
            done->deleteLater();   // releases the campaign's claim
        Q_EMIT finished(campaignId, summary);
        if (isEmpty())
            Q_EMIT allFinished();
    });
    try {
        begin(runner);
    } catch (const Error &e) {
        m_runners.remove(campaignId);
        delete runner;
        return fail(campaignId, e.message());
    }
    overview.examples = runner->exampleCount();
    overview.finished = runner->finishedBeforeStart();
    Q_EMIT started(campaignId, overview);
}

template<typename F>
void CampaignSet::forEach(F f)
{
    const auto runners = m_runners.values();   // a call may end a campaign
    for (CampaignRunner *runner : runners)
        f(runner);
}

void CampaignSet::pause(qint64 campaignId)
{
    if (CampaignRunner *runner = m_runners.value(campaignId))
        runner->pause();
}

void CampaignSet::resume(qint64 campaignId)
{
    if (CampaignRunner *runner = m_runners.value(campaignId))
        runner->resume();
}

void CampaignSet::cancel(qint64 campaignId, const QString &reason)
{
    if (CampaignRunner *runner = m_runners.value(campaignId))
        runner->cancel(reason);
    else if (m_starting.contains(campaignId))
        m_cancelledWhileStarting.insert(campaignId);
}

void CampaignSet::pauseAll()
{
    forEach([](CampaignRunner *r) { r->pause(); });
}

void CampaignSet::resumeAll()
{
    forEach([](CampaignRunner *r) { r->resume(); });
}

void CampaignSet::cancelAll(const QString &reason)
{
    m_cancelledWhileStarting.unite(m_starting);
    forEach([&reason](CampaignRunner *r) { r->cancel(reason); });
}

void CampaignSet::closeAll(const QString &reason)
{
    m_cancelledWhileStarting.unite(m_starting);
    forEach([&reason](CampaignRunner *r) { r->close(reason); });
}

void CampaignSet::pauseExample(qint64 exampleId)
{
    forEach([exampleId](CampaignRunner *r) { r->pauseExample(exampleId); });
}

void CampaignSet::resumeExample(qint64 exampleId)
{
    forEach([exampleId](CampaignRunner *r) { r->resumeExample(exampleId); });
}

void CampaignSet::cancelExample(qint64 exampleId, const QString &reason)
{
    forEach([exampleId, &reason](CampaignRunner *r) { r->cancelExample(exampleId, reason); });
}

} // namespace wb::pipeline
