// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace wb::ui {

/**
 * The lines of one round's log, at most capacity() of them: a ring buffer. Appending past the cap
 * drops the oldest lines first (rowsRemoved at the top, then rowsInserted at the bottom), so a round
 * that prints forever costs bounded memory and a view over it stays cheap; droppedCount() says how
 * many were dropped. Lines come in batches (a stored log with setLines(), the live tail with append()).
 *
 * Row r is the (firstSerial() + r)-th line ever put in since the last setLines()/clear(): serials
 * never repeat, so a view that mirrors the rows can tell which of its rows were dropped.
 */
class RoundLogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundLogModel)

public:
    static constexpr int DefaultCapacity = 100000;

    /** One line. storedLine: its 1-based place in the round's stored log (0: a live or note line). */
    struct Line
    {
        qint64 atMs = 0;
        QString phase;    ///< setup | run | system (empty for notes)
        QString stream;   ///< stdout | stderr | system | note (a remark of the view, e.g. skipped lines)
        QString text;
        int storedLine = 0;
    };

    enum Role {
        TextRole = Qt::UserRole + 1,   ///< the raw line (QString)
        StreamRole,                    ///< QString
        PhaseRole,                     ///< QString
        TimeRole,                      ///< qint64 ms since the epoch
        StoredLineRole,                ///< int, 0 for live and note lines
        SerialRole,                    ///< qint64, see the class comment
        ErrorRole,                     ///< bool: isError()
    };

    explicit RoundLogModel(QObject *parent = nullptr, int capacity = DefaultCapacity);

    int capacity() const { return m_capacity; }
    /** Changes the cap (at least 1); drops the oldest lines that no longer fit. */
    void setCapacity(int capacity);

    /** Replaces every line (a stored log); only the newest capacity() are kept. A model reset. */
    void setLines(const QList<Line> &lines);
    /** Appends a batch at the bottom, dropping the oldest lines beyond the cap. */
    void append(const QList<Line> &lines);
    /** Removes every line and forgets the dropped count. */
    void clear();

    /** Lines dropped by the cap since the last setLines()/clear(). */
    qint64 droppedCount() const { return m_dropped; }
    /** The serial of row 0. */
    qint64 firstSerial() const { return m_total - m_count; }
    const Line &line(int row) const { return m_ring.at((m_head + row) % m_ring.size()); }

    /** A stderr line, or one that reads like an error (Traceback, Error, Exception, Killed). */
    static bool isError(const Line &line);
    /** The shown text: "HH:mm:ss.zzz phase  text" (a note: its text). */
    static QString displayText(const Line &line);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void droppedCountChanged(qint64 dropped);

private:
    void dropOldest(int n);

    int m_capacity;
    QList<Line> m_ring;   ///< grows up to m_capacity, then is reused in place
    int m_head = 0;       ///< slot of row 0
    int m_count = 0;
    qint64 m_total = 0;   ///< lines put in since the last reset (the next serial)
    qint64 m_dropped = 0;
};

} // namespace wb::ui
