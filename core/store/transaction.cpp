// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/transaction.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::Transaction)
};

bool run(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

Transaction::Transaction(QSqlDatabase &db, Mode mode)
    : m_db(db)
{
    const bool immediate = mode == Mode::Write && db.driverName() == u"QSQLITE"_s;
    QString error;
    if (!run(m_db, immediate ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s, &error))
        throw Error(Tr::tr("Cannot start a database transaction: %1").arg(error), Error::Kind::Database);
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        run(m_db, u"ROLLBACK"_s);
}

void Transaction::commit()
{
    QString error;
    if (!run(m_db, u"COMMIT"_s, &error)) {
        run(m_db, u"ROLLBACK"_s);
        m_open = false;
        throw Error(Tr::tr("Cannot commit to the database: %1").arg(error), Error::Kind::Database);
    }
    m_open = false;
}

} // namespace wb::store
