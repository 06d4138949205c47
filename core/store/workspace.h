// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace wb::store {

/**
 * A workspace: one SQLite file (WAL, foreign keys, busy timeout) and a cache folder beside it that
 * holds the repository clones. Thread-safe: database() hands every thread its own connection, opened
 * on first use and closed when the thread ends.
 */
class Workspace final
{
public:
    /** The default workspace file under the user's XDG data folder. */
    static QString defaultPath();

    /**
     * Opens (creating when missing) the workspace at @p path and migrates it to the latest schema.
     * An existing directory means "<dir>/workspace.cdw". Before migrating a populated workspace a
     * backup copy "<file>.v<N>.bak" is written. Throws wb::Error: not a workspace, newer schema, I/O.
     */
    static std::shared_ptr<Workspace> open(const QString &path);

    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    QString path() const { return m_path; }
    /** Folder for clones and other re-creatable data; created on open. */
    QString cachePath() const { return m_cachePath; }
    SqlDialect dialect() const { return SqlDialect::Sqlite; }
    int schemaVersion() const;

    /** The calling thread's connection to this workspace (opened on first use). Throws wb::Error. */
    QSqlDatabase database() const;

    /** A workspace setting (table settings), or @p fallback. */
    QString setting(const QString &key, const QString &fallback = QString()) const;
    void setSetting(const QString &key, const QString &value);

private:
    explicit Workspace(QString path);
    QString connectionName() const;

    QString m_path;
    QString m_cachePath;
    QString m_connectionPrefix;
};

} // namespace wb::store
