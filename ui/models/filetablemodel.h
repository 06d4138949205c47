// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/filerecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace wb::ui {

/** One repository's file inventory as a table, coloured by the static relevance prior. */
class FileTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTableModel)

public:
    enum Column { PriorColumn, PathColumn, CategoryColumn, LanguageColumn, LinesColumn, SizeColumn, FlagsColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit FileTableModel(QObject *parent = nullptr);

    void setFiles(const QList<store::FileRecord> &files);
    const store::FileRecord *fileAt(int row) const;

    /** Background colour of a relevance prior 1-5 (shared with later heatmap views). */
    static QColor colorForPrior(int prior);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::FileRecord> m_rows;
};

} // namespace wb::ui
