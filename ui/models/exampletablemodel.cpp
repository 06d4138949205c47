// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exampletablemodel.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace wb::ui {

ExampleTableModel::ExampleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExampleTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const ExampleTableModel::Row *ExampleTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ExampleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExampleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExampleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const auto &e = r.example;
    if (r.blinded && (index.column() == CampaignColumn || index.column() == StatusColumn || index.column() == ReasonColumn)) {
        if (role != Qt::DisplayRole && role != SortRole)
            return {};
        if (index.column() == CampaignColumn)
            return tr("Campaign %1").arg(e.campaignId);
        return index.column() == StatusColumn ? tr("finished") : QString();
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (e.status == store::ExampleStatus::Success)
            return QColor(0x1b, 0x7f, 0x3b);
        if (e.status == store::ExampleStatus::Failed || e.status == store::ExampleStatus::Error)
            return QColor(0xb0, 0x2a, 0x2a);
        return {};
    }
    if (role == SortRole) {
        if (index.column() == RoundsColumn)
            return e.roundsExecuted;
        if (index.column() == CostColumn)   // unknown sorts last in ascending order
            return e.cost.knownValue() ? QVariant(*e.cost.knownValue()) : QVariant();
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return e.statusReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CampaignColumn: return r.campaign;
    case RepositoryColumn: return e.repositoryName;
    case StatusColumn: return store::exampleStatusToString(e.status);
    case StageColumn: return e.stage;
    case RoundsColumn: return e.roundsExecuted;
    case CostColumn: return e.cost.toString(4);
    case ReasonColumn: return e.statusReason;
    default: return {};
    }
}

QVariant ExampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CampaignColumn: return tr("Campaign");
    case RepositoryColumn: return tr("Repository");
    case StatusColumn: return tr("Status");
    case StageColumn: return tr("Stage");
    case RoundsColumn: return tr("Rounds");
    case CostColumn: return tr("Cost");
    case ReasonColumn: return tr("Reason");
    default: return {};
    }
}

} // namespace wb::ui
