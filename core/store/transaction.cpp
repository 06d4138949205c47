// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/transaction.h"

#include "store/storeerror.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
bool run(QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError();
    return false;
}
} // namespace

Transaction::Transaction(QSqlDatabase &db, Mode mode)
    : m_db(db)
{
    const bool immediate = mode == Mode::Write && db.driverName() == u"QSQLITE"_s;
    QSqlError error;
    if (!run(m_db, immediate ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s, &error))
        throw StoreError::make(error, m_db, immediate ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        run(m_db, u"ROLLBACK"_s);
}

void Transaction::commit()
{
    QSqlError error;
    if (!run(m_db, u"COMMIT"_s, &error)) {
        run(m_db, u"ROLLBACK"_s);
        m_open = false;
        throw StoreError::make(error, m_db, u"COMMIT"_s);
    }
    m_open = false;
}

} // namespace wb::store
