// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/roundlogmodel.h"

#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace wb::ui {

RoundLogModel::RoundLogModel(QObject *parent, int capacity)
    : QAbstractListModel(parent)
    , m_capacity(std::max(1, capacity))
{
}

void RoundLogModel::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == m_capacity)
        return;
    if (m_count > capacity)
        dropOldest(m_count - capacity);
    // Re-lay the ring from row 0 so that it never holds more slots than the cap.
    QList<Line> lines;
    lines.reserve(m_count);
    for (int row = 0; row < m_count; ++row)
        lines.append(line(row));
    m_ring = std::move(lines);
    m_head = 0;
    m_capacity = capacity;
}

void RoundLogModel::setLines(const QList<Line> &lines)
{
    beginResetModel();
    const qsizetype skip = std::max<qsizetype>(0, lines.size() - m_capacity);
    m_ring = lines.mid(skip);
    m_head = 0;
    m_count = int(m_ring.size());
    m_total = lines.size();
    const qint64 before = m_dropped;
    m_dropped = skip;
    endResetModel();
    if (m_dropped != before)
        Q_EMIT droppedCountChanged(m_dropped);
}

void RoundLogModel::clear()
{
    setLines({});
}

void RoundLogModel::dropOldest(int n)
{
    if (n <= 0)
        return;
    beginRemoveRows({}, 0, n - 1);
    for (int i = 0; i < n; ++i)   // release the strings now; the slots are reused by append()
        m_ring[(m_head + i) % m_ring.size()] = Line{};
    m_head = (m_head + n) % int(m_ring.size());
    m_count -= n;
    m_dropped += n;
    endRemoveRows();
}

void RoundLogModel::append(const QList<Line> &lines)
{
    if (lines.isEmpty())
        return;
    const qint64 droppedBefore = m_dropped;
    // Only the newest capacity() lines of the batch can stay.
    const qsizetype skip = std::max<qsizetype>(0, lines.size() - m_capacity);
    const int n = int(lines.size() - skip);
    m_dropped += skip;
    m_total += skip;
    dropOldest(m_count + n - m_capacity);
    beginInsertRows({}, m_count, m_count + n - 1);
    for (qsizetype i = skip; i < lines.size(); ++i) {
        // While the ring grows, its rows run from m_head to its end without wrapping.
        const int slot = m_head + m_count;
        if (slot == m_ring.size() && m_ring.size() < m_capacity)
            m_ring.append(lines.at(i));
        else
            m_ring[slot % m_ring.size()] = lines.at(i);
        ++m_count;
        ++m_total;
    }
    endInsertRows();
    if (m_dropped != droppedBefore)
        Q_EMIT droppedCountChanged(m_dropped);
}

bool RoundLogModel::isError(const Line &line)
{
    static const QRegularExpression error(u"Traceback|Error|error|Exception|Killed"_s);
    return line.stream == u"stderr"_s || (line.stream != u"note"_s && error.match(line.text).hasMatch());
}

namespace {
/**
 * HH:mm:ss.zzz of @p atMs in local time. The UTC offset is looked up once per quarter hour (time zone
 * changes fall on quarter hours): a QDateTime conversion per line asks the C library, which stats
 * /etc/localtime each time, and that was a third of the cost of showing a long log.
 */
QString localTime(qint64 atMs)
{
    constexpr qint64 quarter = 15 * 60 * 1000;
    thread_local qint64 cachedQuarter = std::numeric_limits<qint64>::min();
    thread_local qint64 offsetMs = 0;
    const qint64 q = atMs >= 0 ? atMs / quarter : (atMs - quarter + 1) / quarter;
    if (q != cachedQuarter) {
        cachedQuarter = q;
        offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(q * quarter).offsetFromUtc()) * 1000;
    }
    constexpr qint64 day = 24 * 3600 * 1000;
    const qint64 ms = ((atMs + offsetMs) % day + day) % day;
    const auto digit = [](qint64 n) { return char16_t(u'0' + n % 10); };
    const char16_t text[] = {digit(ms / 36000000), digit(ms / 3600000), u':', digit(ms / 600000 % 6), digit(ms / 60000),
                             u':', digit(ms / 10000 % 6), digit(ms / 1000), u'.', digit(ms / 100), digit(ms / 10), digit(ms)};
    return QString(reinterpret_cast<const QChar *>(text), std::size(text));
}
} // namespace

QString RoundLogModel::displayText(const Line &line)
{
    if (line.stream == u"note"_s)
        return line.text;
    return localTime(line.atMs) + u' ' + line.phase + u"  "_s + line.text;
}

int RoundLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant RoundLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = line(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(l);
    case Qt::ForegroundRole:
        if (l.stream == u"stderr"_s)
            return QColor(0xb0, 0x2a, 0x2a);
        if (l.stream == u"system"_s || l.stream == u"note"_s)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case TextRole:
        return l.text;
    case StreamRole:
        return l.stream;
    case PhaseRole:
        return l.phase;
    case TimeRole:
        return l.atMs;
    case StoredLineRole:
        return l.storedLine;
    case SerialRole:
        return firstSerial() + index.row();
    case ErrorRole:
        return isError(l);
    default:
        return {};
    }
}

} // namespace wb::ui
