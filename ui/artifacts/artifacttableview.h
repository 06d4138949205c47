// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactdiff.h"
#include "artifacts/csvtable.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QXYSeries;

namespace wb::ui {

class ArtifactTableModel;

/**
 * A table artifact: a banner with what the reader noticed (decimal commas, Latin-1, ragged rows, rows
 * beyond the display cap), the sortable table, and a Plot pane beside it — Y against X for any two
 * number columns, as points or a line (Qt Charts), the axes titled with the column headers. With a
 * comparison the table marks what changed and the plot adds the earlier round's series in grey.
 */
class ArtifactTableView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactTableView)

public:
    explicit ArtifactTableView(QWidget *parent = nullptr);

    void setTable(const artifacts::CsvTable &table);
    /** Compares with @p older, the same artifact in round @p olderRound; @p diff is older → shown. */
    void setComparison(const artifacts::CsvTable &older, const artifacts::ArtifactDiff &diff, int olderRound);
    void clearComparison();

    QTableView *tableView() const { return m_view; }
    ArtifactTableModel *model() const { return m_model; }
    QSortFilterProxyModel *sortModel() const { return m_sort; }
    QLabel *banner() const { return m_banner; }
    QComboBox *xBox() const { return m_x; }
    QComboBox *yBox() const { return m_y; }
    /** Points or Line. */
    QComboBox *styleBox() const { return m_style; }
    QChartView *chartView() const { return m_chart; }
    /** The shown round's series in the plot; null when fewer than two number columns. */
    QXYSeries *series() const { return m_series; }
    /** The earlier round's series while comparing, else null. */
    QXYSeries *olderSeries() const { return m_olderSeries; }

private:
    void fillAxes();
    void plot();
    void updateBanner();

    artifacts::CsvTable m_table;
    artifacts::CsvTable m_older;
    artifacts::ArtifactDiff m_diff;
    int m_olderRound = 0;
    bool m_comparing = false;
    QLabel *m_banner;
    QTableView *m_view;
    ArtifactTableModel *m_model;
    QSortFilterProxyModel *m_sort;
    QComboBox *m_x;
    QComboBox *m_y;
    QComboBox *m_style;
    QChartView *m_chart;
    QXYSeries *m_series = nullptr;
    QXYSeries *m_olderSeries = nullptr;
};

} // namespace wb::ui
