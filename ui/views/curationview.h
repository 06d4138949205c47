// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/agreementreport.h"
#include "review/campaigncostbreakdown.h"
#include "review/campaignreport.h"
#include "review/errortaxonomy.h"
#include "review/reportseries.h"
#include "session/latestonly.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace wb::ui {

class ConfusionMatrixWidget;
class StageCostPanel;
class WorkspaceSession;

/**
 * The curation report of a workspace, paper-style: Table 1 per campaign; charts (judge and experts
 * per criterion and model, cost against correctness, the rounds histogram, the error classes per
 * campaign, of judged rounds or of final failures); confusion matrices per
 * criterion, campaign and pair of raters; the agreement table (Cohen's κ judge × annotator and
 * annotator pairs, Fleiss' κ and Krippendorff's α), filterable by campaign and criterion; and the
 * cost by stage per campaign (withheld under blind review as CampaignReport::hideFrom does). Everything is
 * read off the GUI thread in one load; reload() after judgements change. Exports Table 1 as Markdown,
 * CSV and JSON and every chart as PNG.
 */
class CurationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurationView)

public:
    enum class Chart { Criteria, CostCorrectness, Rounds, ErrorClasses };

    explicit CurationView(WorkspaceSession *session, QWidget *parent = nullptr);
    ~CurationView() override;

    QTableWidget *reportTable() const { return m_report; }
    QTableWidget *agreementTable() const { return m_agreementTable; }
    /** The bars per criterion and model. */
    QChartView *chart() const { return chartView(Chart::Criteria); }
    QChartView *chartView(Chart chart) const;
    ConfusionMatrixWidget *confusionMatrix() const { return m_confusion; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *roundsCampaignBox() const { return m_roundsCampaign; }
    /** The error classes chart counts judged rounds (index 0) or final failures (index 1). */
    QComboBox *errorClassesCountBox() const { return m_errorCounted; }
    const review::ErrorTaxonomy &errorTaxonomy() const { return m_data.taxonomy; }
    StageCostPanel *stageCostPanel() const { return m_stageCosts; }
    QComboBox *confusionCriterionBox() const { return m_confusionCriterion; }
    QComboBox *confusionCampaignBox() const { return m_confusionCampaign; }
    QComboBox *confusionPairBox() const { return m_confusionPair; }
    QComboBox *agreementCampaignFilter() const { return m_agreementCampaign; }
    QComboBox *agreementCriterionFilter() const { return m_agreementCriterion; }
    QString statusText() const;

    /** Resolution of the PNG files, 72–600 DPI (default ChartImage::DefaultDpi). */
    int exportDpi() const;
    void setExportDpi(int dpi);

    /**
     * Writes @p chart as PNG at ChartImage::defaultSize() and exportDpi(), in light colours for print;
     * the same data and selection as shown. Throws wb::Error naming the file and the reason.
     */
    void saveChartPng(Chart chart, const QString &path) const;
    /** Writes the confusion matrix shown as PNG at exportDpi(). Throws wb::Error. */
    void saveConfusionMatrixPng(const QString &path) const;
    /** Writes the cost-by-stage chart as PNG, as saveChartPng() does. Throws wb::Error. */
    void saveCostByStagePng(const QString &path) const;
    /**
     * Writes into @p folder (created when missing): table1.md, table1.csv, report.json (the table, the
     * charts' series, the error classes and the agreement), criteria.png, cost-correctness.png, rounds.png
     * (all campaigns), rounds-<campaign>.png per campaign, error-classes-rounds.png,
     * error-classes-failures.png, confusion-matrix.png (the one shown), cost-by-stage.md,
     * cost-by-stage.csv and cost-by-stage.png; report.json carries the cost by stage per campaign. Every file is written
     * atomically. Returns the paths written. Throws wb::Error naming the file and the reason.
     */
    QStringList exportReport(const QString &folder) const;
    /** exportReport() after asking whether to replace files of those names already in @p folder;
     *  errors are shown. False when the user declined or the export failed. */
    bool exportReportInto(const QString &folder);
    /** The names of the files exportReport() writes, in the order it writes them. */
    QStringList reportFileNames() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Data
    {
        review::CampaignReport report;
        review::AgreementReport agreement;
        QList<review::AgreementReport::Pair> pooled;
        review::ReportSeries series;
        review::ErrorTaxonomy taxonomy;
        review::CampaignCostBreakdown costs;   ///< withheld as blind review says for the session's annotator
        QByteArray fingerprint;   ///< of everything above: an unchanged reload shows nothing new
    };

    QWidget *chartPage(Chart chart, QWidget *controls);
    void present(const Data &data);
    void fillReportTable();
    void fillAgreementTable();
    void fillCombos();
    /** Marks every chart stale and builds the one on screen; the others follow when shown or asked for. */
    void rebuildCharts();
    void rebuildChart(Chart chart) const;
    void ensureChart(Chart chart) const;
    QChartView *viewOf(Chart chart) const;
    QChart *buildChart(Chart chart, bool forPrint) const;
    void applyAgreementFilter();
    void refreshConfusionPairs();
    void showConfusion();
    void showPairInMatrix(int agreementRow);
    void saveChartInteractively(Chart chart);
    void saveConfusionInteractively();
    void exportReportInteractively();
    QString askPngPath(const QString &suggestedName);

    WorkspaceSession *m_session;
    LatestOnly m_latest;
    Data m_data;
    bool m_hasData = false;
    mutable bool m_staleChart[4] = {false, false, false, false};
    QString m_lastFolder;

    QLabel *m_status;
    QSpinBox *m_dpi;
    QTableWidget *m_report;
    QTabWidget *m_tabs;
    QChartView *m_criteriaView;
    QChartView *m_costView;
    QChartView *m_roundsView;
    QComboBox *m_roundsCampaign;
    QChartView *m_errorClassesView;
    QComboBox *m_errorCounted;
    ConfusionMatrixWidget *m_confusion;
    QComboBox *m_confusionCriterion;
    QComboBox *m_confusionCampaign;
    QComboBox *m_confusionPair;
    QTableWidget *m_agreementTable;
    QComboBox *m_agreementCampaign;
    QComboBox *m_agreementCriterion;
    StageCostPanel *m_stageCosts;
};

} // namespace wb::ui
