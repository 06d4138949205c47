// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb::store {

/** The SQL engines a workspace can live in. The schema is written once with placeholders. */
enum class SqlDialect { Sqlite, Postgres };

/** Replaces the schema placeholders (@ID@, @BLOB@) with the dialect's column types. */
QString applyDialect(QString sql, SqlDialect dialect);

/** The suffix of dialect-specific migration files ("sqlite" or "postgres"). */
QString dialectName(SqlDialect dialect);

/**
 * Splits a migration script into statements: a statement ends with ';' at the end of a line, except
 * inside BEGIN ... END; trigger bodies and $$-quoted function bodies.
 */
QStringList splitSqlStatements(const QString &script);

} // namespace wb::store
