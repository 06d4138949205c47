// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/roundtablemodel.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace wb::ui {

RoundTableModel::RoundTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RoundTableModel::setRounds(const QList<store::RoundRecord> &rounds)
{
    beginResetModel();
    m_rounds = rounds;
    endResetModel();
}

const store::RoundRecord *RoundTableModel::roundAt(int row) const
{
    return row >= 0 && row < m_rounds.size() ? &m_rounds.at(row) : nullptr;
}

int RoundTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rounds.size());
}

int RoundTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoundTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::RoundRecord &r = m_rounds.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn && r.isFinished)
        return *r.isFinished ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x2a, 0x2a);
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn && !r.executed)
        return tr("This repair was produced after the last executed round and never ran.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RoundColumn: return r.index;
    case OriginColumn: return r.origin;
    case OutcomeColumn: return r.executed ? r.outcome : tr("never executed");
    case ExitColumn: return r.exitCode ? QVariant(*r.exitCode) : QVariant(u"-"_s);
    case VerdictColumn: return r.isFinished ? (*r.isFinished ? tr("finished") : tr("not finished")) : QString();
    case ErrorClassColumn: return r.errorClass;
    case DurationColumn: return r.executed ? tr("%1 s").arg(double(r.durationMs) / 1000.0, 0, 'f', 1) : QString();
    case CostColumn: return r.cost.toString(4);
    default: return {};
    }
}

QVariant RoundTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoundColumn: return tr("Round");
    case OriginColumn: return tr("Origin");
    case OutcomeColumn: return tr("Execution");
    case ExitColumn: return tr("Exit");
    case VerdictColumn: return tr("Judge");
    case ErrorClassColumn: return tr("Error class");
    case DurationColumn: return tr("Duration");
    case CostColumn: return tr("Cost");
    default: return {};
    }
}

} // namespace wb::ui
