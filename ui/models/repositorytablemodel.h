// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/repositoryrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace wb::ui {

/** The workspace's repositories as a table. Filled with value records loaded off the GUI thread. */
class RepositoryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoryTableModel)

public:
    enum Column { NameColumn, CommitColumn, FilesColumn, SizeColumn, LicenseColumn, BranchColumn, AddedColumn, ColumnCount };
    /** Raw values for sorting (numbers, dates) next to the display text. */
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit RepositoryTableModel(QObject *parent = nullptr);

    void setRepositories(const QList<store::RepositoryRecord> &repositories);
    /** Inserts or replaces (same id) one repository. */
    void upsert(const store::RepositoryRecord &repository);
    const store::RepositoryRecord *repositoryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::RepositoryRecord> m_rows;
};

} // namespace wb::ui
