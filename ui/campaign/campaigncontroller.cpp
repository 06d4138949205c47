// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaigncontroller.h"

#include "util/error.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace wb::ui {

CampaignController::CampaignController(std::shared_ptr<store::Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{
    m_thread.setObjectName(u"pipeline"_s);
    m_thread.start();
    m_liveTimer.setInterval(200);
    connect(&m_liveTimer, &QTimer::timeout, this, &CampaignController::flushLiveLines);
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

CampaignController::~CampaignController()
{
    if (m_runner) {
        // Stop cleanly: the examples end CANCELLED and a later resume continues them; provider batches stay
        // open at the provider (closing is not cancelling) and are collected by that resume.
        QMetaObject::invokeMethod(m_runner, [runner = m_runner] { runner->close(u"The workbench was closed."_s); },
                                  Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(m_runner, [runner = m_runner] { delete runner; }, Qt::BlockingQueuedConnection);
        m_runner = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool CampaignController::start(qint64 campaignId, const llm::LlmClientOptions &options, Errors errors)
{
    return launch(campaignId, options, [errors](pipeline::CampaignRunner *runner) {
        runner->setRetryErrors(errors == Errors::Retry);
        runner->start();
    });
}

bool CampaignController::startExpertRound(qint64 campaignId, qint64 exampleId, bool judge, const llm::LlmClientOptions &options)
{
    return launch(campaignId, options, [exampleId, judge](pipeline::CampaignRunner *runner) { runner->startExpertRound(exampleId, judge); });
}

bool CampaignController::launch(qint64 campaignId, const llm::LlmClientOptions &options,
                                std::function<void(pipeline::CampaignRunner *)> begin)
{
    if (m_runner)
        return false;
    pipeline::CampaignRunner *runner = nullptr;
    QString error;
    // The runner is made on the pipeline thread, so everything it owns (client, timers) lives there.
    auto *helper = new QObject;
    helper->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        helper,
        [&] {
            try {
                runner = new pipeline::CampaignRunner(m_workspace, campaignId, options);
            } catch (const Error &e) {
                error = e.message();
            }
        },
        Qt::BlockingQueuedConnection);
    helper->deleteLater();
    if (!runner) {
        Q_EMIT failedToStart(error);
        return false;
    }
    m_runner = runner;
    connect(runner, &pipeline::CampaignRunner::exampleProgress, this, &CampaignController::exampleProgress);
    // Runs on the pipeline thread (the runner is the context): only a buffer append under the mutex.
    connect(runner, &pipeline::CampaignRunner::logLine, runner, [this](qint64 exampleId, int round, const exec::LogLine &line) {
        QMutexLocker lock(&m_liveMutex);
        m_live.append({exampleId, round, line});
        if (m_live.size() > MaxLiveLines) {
            m_live.removeFirst();
            ++m_liveDropped;
        }
    });
    m_liveTimer.start();
    connect(runner, &pipeline::CampaignRunner::finished, this, [this](const pipeline::CampaignSummary &summary) {
        m_liveTimer.stop();
        flushLiveLines();
        if (m_runner) {
            m_runner->deleteLater();
            m_runner = nullptr;
        }
        Q_EMIT finished(summary);
    });
    QMetaObject::invokeMethod(runner, [runner, begin = std::move(begin)] { begin(runner); }, Qt::QueuedConnection);
    return true;
}

void CampaignController::pauseExample(qint64 exampleId)
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, [runner = m_runner, exampleId] { runner->pauseExample(exampleId); }, Qt::QueuedConnection);
}

void CampaignController::resumeExample(qint64 exampleId)
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, [runner = m_runner, exampleId] { runner->resumeExample(exampleId); }, Qt::QueuedConnection);
}

void CampaignController::cancelExample(qint64 exampleId)
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, [runner = m_runner, exampleId] { runner->cancelExample(exampleId, tr("Cancelled by the user.")); },
                                  Qt::QueuedConnection);
}

void CampaignController::pause()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &pipeline::CampaignRunner::pause, Qt::QueuedConnection);
}

void CampaignController::resume()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &pipeline::CampaignRunner::resume, Qt::QueuedConnection);
}

void CampaignController::cancel()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, [runner = m_runner] { runner->cancel(u"Cancelled by the user."_s); },
                                  Qt::QueuedConnection);
}

} // namespace wb::ui
