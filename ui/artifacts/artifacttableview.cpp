// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifacttableview.h"

#include "artifacts/artifacttablemodel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::ui {

using artifacts::ArtifactChange;
using artifacts::CsvTable;

ArtifactTableView::ArtifactTableView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new ArtifactTableModel(this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_x(new QComboBox(this))
    , m_y(new QComboBox(this))
    , m_style(new QComboBox(this))
    , m_chart(new QChartView(this))
{
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setMargin(6);
    m_banner->hide();
    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(ArtifactTableModel::SortRole);
    m_view->setModel(m_sort);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);   // the file's order until a header is clicked
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);

    m_style->addItem(tr("Points"));
    m_style->addItem(tr("Line"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(260);
    auto *plotPane = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("X:"), m_x);
    form->addRow(tr("Y:"), m_y);
    form->addRow(tr("Show as:"), m_style);
    auto *plotLayout = new QVBoxLayout(plotPane);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->addLayout(form);
    plotLayout->addWidget(m_chart, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(plotPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_x, &QComboBox::currentIndexChanged, this, &ArtifactTableView::plot);
    connect(m_y, &QComboBox::currentIndexChanged, this, &ArtifactTableView::plot);
    connect(m_style, &QComboBox::currentIndexChanged, this, &ArtifactTableView::plot);
}

void ArtifactTableView::setTable(const CsvTable &table)
{
    m_table = table;
    m_comparing = false;
    m_older = {};
    m_diff = {};
    m_model->setTable(table);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->resizeColumnsToContents();
    fillAxes();
    updateBanner();
}

void ArtifactTableView::setComparison(const CsvTable &older, const artifacts::ArtifactDiff &diff, int olderRound)
{
    m_older = older;
    m_diff = diff;
    m_olderRound = olderRound;
    m_comparing = true;
    m_model->setComparison(older, diff);
    plot();
    updateBanner();
}

void ArtifactTableView::clearComparison()
{
    m_comparing = false;
    m_model->clearComparison();
    plot();
    updateBanner();
}

void ArtifactTableView::fillAxes()
{
    const QSignalBlocker bx(m_x);
    const QSignalBlocker by(m_y);
    m_x->clear();
    m_y->clear();
    for (qsizetype c = 0; c < m_table.columnCount(); ++c) {
        if (m_table.columns().at(c).type != CsvTable::ColumnType::Number)
            continue;
        m_x->addItem(m_table.columns().at(c).name, int(c));
        m_y->addItem(m_table.columns().at(c).name, int(c));
    }
    m_x->setCurrentIndex(m_x->count() > 0 ? 0 : -1);
    m_y->setCurrentIndex(m_y->count() > 1 ? 1 : -1);
    plot();
}

void ArtifactTableView::plot()
{
    auto *chart = new QChart;
    m_series = nullptr;
    m_olderSeries = nullptr;
    const QPalette pal = palette();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    const int xc = m_x->currentData().isValid() ? m_x->currentData().toInt() : -1;
    const int yc = m_y->currentData().isValid() ? m_y->currentData().toInt() : -1;
    if (xc < 0 || yc < 0) {
        chart->setTitle(tr("Choose two number columns to plot."));
        m_chart->setChart(chart);
        return;
    }
    const bool line = m_style->currentIndex() == 1;
    const auto makeSeries = [line](const QString &name) -> QXYSeries * {
        QXYSeries *s = line ? static_cast<QXYSeries *>(new QLineSeries) : static_cast<QXYSeries *>(new QScatterSeries);
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            scatter->setMarkerSize(7);
        s->setName(name);
        return s;
    };
    const auto pointsOf = [](const CsvTable &t, qsizetype x, qsizetype y) {
        QList<QPointF> points;
        for (qsizetype r = 0; r < t.rowCount(); ++r) {
            const double vx = t.number(r, x);
            const double vy = t.number(r, y);
            if (std::isfinite(vx) && std::isfinite(vy))
                points.append({vx, vy});
        }
        return points;
    };
    const QString xName = m_table.columns().at(xc).name;
    const QString yName = m_table.columns().at(yc).name;
    QList<QXYSeries *> all;
    if (m_comparing) {
        const auto ox = m_older.columnIndex(xName);
        const auto oy = m_older.columnIndex(yName);
        if (ox && oy && m_older.columns().at(*ox).type == CsvTable::ColumnType::Number
            && m_older.columns().at(*oy).type == CsvTable::ColumnType::Number) {
            m_olderSeries = makeSeries(tr("Round %1").arg(m_olderRound));
            m_olderSeries->replace(pointsOf(m_older, *ox, *oy));
            m_olderSeries->setColor(pal.color(QPalette::PlaceholderText));
            all << m_olderSeries;
        }
    }
    m_series = makeSeries(m_comparing ? tr("This round") : yName);
    m_series->replace(pointsOf(m_table, xc, yc));
    m_series->setColor(pal.color(QPalette::Highlight));
    all << m_series;
    for (QXYSeries *s : std::as_const(all))
        chart->addSeries(s);
    auto *axisX = new QValueAxis;
    auto *axisY = new QValueAxis;
    for (QValueAxis *axis : {axisX, axisY}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Mid));
    }
    axisX->setTitleText(xName);
    axisY->setTitleText(yName);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    // Ranges over every series, a little padded, so single points and flat lines stay visible.
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (QXYSeries *s : std::as_const(all)) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
        for (const QPointF &p : s->points()) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    }
    if (std::isfinite(x0)) {
        const double px = x1 > x0 ? (x1 - x0) * 0.05 : 1;
        const double py = y1 > y0 ? (y1 - y0) * 0.05 : 1;
        axisX->setRange(x0 - px, x1 + px);
        axisY->setRange(y0 - py, y1 + py);
        axisX->applyNiceNumbers();
        axisY->applyNiceNumbers();
    }
    chart->legend()->setVisible(m_comparing);
    m_chart->setChart(chart);   // the view owns the chart and deletes the previous one
}

void ArtifactTableView::updateBanner()
{
    QStringList lines;
    for (const CsvTable::Warning &w : m_table.warnings())
        if (w.code != u"no_header"_s)
            lines << w.message;
    if (m_comparing) {
        const qsizetype changed = m_diff.count(ArtifactChange::Kind::Changed);
        const qsizetype added = m_diff.count(ArtifactChange::Kind::Added);
        const qsizetype removed = m_diff.count(ArtifactChange::Kind::Removed);
        QString line = m_diff.isEmpty() ? tr("Compared with round %1: no difference.").arg(m_olderRound)
                                        : tr("Compared with round %1: %2 changed, %3 added, %4 removed.")
                                              .arg(m_olderRound)
                                              .arg(changed)
                                              .arg(added)
                                              .arg(removed);
        line += u" "_s + (m_diff.keyColumn().isEmpty() ? tr("Rows matched by position.") : tr("Rows matched by %1.").arg(m_diff.keyColumn()));
        lines << line;
    }
    m_banner->setText(lines.join(u'\n'));
    m_banner->setVisible(!lines.isEmpty());
}

} // namespace wb::ui
