// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactdiff.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::artifacts {

namespace {
QString cellKey(qsizetype row, const QString &column)
{
    return QString::number(row) + u'\n' + column;
}

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

/** The first column's values → row, when they are unique and present; empty otherwise. */
QHash<QString, qsizetype> keysOf(const CsvTable &table)
{
    QHash<QString, qsizetype> keys;
    if (table.columnCount() == 0)
        return {};
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        const QString key = table.cell(r, 0).trimmed();
        if (key.isEmpty() || keys.contains(key))
            return {};
        keys.insert(key, r);
    }
    return keys;
}
} // namespace

std::optional<double> ArtifactChange::relativeChange() const
{
    if (!oldNumber || !newNumber || !std::isfinite(*oldNumber) || !std::isfinite(*newNumber) || *oldNumber == 0)
        return std::nullopt;
    return (*newNumber - *oldNumber) / std::abs(*oldNumber);
}

void ArtifactDiff::add(ArtifactChange change)
{
    const qsizetype index = m_changes.size();
    if (!change.pointer.isEmpty() || (change.row < 0 && change.column.isEmpty())) {
        if (change.kind != ArtifactChange::Kind::Removed)
            m_byPointer.insert(change.pointer, index);
    } else if (change.kind != ArtifactChange::Kind::Removed) {
        if (change.column.isEmpty())
            m_addedRows.insert(change.row);
        else if (change.row < 0)
            m_addedColumns.insert(change.column);
        else
            m_byCell.insert(cellKey(change.row, change.column), index);
    }
    m_changes.append(std::move(change));
}

qsizetype ArtifactDiff::count(ArtifactChange::Kind kind) const
{
    return std::count_if(m_changes.begin(), m_changes.end(), [kind](const ArtifactChange &c) { return c.kind == kind; });
}

const ArtifactChange *ArtifactDiff::cellChange(qsizetype row, const QString &column) const
{
    const auto it = m_byCell.constFind(cellKey(row, column));
    return it == m_byCell.constEnd() ? nullptr : &m_changes.at(it.value());
}

const ArtifactChange *ArtifactDiff::pointerChange(const QString &pointer) const
{
    const auto it = m_byPointer.constFind(pointer);
    return it == m_byPointer.constEnd() ? nullptr : &m_changes.at(it.value());
}

ArtifactDiff ArtifactDiff::compareTables(const CsvTable &older, const CsvTable &newer)
{
    ArtifactDiff diff;
    using Kind = ArtifactChange::Kind;
    QStringList shared;
    for (const auto &c : newer.columns()) {
        if (older.columnIndex(c.name))
            shared << c.name;
        else
            diff.add({Kind::Added, {}, -1, c.name, {}, {}, {}, {}});
    }
    for (const auto &c : older.columns())
        if (!newer.columnIndex(c.name))
            diff.add({Kind::Removed, {}, -1, c.name, {}, {}, {}, {}});

    // Row matching: by the first column when it is a key of both tables, else by position.
    QList<std::pair<qsizetype, qsizetype>> pairs;   // (older row, newer row); -1 on one side: removed / added
    const QHash<QString, qsizetype> oldKeys = keysOf(older);
    const QHash<QString, qsizetype> newKeys = keysOf(newer);
    qsizetype found = 0;
    for (auto it = newKeys.cbegin(); it != newKeys.cend(); ++it)
        found += oldKeys.contains(it.key()) ? 1 : 0;
    const bool keyed = !oldKeys.isEmpty() && !newKeys.isEmpty() && newer.columns().first().name == older.columns().first().name
        && found * 2 >= newKeys.size();
    if (keyed) {
        diff.m_keyColumn = newer.columns().first().name;
        for (qsizetype r = 0; r < newer.rowCount(); ++r)
            pairs.append({oldKeys.value(newer.cell(r, 0).trimmed(), -1), r});
        for (qsizetype r = 0; r < older.rowCount(); ++r)
            if (!newKeys.contains(older.cell(r, 0).trimmed()))
                pairs.append({r, -1});
    } else {
        for (qsizetype r = 0; r < std::max(older.rowCount(), newer.rowCount()); ++r)
            pairs.append({r < older.rowCount() ? r : -1, r < newer.rowCount() ? r : -1});
    }

    for (const auto &[o, n] : std::as_const(pairs)) {
        if (o < 0) {
            diff.add({Kind::Added, {}, n, {}, {}, {}, {}, {}});
            continue;
        }
        if (n < 0) {
            QStringList cells;
            for (qsizetype c = 0; c < older.columnCount(); ++c)
                cells << older.cell(o, c);
            diff.add({Kind::Removed, {}, o, {}, cells.join(u", "_s), {}, {}, {}});
            continue;
        }
        for (const QString &name : std::as_const(shared)) {
            const qsizetype oc = *older.columnIndex(name);
            const qsizetype nc = *newer.columnIndex(name);
            const bool numeric = older.columns().at(oc).type == CsvTable::ColumnType::Number
                && newer.columns().at(nc).type == CsvTable::ColumnType::Number;
            const QString oldText = older.cell(o, oc);
            const QString newText = newer.cell(n, nc);
            if (numeric) {
                const double a = older.number(o, oc);
                const double b = newer.number(n, nc);
                if (sameNumber(a, b))
                    continue;
                diff.add({Kind::Changed, {}, n, name, oldText, newText, a, b});
            } else if (oldText != newText) {
                diff.add({Kind::Changed, {}, n, name, oldText, newText, {}, {}});
            }
        }
    }
    return diff;
}

ArtifactDiff ArtifactDiff::compareJson(const JsonTree &older, const JsonTree &newer)
{
    ArtifactDiff diff;
    if (!older.isValid() || !newer.isValid()) {
        diff.m_comparable = false;
        return diff;
    }
    using Kind = ArtifactChange::Kind;
    using JKind = JsonTree::Kind;
    const auto walk = [&](const auto &self, int o, int n) -> void {
        const auto &a = older.node(o);
        const auto &b = newer.node(n);
        const bool containers = (a.kind == JKind::Object && b.kind == JKind::Object) || (a.kind == JKind::Array && b.kind == JKind::Array);
        if (containers) {
            for (const int child : b.children) {
                const auto match = older.find(newer.node(child).pointer);
                if (match)
                    self(self, *match, child);
                else
                    diff.add({Kind::Added, newer.node(child).pointer, -1, {}, {}, newer.summary(child), {}, {}});
            }
            for (const int child : a.children)
                if (!newer.find(older.node(child).pointer))
                    diff.add({Kind::Removed, older.node(child).pointer, -1, {}, older.summary(child), {}, {}, {}});
            return;
        }
        if (a.kind == JKind::Number && b.kind == JKind::Number) {
            if (!sameNumber(a.number, b.number))
                diff.add({Kind::Changed, b.pointer, -1, {}, a.text, b.text, a.number, b.number});
            return;
        }
        if (a.kind != b.kind || a.text != b.text)
            diff.add({Kind::Changed, b.pointer, -1, {}, older.summary(o), newer.summary(n), {}, {}});
    };
    walk(walk, 0, 0);
    return diff;
}

ArtifactDiff ArtifactDiff::compare(const QString &name, const QByteArray &older, const QByteArray &newer)
{
    if (CsvTable::isTableName(name)) {
        CsvTable::Options options;
        if (name.toLower().endsWith(u".tsv"_s) || name.toLower().endsWith(u".tab"_s))
            options.separator = '\t';
        return compareTables(CsvTable::parse(older, options), CsvTable::parse(newer, options));
    }
    if (JsonTree::isJsonName(name))
        return compareJson(JsonTree::parse(older), JsonTree::parse(newer));
    ArtifactDiff diff;
    diff.m_comparable = false;
    return diff;
}

QJsonObject ArtifactDiff::toJson() const
{
    QJsonArray changes;
    for (const ArtifactChange &c : m_changes) {
        QJsonObject o{{u"kind"_s, c.kind == ArtifactChange::Kind::Changed ? u"changed"_s
                                  : c.kind == ArtifactChange::Kind::Added ? u"added"_s : u"removed"_s}};
        if (!c.pointer.isEmpty() || (c.row < 0 && c.column.isEmpty()))
            o.insert(u"pointer"_s, c.pointer);
        if (c.row >= 0)
            o.insert(u"row"_s, double(c.row));
        if (!c.column.isEmpty())
            o.insert(u"column"_s, c.column);
        if (!c.oldText.isEmpty())
            o.insert(u"old"_s, c.oldText);
        if (!c.newText.isEmpty())
            o.insert(u"new"_s, c.newText);
        if (const auto r = c.relativeChange())
            o.insert(u"relative"_s, *r);
        changes.append(o);
    }
    return {{u"changed"_s, double(count(ArtifactChange::Kind::Changed))},
            {u"added"_s, double(count(ArtifactChange::Kind::Added))},
            {u"removed"_s, double(count(ArtifactChange::Kind::Removed))},
            {u"key_column"_s, m_keyColumn},
            {u"changes"_s, changes}};
}

} // namespace wb::artifacts
