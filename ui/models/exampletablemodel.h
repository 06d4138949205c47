// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pipelinerecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace wb::ui {

/** Examples of every campaign: campaign, repository, status, stage, rounds, cost. */
class ExampleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleTableModel)

public:
    enum Column { CampaignColumn, RepositoryColumn, StatusColumn, StageColumn, RoundsColumn, CostColumn, ReasonColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Row
    {
        QString campaign;
        store::ExampleRecord example;
        bool blinded = false;   ///< blind review: campaign (model), outcome and reason are not shown
    };

    explicit ExampleTableModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const Row *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace wb::ui

Q_DECLARE_METATYPE(wb::ui::ExampleTableModel::Row)
