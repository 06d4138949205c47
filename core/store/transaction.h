// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace wb::store {

/**
 * A transaction that rolls back unless commit() is called. A Write transaction on SQLite starts with
 * BEGIN IMMEDIATE, taking the write lock up front: two writers then wait for each other (busy
 * timeout) instead of deadlocking on a lock upgrade. A Deferred one takes no lock until it needs one
 * (for reads, or writes to TEMP tables, which never lock the workspace). Not nestable.
 */
class Transaction final
{
public:
    enum class Mode { Write, Deferred };

    explicit Transaction(QSqlDatabase &db, Mode mode = Mode::Write);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /** Commits; throws wb::Error (Kind::Database) on failure, after rolling back. */
    void commit();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace wb::store
