// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/csvtable.h"
#include "artifacts/jsontree.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace wb::artifacts {

/** One difference between an artifact in an earlier round and the same artifact in a later one. */
struct ArtifactChange
{
    enum class Kind { Changed, Added, Removed };

    Kind kind = Kind::Changed;
    /** JSON: the JSON Pointer ("/metrics/loss"). Tables: empty. */
    QString pointer;
    /** Tables: the row in the newer table (Changed, Added) or in the older one (Removed); -1 for a column. */
    qsizetype row = -1;
    /** Tables: the column's name; empty when the whole row was added or removed. */
    QString column;
    QString oldText;
    QString newText;
    std::optional<double> oldNumber;
    std::optional<double> newNumber;

    /** (new − old) / |old| when both are finite numbers and old is not 0. */
    std::optional<double> relativeChange() const;
    bool isNumeric() const { return oldNumber.has_value() && newNumber.has_value(); }
};

/**
 * What changed in one artifact between two rounds: numbers and texts that differ (with the relative
 * change of numbers), rows, columns and keys added or removed. Pure; for any thread.
 *
 * Tables match columns by name and rows by the first column when its values are unique in both tables
 * and at least half the newer keys are found in the older table (a sweep's x, an epoch); otherwise by
 * position. Only the rows each table kept are compared. JSON compares objects by key, arrays by index.
 */
class ArtifactDiff
{
public:
    static ArtifactDiff compareTables(const CsvTable &older, const CsvTable &newer);
    static ArtifactDiff compareJson(const JsonTree &older, const JsonTree &newer);
    /**
     * Compares two versions of artifact @p name, read as a table or JSON by its name; an empty diff
     * with comparable() false for any other kind or an unreadable version.
     */
    static ArtifactDiff compare(const QString &name, const QByteArray &older, const QByteArray &newer);

    bool comparable() const { return m_comparable; }
    const QList<ArtifactChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    qsizetype count(ArtifactChange::Kind kind) const;
    /** The column rows were matched by; empty when matched by position. */
    QString keyColumn() const { return m_keyColumn; }

    /** Tables: the change of the newer table's cell (@p row, @p column name), if any. */
    const ArtifactChange *cellChange(qsizetype row, const QString &column) const;
    bool rowAdded(qsizetype row) const { return m_addedRows.contains(row); }
    bool columnAdded(const QString &column) const { return m_addedColumns.contains(column); }
    /** JSON: the change at @p pointer (Changed or Added in the newer document), if any. */
    const ArtifactChange *pointerChange(const QString &pointer) const;

    /** {"changed", "added", "removed", "key_column", "changes": [{"kind", "pointer"|"row","column", "old", "new", "relative"}...]} */
    QJsonObject toJson() const;

private:
    void add(ArtifactChange change);

    bool m_comparable = true;
    QString m_keyColumn;
    QList<ArtifactChange> m_changes;
    QHash<QString, qsizetype> m_byCell;      ///< "row\ncolumn" → change index
    QHash<QString, qsizetype> m_byPointer;   ///< pointer → change index
    QSet<qsizetype> m_addedRows;
    QSet<QString> m_addedColumns;
};

} // namespace wb::artifacts
