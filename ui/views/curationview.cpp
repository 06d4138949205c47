// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/curationview.h"

#include "util/error.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + u" %"_s : u"—"_s;
}

QString number(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : u"—"_s;
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

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c >= 2)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}
} // namespace

CurationView::CurationView(std::shared_ptr<store::Workspace> workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(std::move(workspace))
    , m_report(makeTable({tr("Campaign"), tr("Model"), tr("Examples"), tr("Auto success"), tr("Human-judged"), tr("Error-free"),
                          tr("Shows function"), tr("Correct function"), tr("Runtime s (success / failure)"),
                          tr("Cost $ (success / failure)"), tr("Rounds (success)")},
                         this))
    , m_agreement(makeTable({tr("Campaign"), tr("Criterion"), tr("Raters"), tr("Items"), tr("Agreement"), tr("Cohen's κ"),
                             tr("Fleiss' κ"), tr("Krippendorff's α")},
                            this))
    , m_chart(new QChartView(this))
    , m_status(new QLabel(this))
{
    m_pool.setMaxThreadCount(1);
    m_report->setObjectName(u"ReportTable"_s);
    m_agreement->setObjectName(u"AgreementTable"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &CurationView::reload);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(refresh);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_report);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_agreement);
    splitter->setSizes({160, 260, 260});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
}

CurationView::~CurationView()
{
    m_pool.waitForDone();
}

QString CurationView::statusText() const
{
    return m_status->text();
}

void CurationView::reload()
{
    const quint64 generation = ++m_generation;
    auto workspace = m_workspace;
    QtConcurrent::run(&m_pool, [workspace] {
        return std::pair(review::CampaignReport::compute(workspace), review::AgreementReport::compute(workspace));
    }).then(this, [this, generation](const std::pair<review::CampaignReport, review::AgreementReport> &loaded) {
          if (generation == m_generation)
              present(loaded.first, loaded.second);
      })
        .onFailed(this, [this](const Error &e) {
            m_status->setText(e.message());
            Q_EMIT failed(e.message());
        })
        .onFailed(this, [this](const std::exception &e) {
            m_status->setText(QString::fromUtf8(e.what()));
            Q_EMIT failed(m_status->text());
        });
}

void CurationView::present(const review::CampaignReport &report, const review::AgreementReport &agreement)
{
    m_report->setRowCount(int(report.rows.size()));
    for (int i = 0; i < report.rows.size(); ++i) {
        const auto &r = report.rows[i];
        setRow(m_report, i,
               {r.campaign, r.model, QString::number(r.examples), percent(r.autoSuccessRate), QString::number(r.humanJudged),
                percent(r.errorFree), percent(r.showsFunction), percent(r.correctFunction),
                number(r.runtimeSuccessS, 1) + u" / "_s + number(r.runtimeFailureS, 1),
                number(r.costSuccessUsd, 4) + u" / "_s + number(r.costFailureUsd, 4), number(r.roundsSuccess, 2)});
    }
    m_report->resizeColumnsToContents();

    const int rows = int(agreement.pairs.size() + agreement.groups.size());
    m_agreement->setRowCount(rows);
    int row = 0;
    for (const auto &p : agreement.pairs)
        setRow(m_agreement, row++,
               {p.campaign, p.criterion, p.raterA + u" × "_s + p.raterB, QString::number(p.result.items),
                p.result.items > 0 ? percent(p.result.observed) : u"—"_s, number(p.result.kappa, 3), QString(), QString()});
    for (const auto &g : agreement.groups)
        setRow(m_agreement, row++,
               {g.campaign, g.criterion, tr("%n annotator(s)", nullptr, g.krippendorff.raters), QString::number(g.krippendorff.items),
                QString(), QString(), number(g.fleiss.value, 3), number(g.krippendorff.value, 3)});
    m_agreement->resizeColumnsToContents();

    // Bars per criterion and campaign: the judge's success rate next to what the experts found.
    auto *chart = new QChart;
    chart->setTitle(tr("Judge and experts per campaign (share of examples)"));
    auto *series = new QBarSeries(chart);
    const std::pair<QString, std::optional<double> review::CampaignReport::Row::*> criteria[] = {
        {tr("Auto success (judge)"), &review::CampaignReport::Row::autoSuccessRate},
        {tr("Error-free"), &review::CampaignReport::Row::errorFree},
        {tr("Shows function"), &review::CampaignReport::Row::showsFunction},
        {tr("Correct function"), &review::CampaignReport::Row::correctFunction}};
    QStringList campaigns;
    for (const auto &r : report.rows)
        campaigns << r.campaign;
    for (const auto &[label, field] : criteria) {
        auto *set = new QBarSet(label, series);
        for (const auto &r : report.rows)
            *set << ((r.*field).value_or(0.0) * 100.0);
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(campaigns);
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(u"%d %%"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_status->setText(report.rows.isEmpty() ? tr("No finished campaign yet.")
                                            : tr("%n campaign(s); agreement needs human judgements (Review tab of an example).", nullptr,
                                                 int(report.rows.size())));
    Q_EMIT loaded();
}

} // namespace wb::ui
