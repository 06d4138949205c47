// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/repositorytablemodel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
const QString kNone = u"—"_s;

bool isOutcomeColumn(int column)
{
    return column >= RepositoryTableModel::StatusColumn && column <= RepositoryTableModel::CostColumn;
}
} // namespace

RepositoryTableModel::RepositoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RepositoryTableModel::setRepositories(const QList<store::RepositoryRecord> &repositories)
{
    beginResetModel();
    m_rows = repositories;
    endResetModel();
}

void RepositoryTableModel::upsert(const store::RepositoryRecord &repository)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == repository.id) {
            m_rows[row] = repository;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(repository);
    endInsertRows();
}

const store::RepositoryRecord *RepositoryTableModel::repositoryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void RepositoryTableModel::setOutcomes(const QList<store::RepositoryOutcome> &outcomes)
{
    m_outcomes.clear();
    m_outcomes.reserve(outcomes.size());
    for (const auto &o : outcomes)
        m_outcomes.insert(o.repositoryId, o);
    // Rows and their order stay; only the outcome columns change.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, CostColumn));
}

const store::RepositoryOutcome *RepositoryTableModel::outcomeAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const auto it = m_outcomes.constFind(m_rows.at(row).id);
    return it == m_outcomes.cend() ? nullptr : &it.value();
}

QString RepositoryTableModel::verdictText(const store::RepositoryOutcome &outcome)
{
    if (!outcome.finished)
        return {};
    return *outcome.finished ? u"finished"_s : u"not finished"_s;
}

int RepositoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RepositoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepositoryTableModel::outcomeData(const store::RepositoryOutcome *o, int column, int role) const
{
    switch (role) {
    case FilterRole:
        if (!o)
            return QString();
        switch (column) {
        case StatusColumn: return store::exampleStatusToString(o->status);
        case ModelColumn: return o->generatorModel;
        case VerdictColumn: return verdictText(*o);
        case RoundsColumn: return o->rounds;
        case CostColumn: return o->cost.value() ? QVariant(*o->cost.value()) : QVariant();
        default: return {};
        }
    case SortRole:
        // An invalid value sorts after every valid one in ascending order.
        if (!o)
            return {};
        switch (column) {
        case RoundsColumn: return o->rounds;
        case CostColumn: return o->cost.value() ? QVariant(*o->cost.value()) : QVariant();
        case VerdictColumn: return o->finished ? QVariant(*o->finished ? 1 : 0) : QVariant();
        default: return outcomeData(o, column, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (!o)
            return QColor(Qt::gray);
        if (column == StatusColumn || column == VerdictColumn) {
            const bool good = column == StatusColumn ? o->status == store::ExampleStatus::Success : o->finished.value_or(false);
            const bool bad = column == StatusColumn ? (o->status == store::ExampleStatus::Failed || o->status == store::ExampleStatus::Error)
                                                    : (o->finished && !*o->finished);
            if (good)
                return QColor(0x1b, 0x7f, 0x3b);
            if (bad)
                return QColor(0xb0, 0x2a, 0x2a);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == RoundsColumn || column == CostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (!o)
            return tr("Not in any campaign yet");
        if (column == VerdictColumn && o->finished && !o->errorClass.isEmpty())
            return tr("The judge classified the error as: %1").arg(o->errorClass);
        if (column == CostColumn && !o->cost.isComplete())
            return tr("%n model call(s) without a known price: the cost is at least the priced calls'", nullptr,
                      int(o->cost.unpricedCalls()));
        return tr("Campaign %1").arg(o->campaignName);
    case Qt::DisplayRole:
        if (!o)
            return kNone;
        switch (column) {
        case StatusColumn: return store::exampleStatusToString(o->status);
        case ModelColumn: return o->generatorModel.isEmpty() ? kNone : o->generatorModel;
        case VerdictColumn:
            if (!o->finished)
                return kNone;
            return *o->finished ? tr("finished") : tr("not finished");
        case RoundsColumn: return o->rounds;
        case CostColumn: return o->cost.toString(4);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant RepositoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::RepositoryRecord &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (isOutcomeColumn(index.column()))
        return outcomeData(outcomeAt(index.row()), index.column(), role);
    if (role == FilterRole) {
        switch (index.column()) {
        case NameColumn: return r.name;
        case CommitColumn: return r.commitSha;
        case LicenseColumn: return r.licenseSpdx;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return u"%1\n%2"_s.arg(r.url, r.localPath);
    if (role == Qt::ToolTipRole && index.column() == LicenseColumn && !r.licenseSource.isEmpty())
        return tr("Detected from %1").arg(r.licenseSource);
    if (role == Qt::TextAlignmentRole && (index.column() == FilesColumn || index.column() == SizeColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case FilesColumn: return r.fileCount;
        case SizeColumn: return r.sizeBytes;
        case AddedColumn: return r.addedAt;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return r.name;
    case CommitColumn: return r.commitSha.left(12);
    case FilesColumn: return QLocale().toString(r.fileCount);
    case SizeColumn: return QLocale().formattedDataSize(r.sizeBytes);
    case LicenseColumn: return r.licenseSpdx.isEmpty() ? tr("unknown") : r.licenseSpdx;
    case BranchColumn: return r.defaultBranch;
    case AddedColumn: return QLocale().toString(r.addedAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant RepositoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Repository");
    case StatusColumn: return tr("Status");
    case ModelColumn: return tr("Model");
    case VerdictColumn: return tr("Verdict");
    case RoundsColumn: return tr("Rounds");
    case CostColumn: return tr("Cost");
    case CommitColumn: return tr("Commit");
    case FilesColumn: return tr("Files");
    case SizeColumn: return tr("Size");
    case LicenseColumn: return tr("Licence");
    case BranchColumn: return tr("Branch");
    case AddedColumn: return tr("Added");
    default: return {};
    }
}

} // namespace wb::ui
