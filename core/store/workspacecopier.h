// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace wb::store {

class Workspace;

/**
 * Copies every row of one workspace into another of the same schema version, across engines
 * (SQLite ↔ PostgreSQL): ids, blobs and append-only histories unchanged. The destination must be
 * empty; the copy is one transaction there, so an interrupted copy leaves it empty. The source is
 * only read. Text values holding NUL characters, which PostgreSQL cannot store, are the only
 * change: they arrive with U+2400 (␀) instead, and are counted.
 */
class WorkspaceCopier final
{
public:
    struct Report
    {
        QMap<QString, qint64> rows;   ///< rows copied per table
        qint64 nulCharactersReplaced = 0;
    };
    /** Called with the table being copied, rows done in it and its row count. */
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    WorkspaceCopier(std::shared_ptr<Workspace> source, std::shared_ptr<Workspace> destination);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /** Checked between batches; when set, the copy stops and the destination stays empty. */
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }

    /** Runs the copy. Throws wb::Error: different schema versions, destination not empty, cancelled, I/O. */
    Report run();

    /** The workspace's tables in an order where every table comes after the tables it references. */
    static QStringList tablesInCopyOrder(const Workspace &workspace);
    /**
     * A digest per table of every row's values, the same for the same content in either engine
     * (integers, doubles, text and bytes normalised), for verifying a copy.
     */
    static QMap<QString, QByteArray> digest(const Workspace &workspace);

private:
    qint64 copyTable(const QString &table, Report &report);

    std::shared_ptr<Workspace> m_source;
    std::shared_ptr<Workspace> m_destination;
    Progress m_progress;
    const std::atomic_bool *m_cancelled = nullptr;
};

} // namespace wb::store
