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
// Thread-locals die in reverse order of first use, and the workspace's connection reaper may run
// after this cache is gone: the trivially destructible flag stays valid for the whole thread exit.
thread_local bool t_statementsGone = false;
struct StatementCache
{
    QHash<QString, QHash<QString, QSqlQuery>> byConnection;
    ~StatementCache() { t_statementsGone = true; }
};
thread_local StatementCache t_statements;

// Handing out the cached statement shares it with the caller (QSqlQuery copies share their result, which
// Qt 6 deprecates as surprising); here that is the point, and only statements without rows are shared.
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
QSqlQuery cachedWrite(const QSqlDatabase &db, const QString &sql, bool *cached)
{
    const QString head = sql.left(8).trimmed().toUpper();
    *cached = !t_statementsGone
              && (head.startsWith(u"INSERT"_s) || head.startsWith(u"UPDATE"_s) || head.startsWith(u"DELETE"_s));
    if (!*cached)
        return QSqlQuery(db);
    auto &perConnection = t_statements.byConnection[db.connectionName()];
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
QT_WARNING_POP
} // namespace

void releaseCachedStatements(const QString &connectionName)
{
    if (!t_statementsGone)
        t_statements.byConnection.remove(connectionName);
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
