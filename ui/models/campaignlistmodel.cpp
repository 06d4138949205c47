// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/campaignlistmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {


CampaignListModel::CampaignListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CampaignListModel::ensureRow(qint64 campaignId)
{
    if (const auto it = m_rowOf.constFind(campaignId); it != m_rowOf.cend())
        return *it;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row r;
    r.campaignId = campaignId;
    r.name = tr("Campaign %1").arg(campaignId);
    m_rows.append(r);
    m_rowOf.insert(campaignId, row);
    endInsertRows();
    return row;
}

void CampaignListModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CampaignListModel::starting(qint64 campaignId, const QString &name)
{
    const int row = ensureRow(campaignId);
    Row &r = m_rows[row];
    if (!name.isEmpty())
        r.name = name;
    r.state = State::Starting;
    r.status.clear();
    r.cost.clear();
    r.message.clear();
    changed(row);
}

void CampaignListModel::started(qint64 campaignId, const pipeline::CampaignOverview &overview)
{
    const int row = ensureRow(campaignId);
    Row &r = m_rows[row];
    r.name = overview.name;
    r.model = overview.model;
    r.total = overview.examples;
    r.doneBefore = overview.finished;
    if (r.state == State::Starting || !isLive(r.state)) {
        r.state = State::Running;
        r.status.clear();
        r.cost.clear();
    }
    changed(row);
}

void CampaignListModel::failedToStart(qint64 campaignId, const QString &message)
{
    if (campaignId == 0)
        return;   // never written: no row to show it in
    const int row = ensureRow(campaignId);
    m_rows[row].state = State::FailedToStart;
    m_rows[row].message = message;
    changed(row);
}

void CampaignListModel::update(const pipeline::ExampleProgress &progress)
{
    const int row = m_rowOf.value(progress.campaignId, -1);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.status.insert(progress.exampleId, progress.status);
    r.cost.insert(progress.exampleId, progress.cost);
    changed(row);
}

void CampaignListModel::finished(qint64 campaignId, const pipeline::CampaignSummary &summary)
{
    const int row = ensureRow(campaignId);
    Row &r = m_rows[row];
    r.state = r.state == State::Cancelling ? State::Cancelled : State::Finished;
    r.message = tr("%1 succeeded, %2 failed, %3 errors, %4 cancelled")
                    .arg(summary.success)
                    .arg(summary.failed)
                    .arg(summary.error)
                    .arg(summary.cancelled);
    changed(row);
}

void CampaignListModel::setState(qint64 campaignId, State state)
{
    const int row = m_rowOf.value(campaignId, -1);
    if (row < 0 || !isLive(m_rows[row].state))
        return;
    m_rows[row].state = state;
    changed(row);
}

void CampaignListModel::clearEnded()
{
    beginResetModel();
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return !isLive(r.state); }), m_rows.end());
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].campaignId, i);
    endResetModel();
}

qint64 CampaignListModel::campaignAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].campaignId : 0;
}

CampaignListModel::State CampaignListModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].state : State::Finished;
}

bool CampaignListModel::isLive(State state)
{
    return state == State::Starting || state == State::Running || state == State::Paused || state == State::Cancelling;
}

int CampaignListModel::done(const Row &row) const
{
    return row.doneBefore + int(std::count_if(row.status.cbegin(), row.status.cend(), [](store::ExampleStatus s) { return store::hasStopped(s); }));
}

QString CampaignListModel::stateText(const Row &row) const
{
    switch (row.state) {
    case State::Starting: return tr("starting");
    case State::Running: return tr("running");
    case State::Paused: return tr("paused");
    case State::Cancelling: return tr("cancelling");
    case State::Finished: return tr("finished");
    case State::Cancelled: return tr("cancelled");
    case State::FailedToStart: return tr("could not start");
    }
    return {};
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case CampaignIdRole: return r.campaignId;
    case StateRole: return int(r.state);
    case DoneRole: return done(r);
    case TotalRole: return r.total;
    case Qt::ToolTipRole: return r.message.isEmpty() ? QVariant() : QVariant(r.message);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn: return r.name;
        case ModelColumn: return r.model;
        case ProgressColumn: return r.total > 0 ? tr("%1 of %2").arg(done(r)).arg(r.total) : QString();
        case CostColumn: {
            llm::CostTotal sum;
            for (const auto &c : r.cost)
                sum += c;
            return sum.toString(4);
        }
        case StateColumn: return stateText(r);
        case ColumnCount: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Campaign");
    case ModelColumn: return tr("Model");
    case ProgressColumn: return tr("Examples done");
    case CostColumn: return tr("Cost");
    case StateColumn: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

} // namespace wb::ui
