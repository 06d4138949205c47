// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlquery.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QSqlError>

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

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, Bindings bindings)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(q, sql);
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
