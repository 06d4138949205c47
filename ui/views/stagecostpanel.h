// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/campaigncostbreakdown.h"

#include <QList>
#include <QWidget>

class QChartView;
class QLabel;
class QSplitter;
class QTableWidget;
class QVBoxLayout;

namespace wb::ui {

/**
 * The Curation report's cost by stage: per campaign a table (a row per stage and mode, batch or
 * synchronous: calls, cached answers, failed calls, tokens uncached / read from / written to the
 * provider's cache, output with reasoning, the share read from cache, the cost, then the total) and a
 * stacked bar of the cost per stage (ReportCharts::costByStage). Shows the values it is given; the
 * Curation view loads them off the GUI thread. A withheld campaign (blind review) shows no figures.
 */
class StageCostPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageCostPanel)

public:
    explicit StageCostPanel(QWidget *parent = nullptr);

    void setBreakdown(const review::CampaignCostBreakdown &costs);
    const review::CampaignCostBreakdown &breakdown() const { return m_costs; }

    /** One table per campaign with figures, in the breakdown's order (withheld and call-less campaigns have none). */
    QList<QTableWidget *> tables() const { return m_tables; }
    QChartView *chartView() const { return m_chart; }

Q_SIGNALS:
    void saveChartRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuildChart();
    void fitSplit();

    review::CampaignCostBreakdown m_costs;
    QList<QTableWidget *> m_tables;
    QWidget *m_campaigns;
    QVBoxLayout *m_campaignsLayout;
    QLabel *m_note;
    QChartView *m_chart;
    QSplitter *m_splitter = nullptr;
    int m_tablesWidth = 0;
    bool m_sized = false;
};

} // namespace wb::ui
