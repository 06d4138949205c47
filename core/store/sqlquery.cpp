// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlquery.h"

#include "store/storeerror.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
// QPSQL reads forward-only results in libpq's single-row mode, where a statement that starts before
// the previous result was fully read (or released) can lose that result's remaining rows; whole results
// avoid that, and ours are small. SQLite steps through rows either way.
bool forwardOnly(const QSqlDatabase &db)
{
    return db.driverName() != u"QPSQL"_s;
}

[[noreturn]] void fail(const QSqlQuery &q, const QString &sql, const QSqlDatabase &db)
{
    throw StoreError::make(q.lastError(), db, sql);
}

// The connection a prepared query runs on (QSqlQuery does not tell): the one sharing its driver.
[[noreturn]] void fail(const QSqlQuery &q, const QString &sql)
{
    const auto names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.driver() == q.driver())
            fail(q, sql, db);
    }
    fail(q, sql, QSqlDatabase());
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
        q.setForwardOnly(forwardOnly(db));
        if (!q.prepare(sql))
            fail(q, sql, db);
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
    // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES: schema and session
    // statements without parameters run as they are.
    if (bindings.size() == 0) {
        const QString head = sql.left(8).trimmed().toUpper();
        if (!head.startsWith(u"SELECT"_s) && !head.startsWith(u"INSERT"_s) && !head.startsWith(u"UPDATE"_s)
            && !head.startsWith(u"DELETE"_s) && !head.startsWith(u"WITH"_s) && !head.startsWith(u"VALUES"_s)) {
            QSqlQuery q(db);
            q.setForwardOnly(forwardOnly(db));
            if (!q.exec(sql))
                fail(q, sql, db);
            return q;
        }
    }
    bool cached = false;
    QSqlQuery q = cachedWrite(db, sql, &cached);
    if (!cached) {
        q.setForwardOnly(forwardOnly(db));
        if (!q.prepare(sql))
            fail(q, sql, db);
    }
    for (const auto &[name, value] : bindings)
        q.bindValue(name, value);
    if (!q.exec())
        fail(q, sql, db);
    return q;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

qint64 insertedId(QSqlQuery &query)
{
    // "INSERT … RETURNING id" works on both engines; QPSQL has no lastInsertId() for tables without OIDs.
    if (query.isSelect()) {
        const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        if (id > 0)
            return id;
        throw Error(QCoreApplication::translate("wb::store::Workspace", "The database did not return the new row's id."),
                    Error::Kind::Database);
    }
    return query.lastInsertId().toLongLong();
}

} // namespace wb::store
