// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaigncontroller.h"

#include "util/error.h"

#include <QMetaObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

CampaignController::CampaignController(std::shared_ptr<store::Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_set(new pipeline::CampaignSet(m_workspace, DefaultExecutionSlots))
{
    m_thread.setObjectName(u"pipeline"_s);
    m_set->moveToThread(&m_thread);
    m_thread.start();
    m_liveTimer.setInterval(200);
    connect(&m_liveTimer, &QTimer::timeout, this, &CampaignController::flushLiveLines);

    connect(m_set, &pipeline::CampaignSet::started, this, &CampaignController::started);
    connect(m_set, &pipeline::CampaignSet::failedToStart, this, [this](qint64 campaignId, const QString &message) {
        m_active.remove(campaignId);
        Q_EMIT failedToStart(campaignId, message);
        if (!isRunning())
            m_liveTimer.stop();
    });
    connect(m_set, &pipeline::CampaignSet::exampleProgress, this, &CampaignController::exampleProgress);
    connect(m_set, &pipeline::CampaignSet::finished, this, [this](qint64 campaignId, const pipeline::CampaignSummary &summary) {
        flushLiveLines();
        m_active.remove(campaignId);
        if (!isRunning())
            m_liveTimer.stop();
        Q_EMIT finished(campaignId, summary);
        if (!isRunning())
            Q_EMIT allFinished();
    });
    // Runs on the pipeline thread (the set is the context): only a buffer append under the mutex.
    connect(m_set, &pipeline::CampaignSet::logLine, m_set,
            [this](qint64 campaignId, qint64 exampleId, int round, const exec::LogLine &line) {
                QMutexLocker lock(&m_liveMutex);
                m_live.append({exampleId, round, line, campaignId});
                if (m_live.size() > MaxLiveLines) {
                    m_live.removeFirst();
                    ++m_liveDropped;
                }
            });
}

CampaignController::~CampaignController()
{
    // Stop cleanly: the examples end CANCELLED and a later resume continues them; provider batches stay
    // open at the provider (closing is not cancelling) and are collected by that resume. The runners end
    // with the set, on the pipeline thread; the window is closing, so waiting for that is fine.
    QMetaObject::invokeMethod(m_set, [set = m_set] {
        set->closeAll(u"The workbench was closed."_s);
        delete set;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename F>
void CampaignController::onPipeline(F f)
{
    QMetaObject::invokeMethod(m_set, [set = m_set, f = std::move(f)] { f(set); }, Qt::QueuedConnection);
}

void CampaignController::flushLiveLines()
{
    QList<LiveLogLine> lines;
    int dropped = 0;
    {
        QMutexLocker lock(&m_liveMutex);
        lines.swap(m_live);
        std::swap(dropped, m_liveDropped);
    }
    if (!lines.isEmpty() || dropped > 0)
        Q_EMIT liveLines(lines, dropped);
}

QList<qint64> CampaignController::runningCampaigns() const
{
    QList<qint64> ids(m_active.cbegin(), m_active.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CampaignController::setExecutionSlots(int slots)
{
    onPipeline([slots](pipeline::CampaignSet *set) { set->setExecutionSlots(slots); });
}

bool CampaignController::start(qint64 campaignId, const llm::LlmClientOptions &options, Errors errors)
{
    if (m_active.contains(campaignId))
        return false;
    m_active.insert(campaignId);
    m_liveTimer.start();
    const bool retry = errors == Errors::Retry;
    // A campaign the set runs already (started elsewhere meanwhile) answers nothing: then it is not ours.
    onPipeline([this, campaignId, options, retry](pipeline::CampaignSet *set) {
        if (!set->start(campaignId, options, retry))
            QMetaObject::invokeMethod(this, [this, campaignId] { m_active.remove(campaignId); }, Qt::QueuedConnection);
    });
    return true;
}

void CampaignController::startNew(const QString &name, const pipeline::CampaignConfig &config, const QList<qint64> &repositoryIds,
                                  const llm::LlmClientOptions &options)
{
    ++m_creating;
    m_liveTimer.start();
    onPipeline([this, workspace = m_workspace, name, config, repositoryIds, options](pipeline::CampaignSet *set) {
        qint64 id = 0;
        QString error;
        try {
            id = pipeline::CampaignSet::create(workspace, name, config, repositoryIds);
        } catch (const Error &e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(this, [this, id, error] {
            --m_creating;
            if (id == 0) {
                Q_EMIT failedToStart(0, error);
                return;
            }
            m_active.insert(id);
        }, Qt::QueuedConnection);
        if (id != 0)
            set->start(id, options);
    });
}

bool CampaignController::startExpertRound(qint64 campaignId, qint64 exampleId, bool judge, const llm::LlmClientOptions &options)
{
    if (m_active.contains(campaignId))
        return false;
    m_active.insert(campaignId);
    m_liveTimer.start();
    onPipeline([this, campaignId, exampleId, judge, options](pipeline::CampaignSet *set) {
        if (!set->startExpertRound(campaignId, exampleId, judge, options))
            QMetaObject::invokeMethod(this, [this, campaignId] { m_active.remove(campaignId); }, Qt::QueuedConnection);
    });
    return true;
}

void CampaignController::pause()
{
    onPipeline([](pipeline::CampaignSet *set) { set->pauseAll(); });
}

void CampaignController::resume()
{
    onPipeline([](pipeline::CampaignSet *set) { set->resumeAll(); });
}

void CampaignController::cancel()
{
    onPipeline([reason = tr("Cancelled by the user.")](pipeline::CampaignSet *set) { set->cancelAll(reason); });
}

void CampaignController::pause(qint64 campaignId)
{
    onPipeline([campaignId](pipeline::CampaignSet *set) { set->pause(campaignId); });
}

void CampaignController::resume(qint64 campaignId)
{
    onPipeline([campaignId](pipeline::CampaignSet *set) { set->resume(campaignId); });
}

void CampaignController::cancel(qint64 campaignId)
{
    onPipeline([campaignId, reason = tr("Cancelled by the user.")](pipeline::CampaignSet *set) { set->cancel(campaignId, reason); });
}

void CampaignController::pauseExample(qint64 exampleId)
{
    onPipeline([exampleId](pipeline::CampaignSet *set) { set->pauseExample(exampleId); });
}

void CampaignController::resumeExample(qint64 exampleId)
{
    onPipeline([exampleId](pipeline::CampaignSet *set) { set->resumeExample(exampleId); });
}

void CampaignController::cancelExample(qint64 exampleId)
{
    onPipeline([exampleId, reason = tr("Cancelled by the user.")](pipeline::CampaignSet *set) { set->cancelExample(exampleId, reason); });
}

} // namespace wb::ui
