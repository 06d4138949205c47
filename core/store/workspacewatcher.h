// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QTimer;

namespace wb::store {

class Workspace;

/**
 * Tells the thread that owns it when other connections changed the workspace: other workbenches on
 * a team database, or this workbench's own background threads. PostgreSQL: LISTEN on the channel
 * "wb_changes" (schema 7 notifies per statement with the table's name); SQLite: PRAGMA data_version,
 * polled. Changes are coalesced: at most one changed() per interval. Lives in one thread and uses
 * that thread's connection.
 */
class WorkspaceWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceWatcher(std::shared_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~WorkspaceWatcher() override;

    /** True when the server pushes changes (PostgreSQL); false when the watcher polls. */
    bool isPushed() const { return m_pushed; }
    /** The polling and coalescing interval in milliseconds (default 1000). */
    void setInterval(int milliseconds);

Q_SIGNALS:
    /** Something changed. @p tables names the tables when known (PostgreSQL); empty means "anything". */
    void changed(const QStringList &tables);

private:
    void poll();
    void flush();

    std::shared_ptr<Workspace> m_workspace;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_flushTimer = nullptr;
    QSet<QString> m_pendingTables;
    bool m_pendingAnything = false;
    bool m_pushed = false;
    qint64 m_dataVersion = -1;
};

} // namespace wb::store
