// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/repositoryoutcome.h"
#include "store/repositoryrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace wb::ui {

/**
 * The workspace's repositories as a table, with where each stands in its newest campaign. Filled with
 * value records loaded off the GUI thread.
 */
class RepositoryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoryTableModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        ModelColumn,
        VerdictColumn,
        RoundsColumn,
        CostColumn,
        CommitColumn,
        FilesColumn,
        SizeColumn,
        LicenseColumn,
        BranchColumn,
        AddedColumn,
        ColumnCount
    };
    /** Raw values for sorting (numbers, dates) next to the display text; rows without an outcome sort after the others. */
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    /** The value filters compare with: the raw status, model, verdict text, licence; empty when there is none. */
    static constexpr int FilterRole = Qt::UserRole + 3;

    explicit RepositoryTableModel(QObject *parent = nullptr);

    void setRepositories(const QList<store::RepositoryRecord> &repositories);
    /** Inserts or replaces (same id) one repository. */
    void upsert(const store::RepositoryRecord &repository);
    const store::RepositoryRecord *repositoryAt(int row) const;

    /** Replaces every outcome; repositories without one show "—" in the outcome columns. */
    void setOutcomes(const QList<store::RepositoryOutcome> &outcomes);
    const store::RepositoryOutcome *outcomeAt(int row) const;

    /** The verdict as the table shows and filters it: "finished", "not finished" or empty (not judged). */
    static QString verdictText(const store::RepositoryOutcome &outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant outcomeData(const store::RepositoryOutcome *o, int column, int role) const;

    QList<store::RepositoryRecord> m_rows;
    QHash<qint64, store::RepositoryOutcome> m_outcomes;   ///< by repository id
};

} // namespace wb::ui
