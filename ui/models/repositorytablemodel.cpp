// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/repositorytablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace wb::ui {

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

int RepositoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RepositoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepositoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::RepositoryRecord &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
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
