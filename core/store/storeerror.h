// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace wb::store {

/**
 * Turns a failed statement into a wb::Error (Kind::Database) a user can act on: the first line says
 * what failed, in which workspace, and what to do (free disk space, fix permissions, wait for the other
 * process, restore a backup); the driver's own text and the statement follow as a second line.
 */
class StoreError final
{
public:
    enum class Cause {
        Other,
        DiskFull,    ///< SQLite SQLITE_FULL, PostgreSQL 53100
        ReadOnly,    ///< SQLite SQLITE_READONLY / SQLITE_PERM, PostgreSQL 25006 / 42501
        Locked,      ///< SQLite SQLITE_BUSY / SQLITE_LOCKED, PostgreSQL 55P03 / 40P01
        Corrupt,     ///< SQLite SQLITE_CORRUPT / SQLITE_NOTADB, PostgreSQL XX001 / XX002
        Unreadable,  ///< SQLite SQLITE_CANTOPEN / SQLITE_IOERR
    };

    /** The cause of @p error, from its native code (SQLite result code, PostgreSQL SQLSTATE). */
    static Cause classify(const QSqlError &error);

    /** The error of a failed @p statement on @p db (the statement may be empty). */
    static Error make(const QSqlError &error, const QSqlDatabase &db, const QString &statement = QString());

    /** What the workspace of @p db is called in messages: its file path, or its server and database. */
    static QString locationOf(const QSqlDatabase &db);
};

} // namespace wb::store
