// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactdiff.h"
#include "artifacts/csvtable.h"
#include "artifacts/diffstyle.h"

#include <QAbstractTableModel>

namespace wb::ui {

/**
 * A parsed table artifact (artifacts::CsvTable) for a QTableView: number columns right-aligned and sorted
 * by value (SortRole; missing values last), header tooltips with the column's type. With a comparison,
 * cells whose value changed since the earlier round get DiffStyle's background and an old → new tooltip,
 * added rows and columns are marked, and the earlier round's removed rows follow the table's own, struck
 * out.
 */
class ArtifactTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactTableModel)

public:
    enum Role { SortRole = Qt::UserRole + 1, ChangeRole };   ///< ChangeRole: a ChangeKind as int
    enum ChangeKind { Unchanged = 0, Changed, Added, Removed };

    explicit ArtifactTableModel(QObject *parent = nullptr);

    void setTable(const artifacts::CsvTable &table);
    /** Marks what changed since @p older (@p diff compares @p older with the table shown). */
    void setComparison(const artifacts::CsvTable &older, const artifacts::ArtifactDiff &diff);
    void clearComparison();
    bool comparing() const { return m_comparing; }
    const artifacts::CsvTable &table() const { return m_table; }
    void setDiffStyle(const DiffStyle &style) { m_style = style; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ChangeKind changeAt(int row, int column, const artifacts::ArtifactChange **change) const;

    artifacts::CsvTable m_table;
    artifacts::CsvTable m_older;
    artifacts::ArtifactDiff m_diff;
    QList<qsizetype> m_removedRows;   ///< rows of m_older shown after the table's own
    bool m_comparing = false;
    DiffStyle m_style;
};

} // namespace wb::ui
