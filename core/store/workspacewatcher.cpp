// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspacewatcher.h"

#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QSqlDriver>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
const QString kChannel = u"wb_changes"_s;
}

WorkspaceWatcher::WorkspaceWatcher(std::shared_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_pollTimer(new QTimer(this))
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(250);
    connect(m_flushTimer, &QTimer::timeout, this, &WorkspaceWatcher::flush);
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &WorkspaceWatcher::poll);

    QSqlDatabase db = m_workspace->database();
    if (m_workspace->dialect() == SqlDialect::Postgres && db.driver()->subscribeToNotification(kChannel)) {
        m_pushed = true;
        connect(db.driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    // Our own connection's writes are known to whoever made them.
                    if (name != kChannel || source == QSqlDriver::SelfSource)
                        return;
                    const QString table = payload.toString();
                    if (table.isEmpty())
                        m_pendingAnything = true;
                    else
                        m_pendingTables.insert(table);
                    if (!m_flushTimer->isActive())
                        m_flushTimer->start();
                });
    } else {
        poll();   // the baseline
        m_pollTimer->start();
    }
}

WorkspaceWatcher::~WorkspaceWatcher()
{
    if (!m_pushed)
        return;
    try {
        QSqlDatabase db = m_workspace->database();
        if (db.isOpen())
            db.driver()->unsubscribeFromNotification(kChannel);
    } catch (const Error &) {
        // the connection is already gone
    }
}

void WorkspaceWatcher::setInterval(int milliseconds)
{
    m_pollTimer->setInterval(milliseconds);
    m_flushTimer->setInterval(std::max(1, milliseconds / 4));
}

void WorkspaceWatcher::poll()
{
    try {
        // data_version changes when another connection (thread or process) commits.
        QSqlQuery q = exec(m_workspace->database(), u"PRAGMA data_version"_s);
        const qint64 version = q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        if (m_dataVersion >= 0 && version != m_dataVersion) {
            m_pendingAnything = true;
            flush();
        }
        m_dataVersion = version;
    } catch (const Error &) {
        // a busy or vanished file: try again at the next tick
    }
}

void WorkspaceWatcher::flush()
{
    if (!m_pendingAnything && m_pendingTables.isEmpty())
        return;
    QStringList tables;
    if (!m_pendingAnything) {
        tables = QStringList(m_pendingTables.cbegin(), m_pendingTables.cend());
        tables.sort();
    }
    m_pendingTables.clear();
    m_pendingAnything = false;
    Q_EMIT changed(tables);
}

} // namespace wb::store
