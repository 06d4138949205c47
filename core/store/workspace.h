// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"
#include "store/workspacelocation.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace wb::store {

/**
 * A workspace: one SQLite file (WAL, foreign keys, busy timeout) with a cache folder beside it that
 * holds the repository clones, or a PostgreSQL database shared by a team (QPSQL) with a cache folder
 * on this machine. Both hold the same schema. Thread-safe: database() hands every thread its own
 * connection, opened on first use and closed when the thread ends.
 */
class Workspace final
{
public:
    /** The default workspace file under the user's XDG data folder. */
    static QString defaultPath();

    /**
     * Opens (creating when missing) the workspace at @p where and migrates it to the latest schema.
     * @p where is a file path (an existing directory means "<dir>/workspace.cdw"; before migrating a
     * populated file a backup copy "<file>.v<N>.bak" is written) or a PostgreSQL URI (see
     * WorkspaceLocation; the database must exist; the password is the location's, else libpq's
     * PGPASSWORD or ~/.pgpass; see WorkspaceLocation::fillPasswordFromSecretStore()). @p cachePath overrides the cache folder. Throws
     * wb::Error: not a workspace, newer schema, unreachable server, I/O. A file that may be read but not
     * written opens read-only (isReadOnly()) when its schema is current.
     */
    static std::shared_ptr<Workspace> open(const QString &where, const QString &cachePath = QString());
    static std::shared_ptr<Workspace> open(const WorkspaceLocation &location, const QString &cachePath = QString());

    /**
     * Connects to the server of @p location without opening or changing the workspace; returns the
     * server's version text ("PostgreSQL 15.8 …", or SQLite's). Any thread. Throws wb::Error.
     */
    static QString probeServer(const WorkspaceLocation &location);

    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    /** The file path, or the URI without its password: what the recent-workspaces list stores. */
    QString path() const { return m_location.uri(); }
    WorkspaceLocation location() const { return m_location; }
    /** Short name for window titles. */
    QString displayName() const { return m_location.displayName(); }
    /**
     * Folder for clones and other re-creatable data; created on open, except for a read-only workspace
     * (where it may not exist).
     */
    QString cachePath() const { return m_cachePath; }
    /**
     * True for a workspace file this user may read but not write (the file, or its folder): it was
     * opened read-only, and every write fails with a wb::Error saying so.
     */
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /** Why the workspace is read-only, naming the file or folder ("you may not write …"); else empty. */
    QString readOnlyReason() const { return m_readOnlyReason; }
    SqlDialect dialect() const { return m_location.isPostgres() ? SqlDialect::Postgres : SqlDialect::Sqlite; }
    int schemaVersion() const;

    /** The calling thread's connection to this workspace (opened on first use). Throws wb::Error. */
    QSqlDatabase database() const;

    /** A workspace setting (table settings), or @p fallback. */
    QString setting(const QString &key, const QString &fallback = QString()) const;
    void setSetting(const QString &key, const QString &value);

private:
    explicit Workspace(WorkspaceLocation location);
    static std::shared_ptr<Workspace> openFile(const WorkspaceLocation &location, const QString &cachePath);
    static std::shared_ptr<Workspace> openPostgres(WorkspaceLocation location, const QString &cachePath);
    QString connectionName() const;
    QSqlDatabase connect(const QString &name) const;

    WorkspaceLocation m_location;
    QString m_cachePath;
    QString m_connectionPrefix;
    QString m_readOnlyReason;
    bool m_immutable = false;
};

} // namespace wb::store
