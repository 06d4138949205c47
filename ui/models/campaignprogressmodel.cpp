// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/campaignprogressmodel.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace wb::ui {


CampaignProgressModel::CampaignProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CampaignProgressModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

void CampaignProgressModel::update(const pipeline::ExampleProgress &progress)
{
    auto it = m_rowOf.find(progress.exampleId);
    if (it == m_rowOf.end()) {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        Row r;
        r.progress = progress;
        r.clock.start();
        m_rows.append(r);
        m_rowOf.insert(progress.exampleId, row);
        endInsertRows();
        return;
    }
    Row &r = m_rows[*it];
    r.progress = progress;
    if (store::hasStopped(progress.status) && r.finalElapsedMs < 0)
        r.finalElapsedMs = r.clock.elapsed();
    Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
}

int CampaignProgressModel::finishedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return store::hasStopped(r.progress.status); }));
}

llm::CostTotal CampaignProgressModel::totalCost() const
{
    llm::CostTotal sum;
    for (const Row &r : m_rows)
        sum += r.progress.cost;
    return sum;
}

int CampaignProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const auto &p = r.progress;
    if (role == ExampleIdRole)
        return p.exampleId;
    if (role == StatusRole)
        return store::exampleStatusToString(p.status);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (p.status == store::ExampleStatus::Success)
            return QColor(0x1b, 0x7f, 0x3b);
        if (p.status == store::ExampleStatus::Failed || p.status == store::ExampleStatus::Error)
            return QColor(0xb0, 0x2a, 0x2a);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RepositoryColumn: return p.repository;
    case StatusColumn: return store::exampleStatusToString(p.status);
    case StageColumn: return p.stage;
    case RoundColumn: return p.round > 0 ? tr("%1 of %2").arg(p.round).arg(p.maxRounds) : QString();
    case ElapsedColumn: {
        const qint64 ms = r.finalElapsedMs >= 0 ? r.finalElapsedMs : r.clock.elapsed();
        return tr("%1 s").arg(ms / 1000);
    }
    case CostColumn: return p.cost.toString(4);
    case MessageColumn: return p.message;
    default: return {};
    }
}

QVariant CampaignProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RepositoryColumn: return tr("Repository");
    case StatusColumn: return tr("Status");
    case StageColumn: return tr("Stage");
    case RoundColumn: return tr("Round");
    case ElapsedColumn: return tr("Elapsed");
    case CostColumn: return tr("Cost");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

} // namespace wb::ui
