// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/campaignmatrix.h"

#include <QAbstractTableModel>

namespace wb::ui {

/**
 * The repository × campaign matrix as a table: column 0 the repository, then one column per campaign.
 * A cell shows the judge (✓ finished, ✗ not, · not judged, ◌ hidden in blind mode) and the human decision
 * (★ when gold); a disagreement adds ≠ and a red tint mixed into the current palette's base colour, so it
 * stays readable in light and dark themes. Tooltips carry every detail.
 */
class CampaignMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignMatrixModel)

public:
    static constexpr int SortRole = Qt::UserRole + 1;          ///< raw sort key
    static constexpr int ExampleIdRole = Qt::UserRole + 2;     ///< qint64, 0 for no example
    static constexpr int DisagreesRole = Qt::UserRole + 3;     ///< bool: this cell (column 0: any cell of the row)

    explicit CampaignMatrixModel(QObject *parent = nullptr);

    void setMatrix(const review::CampaignMatrix &matrix);
    const review::CampaignMatrix &matrix() const { return m_matrix; }
    /** The cell at @p index (campaign columns only); nullptr for none. */
    const review::CampaignMatrix::Cell *cellAt(const QModelIndex &index) const;

    /** What a cell shows: the judge's mark, the human decision, ≠ on disagreement. */
    static QString cellText(const review::CampaignMatrix::Cell &cell);
    static QString judgeMark(review::CampaignMatrix::Judge judge);
    static QString decisionText(const QString &decision);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const review::CampaignMatrix::Cell &cell, int column) const;

    review::CampaignMatrix m_matrix;
};

} // namespace wb::ui
