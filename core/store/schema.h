// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

#include <QSqlDatabase>

namespace wb::store {

/**
 * The versioned workspace schema. Migrations are SQL scripts compiled into the library
 * (core/store/schema/NNNN_name.sql, plus optional NNNN_name.<dialect>.sql); each one runs in its
 * own transaction together with the version bump, so a failure leaves the previous version intact.
 */
class Schema final
{
public:
    /** The newest schema version this build knows. */
    static int latestVersion();

    /** The version stored in @p db, 0 for an empty database. Throws wb::Error on SQL failure. */
    static int version(const QSqlDatabase &db);

    /**
     * Migrates @p db forward to @p targetVersion (default: latest). Throws wb::Error (Kind::Schema)
     * when the database is newer than this build, and never changes such a file.
     */
    static void migrate(QSqlDatabase &db, SqlDialect dialect, int targetVersion = -1);
};

} // namespace wb::store
