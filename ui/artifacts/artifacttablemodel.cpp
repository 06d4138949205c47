// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifacttablemodel.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::ui {

using artifacts::ArtifactChange;
using artifacts::CsvTable;

ArtifactTableModel::ArtifactTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_style(DiffStyle::of(QGuiApplication::palette()))
{
}

void ArtifactTableModel::setTable(const CsvTable &table)
{
    beginResetModel();
    m_table = table;
    m_comparing = false;
    m_removedRows.clear();
    m_diff = {};
    m_older = {};
    endResetModel();
}

void ArtifactTableModel::setComparison(const CsvTable &older, const artifacts::ArtifactDiff &diff)
{
    beginResetModel();
    m_older = older;
    m_diff = diff;
    m_comparing = true;
    m_removedRows.clear();
    for (const ArtifactChange &c : diff.changes())
        if (c.kind == ArtifactChange::Kind::Removed && c.row >= 0 && c.column.isEmpty())
            m_removedRows.append(c.row);
    endResetModel();
}

void ArtifactTableModel::clearComparison()
{
    setTable(CsvTable(m_table));
}

int ArtifactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rowCount() + m_removedRows.size());
}

int ArtifactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columnCount());
}

ArtifactTableModel::ChangeKind ArtifactTableModel::changeAt(int row, int column, const ArtifactChange **change) const
{
    *change = nullptr;
    if (!m_comparing)
        return Unchanged;
    if (row >= m_table.rowCount())
        return Removed;
    if (m_diff.rowAdded(row))
        return Added;
    const QString &name = m_table.columns().at(column).name;
    if (m_diff.columnAdded(name))
        return Added;
    *change = m_diff.cellChange(row, name);
    return *change ? Changed : Unchanged;
}

QVariant ArtifactTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool number = m_table.columns().at(column).type == CsvTable::ColumnType::Number;
    const bool ghost = row >= m_table.rowCount();
    const ArtifactChange *change = nullptr;
    const ChangeKind kind = changeAt(row, column, &change);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (ghost) {
            const auto olderColumn = m_older.columnIndex(m_table.columns().at(column).name);
            return olderColumn ? m_older.cell(m_removedRows.at(row - m_table.rowCount()), *olderColumn) : QString();
        }
        return m_table.cell(row, column);
    case SortRole: {
        if (!number || ghost)
            return data(index, Qt::DisplayRole);
        const double value = m_table.number(row, column);
        return std::isnan(value) ? QVariant() : QVariant(value);   // missing values sort last
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        switch (kind) {
        case Changed: return m_style.changed;
        case Added: return m_style.added;
        case Removed: return m_style.removed;
        case Unchanged: return {};
        }
        return {};
    case Qt::ToolTipRole:
        if (change)
            return DiffStyle::tooltip(*change);
        if (kind == Added)
            return DiffStyle::tooltip({ArtifactChange::Kind::Added, {}, row, {}, {}, {}, {}, {}});
        if (kind == Removed)
            return DiffStyle::tooltip({ArtifactChange::Kind::Removed, {}, row, {}, {}, {}, {}, {}});
        return {};
    case Qt::FontRole:
        if (ghost) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case ChangeRole:
        return int(kind);
    default:
        return {};
    }
}

QVariant ArtifactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole)
            return {};
        if (section >= m_table.rowCount())
            return u"−"_s;
        if (m_comparing && m_diff.rowAdded(section))
            return u"+ %1"_s.arg(section + 1);
        return section + 1;
    }
    if (section < 0 || section >= m_table.columnCount())
        return {};
    const CsvTable::Column &c = m_table.columns().at(section);
    switch (role) {
    case Qt::DisplayRole:
        return c.name;
    case Qt::ToolTipRole: {
        QString tip = c.type == CsvTable::ColumnType::Number
            ? (c.decimalComma ? tr("%1: numbers, written with a decimal comma") : tr("%1: numbers")).arg(c.name)
            : tr("%1: text").arg(c.name);
        if (m_comparing && m_diff.columnAdded(c.name))
            tip += u"\n"_s + tr("New in this round");
        return tip;
    }
    default:
        return {};
    }
}

} // namespace wb::ui
