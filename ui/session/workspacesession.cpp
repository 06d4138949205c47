// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/workspacesession.h"

#include "review/blindreview.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

namespace wb::ui {

WorkspaceSession::WorkspaceSession(std::shared_ptr<store::Workspace> workspace, const QString &annotator,
                                   QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_annotator(annotator.trimmed())
{
    // A few loads at once (a view's list and its preview); more would only queue behind SQLite's one writer.
    m_pool.setMaxThreadCount(qBound(2, QThread::idealThreadCount(), 4));
    m_pool.setObjectName(QStringLiteral("WorkspaceSession"));
    refreshSettings();
}

WorkspaceSession::~WorkspaceSession()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString WorkspaceSession::displayName() const
{
    return m_workspace->displayName();
}

bool WorkspaceSession::isReadOnly() const
{
    return m_workspace->isReadOnly();
}

void WorkspaceSession::setAnnotator(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == m_annotator)
        return;
    m_annotator = trimmed;
    Q_EMIT annotatorChanged(m_annotator);
}

void WorkspaceSession::setBlindReview(bool on)
{
    perform(
        this, [on](const std::shared_ptr<store::Workspace> &workspace) {
            if (review::BlindReview::isEnabled(workspace) != on)
                review::BlindReview::setEnabled(workspace, on);
        },
        [this] { refreshSettings(); });
}

void WorkspaceSession::refreshSettings()
{
    load(
        this, [](const std::shared_ptr<store::Workspace> &workspace) { return review::BlindReview::isEnabled(workspace); },
        [this](bool on) {
            if (on == m_blindReview)
                return;
            m_blindReview = on;
            Q_EMIT blindReviewChanged(on);
        });
}

void WorkspaceSession::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

void WorkspaceSession::waitForIdle()
{
    while (m_pending > 0) {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(this);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}

} // namespace wb::ui
