// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/stagecostpanel.h"

#include "charts/reportcharts.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
using Figures = review::CampaignCostBreakdown::Figures;

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QStringList cells(const QString &stage, const QString &mode, const Figures &f)
{
    const auto share = f.cacheReadShare();
    return {stage,
            mode,
            count(f.calls),
            count(f.cachedAnswers),
            count(f.failed),
            count(f.inputUncached),
            count(f.cacheRead),
            count(f.cacheWrite),
            f.reasoning > 0 ? StageCostPanel::tr("%1 (%2)").arg(count(f.output), count(f.reasoning)) : count(f.output),
            share ? QLocale().toString(*share * 100.0, 'f', 1) + u" %"_s : u"—"_s,
            f.cost.toNumber(4)};
}

QString costTip(const Figures &f)
{
    if (f.cost.isUnknown())
        return StageCostPanel::tr("No call here has a price (a model missing from the price catalogue, or no usage reported).");
    if (!f.cost.isComplete())
        return StageCostPanel::tr("At least this much: %n call(s) have no price.", nullptr, int(f.cost.unpricedCalls()));
    return StageCostPanel::tr("%n priced call(s)", nullptr, int(f.cost.pricedCalls()));
}
} // namespace

StageCostPanel::StageCostPanel(QWidget *parent)
    : QWidget(parent)
    , m_campaigns(new QWidget(this))
    , m_campaignsLayout(new QVBoxLayout(m_campaigns))
    , m_note(new QLabel(this))
    , m_chart(new QChartView(this))
{
    setObjectName(u"StageCostPanel"_s);
    m_chart->setObjectName(u"CostByStageChart"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setFrameShape(QFrame::NoFrame);
    m_chart->setMinimumSize(320, 260);
    m_note->setWordWrap(true);
    m_note->setText(tr("Tokens of the calls that reached a provider, each prompt token in one column: uncached, read from "
                       "the provider's cache, written to it; output includes reasoning. Cached answers came from the "
                       "workbench's own cache: no provider call, no cost. Batch calls are priced at the batch price; "
                       "\"≥\" marks a lower bound where calls have no price."));
    m_campaignsLayout->setContentsMargins(0, 0, 0, 0);
    m_campaignsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_campaigns);

    auto *save = new QPushButton(tr("Save Chart as PNG…"), this);
    connect(save, &QPushButton::clicked, this, &StageCostPanel::saveChartRequested);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(save);
    chartLayout->addLayout(top);
    chartLayout->addWidget(m_chart, 1);

    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(m_note);
    splitter->addWidget(left);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
}

void StageCostPanel::setBreakdown(const review::CampaignCostBreakdown &costs)
{
    m_costs = costs;
    m_tables.clear();
    while (QLayoutItem *item = m_campaignsLayout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    const QStringList headers{tr("Stage"), tr("Mode"), tr("Calls"), tr("Cached"), tr("Failed"), tr("Uncached in"),
                              tr("Cache read"), tr("Cache write"), tr("Out (reasoning)"), tr("Read share"), tr("Cost $")};
    const QStringList tips{{}, tr("batch: answered from a provider batch, at the batch price; sync: a call of its own"),
                           tr("Every call, cached and failed ones included"),
                           tr("Answered from the workbench's own cache: no provider call, no cost, no tokens counted"),
                           tr("Calls that ended in an error or were cancelled"),
                           tr("Prompt tokens neither read from nor written to the provider's cache"),
                           tr("Prompt tokens read from the provider's cache (cheaper)"),
                           tr("Prompt tokens written to the provider's cache"),
                           tr("Output tokens, reasoning included (in brackets)"),
                           tr("The share of prompt tokens read from the provider's cache"),
                           tr("The cost in USD; \"≥\": some calls have no price, \"—\": none has")};
    const auto colours = ReportCharts::Style::fromPalette(palette());
    int tablesWidth = 0;   // the widest table's columns
    for (int i = 0; i < m_costs.campaigns.size(); ++i) {
        const auto &c = m_costs.campaigns[i];
        auto *title = new QLabel(m_campaigns);
        title->setTextFormat(Qt::RichText);
        title->setText(u"<b>%1</b>"_s.arg(ReportCharts::campaignLabel(c.campaign, c.model).toHtmlEscaped()));
        m_campaignsLayout->addWidget(title);
        if (c.hidden || c.stages.isEmpty()) {
            auto *empty = new QLabel(c.hidden ? u"◌ "_s + tr("Withheld in blind review: the costs would tell the models apart. "
                                                             "They show once you have judged every finished example of the campaign.")
                                              : tr("No model calls recorded."),
                                     m_campaigns);
            empty->setWordWrap(true);
            m_campaignsLayout->addWidget(empty);
            continue;
        }
        auto *table = new QTableWidget(int(c.stages.size()) + 1, int(headers.size()), m_campaigns);
        table->setObjectName(u"CostByStageTable%1"_s.arg(i));
        table->setHorizontalHeaderLabels(headers);
        for (int col = 0; col < tips.size(); ++col)
            if (!tips[col].isEmpty())
                table->horizontalHeaderItem(col)->setToolTip(tips[col]);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->setAlternatingRowColors(true);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
        auto fill = [&](int row, const QStringList &values, const Figures &f, bool total) {
            for (int col = 0; col < values.size(); ++col) {
                auto *item = new QTableWidgetItem(values[col]);
                if (col >= 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (total) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
                table->setItem(row, col, item);
            }
            table->item(row, 10)->setToolTip(costTip(f));
        };
        for (int r = 0; r < c.stages.size(); ++r) {
            const auto &s = c.stages[r];
            fill(r, cells(s.stage, s.mode == review::CampaignCostBreakdown::Mode::Batch ? tr("batch") : tr("sync"), s.figures),
                 s.figures, false);
            table->item(r, 0)->setData(Qt::DecorationRole, ReportCharts::stageColor(s.stage, colours));
        }
        fill(int(c.stages.size()), cells(tr("Total"), QString(), c.total), c.total, true);
        table->resizeColumnsToContents();
        int columns = 2 * table->frameWidth() + 4;   // before the last column stretches
        for (int col = 0; col < table->columnCount(); ++col)
            columns += table->columnWidth(col);
        tablesWidth = std::max(tablesWidth, columns);
        table->horizontalHeader()->setStretchLastSection(true);
        const int height = table->horizontalHeader()->sizeHint().height()
                           + table->verticalHeader()->defaultSectionSize() * table->rowCount() + 2 * table->frameWidth() + 2;
        table->setFixedHeight(height + table->horizontalScrollBar()->sizeHint().height());
        m_campaignsLayout->addWidget(table);
        m_tables << table;
    }
    if (m_costs.campaigns.isEmpty())
        m_campaignsLayout->addWidget(new QLabel(tr("No campaign yet."), m_campaigns));
    m_campaignsLayout->addStretch(1);
    m_tablesWidth = tablesWidth;
    fitSplit();
    rebuildChart();
}

void StageCostPanel::fitSplit()
{
    // The tables as wide as their columns (the chart keeps 480 px), the chart the rest; once it is on
    // screen at its real width, so the user's split stays.
    if (m_sized || m_tablesWidth <= 0 || !isVisible())
        return;
    const int total = m_splitter->width();
    const int left = std::min(m_tablesWidth + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8, std::max(total - 480, total / 2));
    m_splitter->setSizes({left, total - left});
    m_sized = true;
}

void StageCostPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitSplit();
}

void StageCostPanel::rebuildChart()
{
    QChart *old = m_chart->chart();
    m_chart->setChart(ReportCharts::costByStage(m_costs, ReportCharts::Style::fromPalette(palette())));
    delete old;
}

void StageCostPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::StyleChange)   // light ↔ dark theme: the chart follows
        rebuildChart();
}

} // namespace wb::ui
