// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/curationview.h"

#include "charts/chartimage.h"
#include "charts/reportcharts.h"
#include "review/blindview.h"
#include "session/workspacesession.h"
#include "util/error.h"
#include "views/stagecostpanel.h"
#include "widgets/confusionmatrixwidget.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
enum Role { CampaignRole = Qt::UserRole, CriterionRole, RaterARole, RaterBRole, PooledRole };

QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + u" %"_s : u"—"_s;
}

QString number(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : u"—"_s;
}

QString cost(const std::optional<llm::CostTotal> &v)
{
    return v ? v->toNumber(4) : u"—"_s;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QList<QTableWidgetItem *> setRow(QTableWidget *table, int row, const QStringList &cells, int firstNumeric = 2)
{
    QList<QTableWidgetItem *> items;
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c >= firstNumeric)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
        items << item;
    }
    return items;
}

/** A file name part made of letters, digits, '.', '_' and '-' only. */
QString safeName(const QString &s)
{
    QString out;
    for (const QChar c : s)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'_' || c == u'-' ? c : u'-';
    return out.isEmpty() ? u"campaign"_s : out;
}

void writeText(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        throw Error(CurationView::tr("Cannot write %1: %2. Choose a folder you may write to.").arg(path, file.errorString()));
}

QString criterionName(const QString &key)
{
    if (key == u"ran_without_error"_s)
        return CurationView::tr("Ran without error");
    if (key == u"shows_function"_s)
        return CurationView::tr("Shows function");
    if (key == u"function_correct"_s)
        return CurationView::tr("Function correct");
    if (key == u"decision"_s)
        return CurationView::tr("Decision");
    return key;
}

/** The strength of agreement of a κ in Landis and Koch's (1977) words. */
QString strength(const std::optional<double> &kappa)
{
    if (!kappa)
        return CurationView::tr("undefined: the raters' answers do not vary");
    const double k = *kappa;
    const QString words = k < 0       ? CurationView::tr("poor (below chance)")
                          : k <= 0.20 ? CurationView::tr("slight")
                          : k <= 0.40 ? CurationView::tr("fair")
                          : k <= 0.60 ? CurationView::tr("moderate")
                          : k <= 0.80 ? CurationView::tr("substantial")
                                      : CurationView::tr("almost perfect");
    return CurationView::tr("%1 agreement (Landis and Koch)").arg(words);
}

/** Selects the entry whose data is @p value, else the first. */
void restore(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}
} // namespace

CurationView::CurationView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_dpi(new QSpinBox(this))
    , m_report(makeTable({tr("Campaign"), tr("Model"), tr("Protocol"), tr("Examples"), tr("Auto success"), tr("Human-judged"), tr("Error-free"),
                          tr("Shows function"), tr("Correct function"), tr("Runtime s (success / failure)"),
                          tr("Cost $ (success / failure)"), tr("Rounds (success)")},
                         this))
    , m_tabs(new QTabWidget(this))
    , m_criteriaView(new QChartView(this))
    , m_costView(new QChartView(this))
    , m_roundsView(new QChartView(this))
    , m_roundsCampaign(new QComboBox(this))
    , m_errorClassesView(new QChartView(this))
    , m_errorCounted(new QComboBox(this))
    , m_confusion(new ConfusionMatrixWidget(this))
    , m_confusionCriterion(new QComboBox(this))
    , m_confusionCampaign(new QComboBox(this))
    , m_confusionPair(new QComboBox(this))
    , m_agreementTable(makeTable({tr("Campaign"), tr("Criterion"), tr("Raters"), tr("n"), tr("Observed agreement"), tr("Cohen's κ"),
                                  tr("Fleiss' κ"), tr("Krippendorff's α")},
                                 this))
    , m_agreementCampaign(new QComboBox(this))
    , m_agreementCriterion(new QComboBox(this))
    , m_stageCosts(new StageCostPanel(this))
{
    m_report->setObjectName(u"ReportTable"_s);
    m_agreementTable->setObjectName(u"AgreementTable"_s);
    m_agreementTable->horizontalHeader()->setStretchLastSection(false);
    for (QTableWidget *table : {m_report, m_agreementTable})
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    m_status->setWordWrap(true);

    m_dpi->setRange(72, 600);
    m_dpi->setSingleStep(24);
    m_dpi->setValue(ChartImage::DefaultDpi);
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setToolTip(tr("Resolution of the PNG files (96 DPI: the size on screen)"));
    auto *exportButton = new QPushButton(tr("&Export Report…"), this);
    exportButton->setToolTip(tr("Table 1 as Markdown, CSV and JSON and every chart as PNG, into a folder"));
    connect(exportButton, &QPushButton::clicked, this, &CurationView::exportReportInteractively);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &CurationView::reload);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(new QLabel(tr("PNG:"), this));
    bar->addWidget(m_dpi);
    bar->addWidget(exportButton);
    bar->addWidget(refresh);

    for (QChartView *view : {m_criteriaView, m_costView, m_roundsView, m_errorClassesView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        view->setFrameShape(QFrame::NoFrame);
    }
    m_criteriaView->setObjectName(u"CriteriaChart"_s);
    m_costView->setObjectName(u"CostCorrectnessChart"_s);
    m_roundsView->setObjectName(u"RoundsChart"_s);
    m_errorClassesView->setObjectName(u"ErrorClassesChart"_s);

    // Rounds: which campaign.
    auto *roundsControls = new QHBoxLayout;
    roundsControls->addWidget(new QLabel(tr("Campaign:"), this));
    roundsControls->addWidget(m_roundsCampaign);
    m_roundsCampaign->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_roundsCampaign, &QComboBox::currentIndexChanged, this, [this] { rebuildChart(Chart::Rounds); });
    auto *roundsBox = new QWidget(this);
    roundsControls->setContentsMargins(0, 0, 0, 0);
    roundsControls->addStretch(1);
    roundsBox->setLayout(roundsControls);

    m_tabs->setObjectName(u"CurationTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(chartPage(Chart::Criteria, nullptr), tr("Judge and experts"));
    m_tabs->addTab(chartPage(Chart::CostCorrectness, nullptr), tr("Cost and correctness"));
    m_tabs->addTab(chartPage(Chart::Rounds, roundsBox), tr("Rounds"));

    // Error classes: of the judged rounds or of the final failures.
    m_errorCounted->addItem(tr("Judged rounds"));
    m_errorCounted->addItem(tr("Final failures"));
    m_errorCounted->setObjectName(u"ErrorClassesCounted"_s);
    connect(m_errorCounted, &QComboBox::currentIndexChanged, this, [this] { rebuildChart(Chart::ErrorClasses); });
    auto *errorsBox = new QWidget(this);
    auto *errorsControls = new QHBoxLayout(errorsBox);
    errorsControls->setContentsMargins(0, 0, 0, 0);
    errorsControls->addWidget(new QLabel(tr("Count:"), this));
    errorsControls->addWidget(m_errorCounted);
    errorsControls->addWidget(new QLabel(tr("Correct a round's class in its example's verdict."), this));
    errorsControls->addStretch(1);
    m_tabs->addTab(chartPage(Chart::ErrorClasses, errorsBox), tr("Error classes"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int page) {
        if (page >= 0 && page <= int(Chart::ErrorClasses))
            ensureChart(Chart(page));   // the tabs hold the charts in enum order
    });

    // Confusion matrices: criterion, campaign (or all pooled), pair of raters.
    for (const QString &c : review::AgreementReport::criteria()) {
        m_confusionCriterion->addItem(criterionName(c), c);
        m_agreementCriterion->addItem(criterionName(c), c);
    }
    m_agreementCriterion->insertItem(0, tr("Every criterion"), QString());
    m_agreementCriterion->setCurrentIndex(0);
    m_confusionCriterion->setCurrentIndex(int(review::AgreementReport::criteria().indexOf(u"function_correct"_s)));
    m_confusionCampaign->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_confusionPair->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *confusionPage = new QWidget(this);
    auto *confusionControls = new QHBoxLayout;
    confusionControls->addWidget(new QLabel(tr("Criterion:"), this));
    confusionControls->addWidget(m_confusionCriterion);
    confusionControls->addWidget(new QLabel(tr("Campaign:"), this));
    confusionControls->addWidget(m_confusionCampaign);
    confusionControls->addWidget(new QLabel(tr("Raters:"), this));
    confusionControls->addWidget(m_confusionPair);
    confusionControls->addStretch(1);
    auto *saveMatrix = new QPushButton(tr("Save as PNG…"), this);
    connect(saveMatrix, &QPushButton::clicked, this, &CurationView::saveConfusionInteractively);
    confusionControls->addWidget(saveMatrix);
    auto *confusionLayout = new QVBoxLayout(confusionPage);
    confusionLayout->addLayout(confusionControls);
    confusionLayout->addWidget(m_confusion, 1);
    m_confusion->setObjectName(u"ConfusionMatrix"_s);
    connect(m_confusionCriterion, &QComboBox::currentIndexChanged, this, &CurationView::refreshConfusionPairs);
    connect(m_confusionCampaign, &QComboBox::currentIndexChanged, this, &CurationView::refreshConfusionPairs);
    connect(m_confusionPair, &QComboBox::currentIndexChanged, this, &CurationView::showConfusion);
    m_tabs->addTab(confusionPage, tr("Confusion matrices"));

    // The agreement table with its filters.
    auto *agreementPage = new QWidget(this);
    auto *agreementControls = new QHBoxLayout;
    agreementControls->addWidget(new QLabel(tr("Campaign:"), this));
    agreementControls->addWidget(m_agreementCampaign);
    agreementControls->addWidget(new QLabel(tr("Criterion:"), this));
    agreementControls->addWidget(m_agreementCriterion);
    agreementControls->addStretch(1);
    agreementControls->addWidget(new QLabel(tr("Double-click a pair for its confusion matrix."), this));
    m_agreementCampaign->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *agreementLayout = new QVBoxLayout(agreementPage);
    agreementLayout->addLayout(agreementControls);
    agreementLayout->addWidget(m_agreementTable, 1);
    connect(m_agreementCampaign, &QComboBox::currentIndexChanged, this, &CurationView::applyAgreementFilter);
    connect(m_agreementCriterion, &QComboBox::currentIndexChanged, this, &CurationView::applyAgreementFilter);
    connect(m_agreementTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { showPairInMatrix(row); });
    m_tabs->addTab(agreementPage, tr("Agreement"));
    m_tabs->addTab(m_stageCosts, tr("Cost by stage"));
    connect(m_stageCosts, &StageCostPanel::saveChartRequested, this, [this] {
        const QString path = askPngPath(u"cost-by-stage.png"_s);
        if (path.isEmpty())
            return;
        try {
            saveCostByStagePng(path);
            m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Save Chart as PNG"), e.message());
        }
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_report);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({150, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
}

CurationView::~CurationView() = default;

QWidget *CurationView::chartPage(Chart chart, QWidget *controls)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    if (controls)
        top->addWidget(controls, 1);
    else
        top->addStretch(1);
    auto *save = new QPushButton(tr("Save Chart as PNG…"), page);
    connect(save, &QPushButton::clicked, this, [this, chart] { saveChartInteractively(chart); });
    top->addWidget(save);
    layout->addLayout(top);
    layout->addWidget(chartView(chart), 1);
    return page;
}

QChartView *CurationView::chartView(Chart chart) const
{
    ensureChart(chart);
    return viewOf(chart);
}

QChartView *CurationView::viewOf(Chart chart) const
{
    switch (chart) {
    case Chart::Criteria:
        return m_criteriaView;
    case Chart::CostCorrectness:
        return m_costView;
    case Chart::Rounds:
        return m_roundsView;
    case Chart::ErrorClasses:
        break;
    }
    return m_errorClassesView;
}

QString CurationView::statusText() const
{
    return m_status->text();
}

int CurationView::exportDpi() const
{
    return m_dpi->value();
}

void CurationView::setExportDpi(int dpi)
{
    m_dpi->setValue(dpi);
}

void CurationView::reload()
{
    // One background load for everything the tab shows; the GUI thread only formats the values.
    m_session->load(
        this, m_latest,
        [annotator = m_session->annotator()](const std::shared_ptr<store::Workspace> &workspace) {
            Data data{review::CampaignReport::compute(workspace), review::AgreementReport::compute(workspace), {},
                      review::ReportSeries::compute(workspace), review::ErrorTaxonomy::compute(workspace),
                      review::CampaignCostBreakdown::compute(workspace), {}};
            data.pooled = data.agreement.pooledPairs();
            data.costs.hideFrom(review::BlindView::of(workspace, annotator));   // costs tell the models apart
            const QJsonDocument all(QJsonArray{data.report.toJson(), data.agreement.toJson(), data.series.toJson(), data.taxonomy.toJson(),
                                               data.costs.toJson()});
            data.fingerprint = QCryptographicHash::hash(all.toJson(QJsonDocument::Compact), QCryptographicHash::Sha1);
            return data;
        },
        [this](const Data &data) {
            if (m_hasData && data.fingerprint == m_data.fingerprint) {
                Q_EMIT loaded();   // nothing new: tables and charts stay as they are
                return;
            }
            present(data);
        },
        [this](const QString &message) {
            m_status->setText(message);
            Q_EMIT failed(message);
        });
}

void CurationView::present(const Data &data)
{
    m_data = data;
    m_hasData = true;
    fillReportTable();
    fillCombos();   // before the charts: the rounds chart follows its campaign box
    fillAgreementTable();
    m_stageCosts->setBreakdown(m_data.costs);
    rebuildCharts();
    refreshConfusionPairs();
    int examples = 0, judged = 0;
    for (const auto &r : m_data.report.rows) {
        examples += r.examples;
        judged += r.humanJudged;
    }
    QString status = m_data.report.rows.isEmpty()
                         ? tr("No finished campaign yet.")
                         : tr("Campaigns: %1 · finished examples: %2 · human-judged: %3 (judge them in an example's Review tab)")
                               .arg(m_data.report.rows.size())
                               .arg(examples)
                               .arg(judged);
    // Rates of campaigns under different protocols are not comparable: say so where they are compared.
    for (const QString &warning : m_data.report.comparabilityWarnings())
        status += u"\n⚠ "_s + warning;
    m_status->setText(status);
    Q_EMIT loaded();
}

void CurationView::fillReportTable()
{
    const auto &rows = m_data.report.rows;
    m_report->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const auto &r = rows[i];
        const auto items = setRow(m_report, i,
                                  {r.campaign, r.model, r.protocol, QString::number(r.examples), percent(r.autoSuccessRate),
                                   QString::number(r.humanJudged),
                                   percent(r.errorFree), percent(r.showsFunction), percent(r.correctFunction),
                                   number(r.runtimeSuccessS, 1) + u" / "_s + number(r.runtimeFailureS, 1),
                                   cost(r.costSuccess) + u" / "_s + cost(r.costFailure), number(r.roundsSuccess, 2)},
                                  3);
        items.first()->setData(Qt::DecorationRole, ReportCharts::campaignColor(i, ReportCharts::Style::fromPalette(palette())));
        items.at(2)->setToolTip(r.departures.isEmpty() ? tr("Run as the protocol says (hash %1)").arg(r.protocolHash)
                                                       : tr("Departs from its protocol: %1").arg(r.departures.join(u", "_s)));
    }
    m_report->resizeColumnsToContents();
}

void CurationView::fillCombos()
{
    const QVariant rounds = m_roundsCampaign->currentData();
    const QVariant confusion = m_confusionCampaign->currentData();
    const QVariant agreement = m_agreementCampaign->currentData();
    const QSignalBlocker b1(m_roundsCampaign), b2(m_confusionCampaign), b3(m_agreementCampaign);
    m_roundsCampaign->clear();
    m_confusionCampaign->clear();
    m_agreementCampaign->clear();
    m_roundsCampaign->addItem(tr("All campaigns"), -1);
    m_confusionCampaign->addItem(tr("All campaigns (pooled)"), QString());
    m_agreementCampaign->addItem(tr("Every campaign"), QVariant());
    m_agreementCampaign->addItem(tr("All campaigns (pooled)"), QString());
    for (int i = 0; i < m_data.series.campaigns.size(); ++i) {
        const auto &c = m_data.series.campaigns[i];
        const QString label = ReportCharts::campaignLabel(c.campaign, c.model);
        m_roundsCampaign->addItem(label, i);
        m_confusionCampaign->addItem(label, c.campaign);
        m_agreementCampaign->addItem(label, c.campaign);
    }
    restore(m_roundsCampaign, rounds);
    restore(m_confusionCampaign, confusion.isValid() ? confusion : QVariant(QString()));
    restore(m_agreementCampaign, agreement);
}

void CurationView::fillAgreementTable()
{
    // Ordered for reading: per campaign (the table's order) and criterion, the judge's pairs first, then
    // the annotators' pairs, then the group of annotators; the pooled pairs last.
    struct Entry
    {
        int campaign, criterion, kind;
        const review::AgreementReport::Pair *pair;
        const review::AgreementReport::Group *group;
    };
    QStringList campaigns;
    for (const auto &r : m_data.report.rows)
        campaigns << r.campaign;
    const QStringList &criteria = review::AgreementReport::criteria();
    QList<Entry> entries;
    for (const auto &p : m_data.agreement.pairs)
        entries.append({int(campaigns.indexOf(p.campaign)), int(criteria.indexOf(p.criterion)), p.raterA == QLatin1StringView(review::AgreementReport::JudgeRater) ? 0 : 1, &p, nullptr});
    for (const auto &g : m_data.agreement.groups)
        entries.append({int(campaigns.indexOf(g.campaign)), int(criteria.indexOf(g.criterion)), 2, nullptr, &g});
    for (const auto &p : m_data.pooled)
        entries.append({int(campaigns.size()), int(criteria.indexOf(p.criterion)), p.raterA == QLatin1StringView(review::AgreementReport::JudgeRater) ? 0 : 1, &p, nullptr});
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.campaign, a.criterion, a.kind) < std::tie(b.campaign, b.criterion, b.kind);
    });

    m_agreementTable->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const Entry &e = entries[row];
        const bool pooled = e.campaign == campaigns.size();
        QList<QTableWidgetItem *> items;
        if (e.pair) {
            const auto &p = *e.pair;
            items = setRow(m_agreementTable, row,
                           {pooled ? tr("all (pooled)") : p.campaign, criterionName(p.criterion), p.raterA + u" × "_s + p.raterB,
                            QString::number(p.result.items), p.result.items > 0 ? percent(p.result.observed) : u"—"_s,
                            number(p.result.kappa, 3), QString(), QString()},
                           3);
            items.first()->setData(RaterARole, p.raterA);
            items.first()->setData(RaterBRole, p.raterB);
            items[5]->setToolTip(strength(p.result.kappa));
        } else {
            const auto &g = *e.group;
            items = setRow(m_agreementTable, row,
                           {g.campaign, criterionName(g.criterion), tr("%n annotator(s)", nullptr, g.krippendorff.raters),
                            QString::number(g.krippendorff.items), QString(), QString(), number(g.fleiss.value, 3),
                            number(g.krippendorff.value, 3)},
                           3);
            items[6]->setToolTip(strength(g.fleiss.value));
        }
        items.first()->setData(CampaignRole, pooled ? QString() : campaigns.value(e.campaign));
        items.first()->setData(CriterionRole, criteria.value(e.criterion));
        items.first()->setData(PooledRole, pooled);
    }
    m_agreementTable->resizeColumnsToContents();
    applyAgreementFilter();
}

void CurationView::applyAgreementFilter()
{
    // Campaign filter: invalid = every row; "" = the pooled rows; a name = that campaign's rows.
    const QVariant campaign = m_agreementCampaign->currentData();
    const QString criterion = m_agreementCriterion->currentData().toString();
    for (int r = 0; r < m_agreementTable->rowCount(); ++r) {
        const QTableWidgetItem *first = m_agreementTable->item(r, 0);
        bool show = criterion.isEmpty() || first->data(CriterionRole).toString() == criterion;
        if (campaign.isValid()) {
            const QString wanted = campaign.toString();
            show = show && (wanted.isEmpty() ? first->data(PooledRole).toBool()
                                             : !first->data(PooledRole).toBool() && first->data(CampaignRole).toString() == wanted);
        }
        m_agreementTable->setRowHidden(r, !show);
    }
}

void CurationView::refreshConfusionPairs()
{
    const QVariant previous = m_confusionPair->currentData();
    const QString criterion = m_confusionCriterion->currentData().toString();
    const QString campaign = m_confusionCampaign->currentData().toString();
    const auto &pairs = campaign.isEmpty() ? m_data.pooled : m_data.agreement.pairs;
    {
        const QSignalBlocker blocker(m_confusionPair);
        m_confusionPair->clear();
        for (const auto &p : pairs)
            if (p.criterion == criterion && (campaign.isEmpty() || p.campaign == campaign))
                m_confusionPair->addItem(p.raterA + u" × "_s + p.raterB, QStringList{p.raterA, p.raterB});
        restore(m_confusionPair, previous);
    }
    showConfusion();
}

void CurationView::showConfusion()
{
    const QStringList raters = m_confusionPair->currentData().toStringList();
    if (raters.size() != 2) {
        m_confusion->clear(m_data.agreement.pairs.isEmpty() ? tr("No human judgements yet: judge examples in the Review tab of an example.")
                                                            : tr("No pair of raters for this campaign and criterion."));
        return;
    }
    const QString criterion = m_confusionCriterion->currentData().toString();
    const QString campaign = m_confusionCampaign->currentData().toString();
    const auto &pairs = campaign.isEmpty() ? m_data.pooled : m_data.agreement.pairs;
    for (const auto &p : pairs)
        if (p.criterion == criterion && p.campaign == campaign && p.raterA == raters[0] && p.raterB == raters[1]) {
            m_confusion->setPairwise(p.raterA, p.raterB, p.result);
            m_confusion->setTitle(criterionName(criterion) + u" · "_s + m_confusionCampaign->currentText());
            return;
        }
}

void CurationView::showPairInMatrix(int agreementRow)
{
    const QTableWidgetItem *first = m_agreementTable->item(agreementRow, 0);
    if (!first || first->data(RaterARole).toString().isEmpty())
        return;   // a group row: no single matrix
    restore(m_confusionCriterion, first->data(CriterionRole));
    restore(m_confusionCampaign, first->data(PooledRole).toBool() ? QString() : first->data(CampaignRole).toString());
    restore(m_confusionPair, QStringList{first->data(RaterARole).toString(), first->data(RaterBRole).toString()});
    m_tabs->setCurrentWidget(m_confusion->parentWidget());
}

QChart *CurationView::buildChart(Chart chart, bool forPrint) const
{
    const auto style = forPrint ? ReportCharts::Style::light() : ReportCharts::Style::fromPalette(palette());
    switch (chart) {
    case Chart::Criteria:
        return ReportCharts::criteria(m_data.report, style);
    case Chart::CostCorrectness:
        return ReportCharts::costCorrectness(m_data.series, style);
    case Chart::Rounds:
        return ReportCharts::rounds(m_data.series, m_roundsCampaign->currentData().toInt(), style);
    case Chart::ErrorClasses:
        break;
    }
    return ReportCharts::errorClasses(m_data.taxonomy, m_errorCounted->currentIndex() == 1, style);
}

void CurationView::rebuildChart(Chart chart) const
{
    m_staleChart[int(chart)] = false;
    if (!m_hasData)
        return;
    QChartView *view = viewOf(chart);
    QChart *old = view->chart();
    view->setChart(buildChart(chart, false));
    delete old;
}

void CurationView::rebuildCharts()
{
    // Building a chart costs the GUI thread tens of milliseconds: only the one on screen now.
    for (bool &stale : m_staleChart)
        stale = true;
    if (const int page = m_tabs->currentIndex(); page >= 0 && page <= int(Chart::ErrorClasses))
        rebuildChart(Chart(page));
}

void CurationView::ensureChart(Chart chart) const
{
    if (m_staleChart[int(chart)])
        rebuildChart(chart);
}

void CurationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::StyleChange)   // light ↔ dark theme: the charts follow
        rebuildCharts();
}

void CurationView::saveChartPng(Chart chart, const QString &path) const
{
    ChartImage::savePng(ChartImage::render(buildChart(chart, true), ChartImage::defaultSize(), exportDpi()), path);
}

void CurationView::saveConfusionMatrixPng(const QString &path) const
{
    // A copy in print colours at its natural size, so the file does not depend on the window.
    ConfusionMatrixWidget copy;
    const auto style = ReportCharts::Style::light();
    QPalette print = copy.palette();
    for (const auto role : {QPalette::Base, QPalette::Window})
        print.setColor(role, style.background);
    for (const auto role : {QPalette::Text, QPalette::WindowText})
        print.setColor(role, style.text);
    print.setColor(QPalette::Highlight, ReportCharts::campaignColor(0, style));
    copy.setPalette(print);
    if (m_confusion->categories().isEmpty())
        copy.clear(m_confusion->summary());
    else {
        const QString criterion = m_confusionCriterion->currentData().toString();
        const QString campaign = m_confusionCampaign->currentData().toString();
        const auto &pairs = campaign.isEmpty() ? m_data.pooled : m_data.agreement.pairs;
        for (const auto &p : pairs)
            if (p.criterion == criterion && p.campaign == campaign && p.raterA == m_confusion->rowRater()
                && p.raterB == m_confusion->columnRater())
                copy.setPairwise(p.raterA, p.raterB, p.result);
        copy.setTitle(m_confusion->title());
    }
    copy.resize(copy.sizeHint() + QSize(24, 24));
    ChartImage::savePng(ChartImage::render(&copy, exportDpi()), path);
}

void CurationView::saveCostByStagePng(const QString &path) const
{
    ChartImage::savePng(ChartImage::render(ReportCharts::costByStage(m_data.costs, ReportCharts::Style::light()), ChartImage::defaultSize(),
                                           exportDpi()),
                        path);
}

QStringList CurationView::reportFileNames() const
{
    QStringList names{u"table1.md"_s, u"table1.csv"_s, u"report.json"_s, u"criteria.png"_s, u"cost-correctness.png"_s, u"rounds.png"_s};
    QStringList used;
    for (int i = 0; i < m_data.series.campaigns.size(); ++i) {
        QString name = u"rounds-"_s + safeName(m_data.series.campaigns[i].campaign);
        if (used.contains(name))
            name += u"-%1"_s.arg(i + 1);
        used << name;
        names << name + u".png"_s;
    }
    names << u"error-classes-rounds.png"_s << u"error-classes-failures.png"_s << u"confusion-matrix.png"_s << u"cost-by-stage.md"_s
          << u"cost-by-stage.csv"_s << u"cost-by-stage.png"_s;
    return names;
}

QStringList CurationView::exportReport(const QString &folder) const
{
    if (folder.isEmpty() || !QDir().mkpath(folder))
        throw Error(tr("Cannot create the folder %1. Choose a folder you may write to.").arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    QStringList written;
    for (const QString &name : reportFileNames())
        written << dir.filePath(name);
    writeText(written[0], m_data.report.toMarkdown().toUtf8());
    writeText(written[1], m_data.report.toCsv().toUtf8());
    QJsonObject json = m_data.report.toJson();
    json.insert(u"series"_s, m_data.series.toJson());
    json.insert(u"error_classes"_s, m_data.taxonomy.toJson());
    json.insert(u"agreement"_s, m_data.agreement.toJson());
    m_data.costs.insertInto(json);
    writeText(written[2], QJsonDocument(json).toJson(QJsonDocument::Indented));
    saveChartPng(Chart::Criteria, written[3]);
    saveChartPng(Chart::CostCorrectness, written[4]);
    const auto style = ReportCharts::Style::light();
    const QSize size = ChartImage::defaultSize();
    ChartImage::savePng(ChartImage::render(ReportCharts::rounds(m_data.series, -1, style), size, exportDpi()), written[5]);
    for (int i = 0; i < m_data.series.campaigns.size(); ++i)
        ChartImage::savePng(ChartImage::render(ReportCharts::rounds(m_data.series, i, style), size, exportDpi()), written[6 + i]);
    const qsizetype errors = written.size() - 6;
    ChartImage::savePng(ChartImage::render(ReportCharts::errorClasses(m_data.taxonomy, false, style), size, exportDpi()), written[errors]);
    ChartImage::savePng(ChartImage::render(ReportCharts::errorClasses(m_data.taxonomy, true, style), size, exportDpi()), written[errors + 1]);
    saveConfusionMatrixPng(written[errors + 2]);
    writeText(written[errors + 3], m_data.costs.toMarkdown().toUtf8());
    writeText(written[errors + 4], m_data.costs.toCsv().toUtf8());
    saveCostByStagePng(written[errors + 5]);
    return written;
}

QString CurationView::askPngPath(const QString &suggestedName)
{
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save as PNG"), QDir(m_lastFolder).filePath(suggestedName), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path += u".png"_s;
    m_lastFolder = QFileInfo(path).absolutePath();
    return path;
}

void CurationView::saveChartInteractively(Chart chart)
{
    const QString path = askPngPath(chart == Chart::Criteria          ? u"criteria.png"_s
                                    : chart == Chart::CostCorrectness ? u"cost-correctness.png"_s
                                    : chart == Chart::Rounds          ? u"rounds.png"_s
                                    : m_errorCounted->currentIndex() == 1 ? u"error-classes-failures.png"_s
                                                                          : u"error-classes-rounds.png"_s);
    if (path.isEmpty())
        return;
    try {
        saveChartPng(chart, path);
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Save Chart as PNG"), e.message());
    }
}

void CurationView::saveConfusionInteractively()
{
    const QString path = askPngPath(u"confusion-matrix.png"_s);
    if (path.isEmpty())
        return;
    try {
        saveConfusionMatrixPng(path);
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Save as PNG"), e.message());
    }
}

void CurationView::exportReportInteractively()
{
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Report into Folder"), m_lastFolder);
    if (folder.isEmpty())
        return;
    m_lastFolder = folder;
    exportReportInto(folder);
}

bool CurationView::exportReportInto(const QString &folder)
{
    // Nothing is replaced unasked: files of an earlier report (or anything else by those names) are named.
    QStringList existing;
    for (const QString &name : reportFileNames())
        if (QFileInfo::exists(QDir(folder).filePath(name)))
            existing << name;
    if (!existing.isEmpty()) {
        const QString shown = existing.mid(0, 5).join(u", "_s) + (existing.size() > 5 ? u", …"_s : QString());
        const auto answer = QMessageBox::question(
            this, tr("Export Report"),
            tr("The folder %1 already holds %n file(s) the report writes (%2). Replace them?", nullptr, int(existing.size()))
                .arg(QDir::toNativeSeparators(folder), shown),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    try {
        const QStringList files = exportReport(folder);
        m_status->setText(tr("Exported %n file(s) to %1.", nullptr, int(files.size())).arg(QDir::toNativeSeparators(folder)));
        return true;
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export Report"), e.message());
        return false;
    }
}

} // namespace wb::ui
