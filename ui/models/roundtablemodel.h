// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pipelinerecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace wb::ui {

/** The debug rounds of one example: origin, execution outcome, exit code, verdict, error class, time, cost. */
class RoundTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundTableModel)

public:
    enum Column { RoundColumn, OriginColumn, OutcomeColumn, ExitColumn, VerdictColumn, ErrorClassColumn, DurationColumn, CostColumn, ColumnCount };

    explicit RoundTableModel(QObject *parent = nullptr);

    void setRounds(const QList<store::RoundRecord> &rounds);
    const store::RoundRecord *roundAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::RoundRecord> m_rounds;
};

} // namespace wb::ui
