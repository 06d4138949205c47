// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace wb::store {

/**
 * A write transaction that rolls back unless commit() is called. On SQLite it starts with
 * BEGIN IMMEDIATE, taking the write lock up front: two writers then wait for each other (busy
 * timeout) instead of deadlocking on a lock upgrade. Not nestable.
 */
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /** Commits; throws wb::Error (Kind::Database) on failure, after rolling back. */
    void commit();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace wb::store
