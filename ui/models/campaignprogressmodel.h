// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/exampleprogress.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>

namespace wb::ui {

/** Live rows of a running campaign, one per example, updated from ExampleProgress events. */
class CampaignProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignProgressModel)

public:
    enum Column { RepositoryColumn, StatusColumn, StageColumn, RoundColumn, ElapsedColumn, CostColumn, MessageColumn, ColumnCount };

    static constexpr int ExampleIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;   ///< the status word (store::toString)

    explicit CampaignProgressModel(QObject *parent = nullptr);

    void clear();
    void update(const pipeline::ExampleProgress &progress);
    int finishedCount() const;
    llm::CostTotal totalCost() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        pipeline::ExampleProgress progress;
        QElapsedTimer clock;
        qint64 finalElapsedMs = -1;
    };
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
};

} // namespace wb::ui
