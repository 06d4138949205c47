// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlquery.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store)
};

[[noreturn]] void fail(const QSqlQuery &q, const QString &sql)
{
    throw Error(Tr::tr("Database error: %1 (in: %2)").arg(q.lastError().text(), sql.simplified().left(200)),
                Error::Kind::Database);
}
} // namespace

namespace {
// Preparing a statement costs more than running it (SQLite parses the text each time): statements
// that return no rows are prepared once per connection and reused. Queries that return rows are not,
// since a caller may still be reading one while the same text runs again.
thread_local QHash<QString, QHash<QString, QSqlQuery>> t_statements;

QSqlQuery cachedWrite(const QSqlDatabase &db, const QString &sql, bool *cached)
{
    auto &cache = t_statements;
    const QString head = sql.left(8).trimmed().toUpper();
    *cached = head.startsWith(u"INSERT"_s) || head.startsWith(u"UPDATE"_s) || head.startsWith(u"DELETE"_s);
    if (!*cached)
        return QSqlQuery(db);
    auto &perConnection = cache[db.connectionName()];
    auto it = perConnection.find(sql);
    if (it == perConnection.end() || it->driver() != db.driver()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            fail(q, sql);
        it = perConnection.insert(sql, q);
    }
    return *it;
}
} // namespace

void releaseCachedStatements(const QString &connectionName)
{
    t_statements.remove(connectionName);
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, Bindings bindings)
{
    bool cached = false;
    QSqlQuery q = cachedWrite(db, sql, &cached);
    if (!cached) {
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            fail(q, sql);
    }
    for (const auto &[name, value] : bindings)
        q.bindValue(name, value);
    if (!q.exec())
        fail(q, sql);
    return q;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

qint64 insertedId(const QSqlQuery &query)
{
    return query.lastInsertId().toLongLong();
}

} // namespace wb::store
