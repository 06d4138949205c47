// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/reportcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QLogValueAxis>
#include <QPalette>
#include <QPen>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::ReportCharts)
};

using Row = review::CampaignReport::Row;

void applyStyle(QChart *chart, const ReportCharts::Style &style, const QString &title)
{
    chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(style.text);
    QFont font = chart->titleFont();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.15);
    chart->setTitleFont(font);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(style.text);
    chart->setAnimationOptions(QChart::NoAnimation);   // values, not motion: and an export is never mid-animation
}

void styleAxis(QAbstractAxis *axis, const ReportCharts::Style &style, const QString &title)
{
    axis->setLabelsBrush(style.text);
    axis->setTitleBrush(style.text);
    axis->setTitleText(title);
    axis->setGridLineColor(style.grid);
    axis->setLinePenColor(style.grid);
    QFont font = axis->titleFont();
    font.setBold(false);
    axis->setTitleFont(font);
}

/** A step of 1, 2 or 5 × 10^k that cuts @p range into at most @p ticks intervals. */
double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}
} // namespace

ReportCharts::Style ReportCharts::Style::fromPalette(const QPalette &palette)
{
    Style s;
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.dark = s.background.lightness() < 128;
    s.grid = s.text;
    s.grid.setAlpha(s.dark ? 60 : 45);
    return s;
}

ReportCharts::Style ReportCharts::Style::light()
{
    Style s;
    s.background = Qt::white;
    s.text = QColor(0x20, 0x20, 0x20);
    s.grid = QColor(0xd4, 0xd4, 0xd4);
    return s;
}

QColor ReportCharts::campaignColor(int index, const Style &style)
{
    // Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
    static const QRgb colours[] = {0x0072B2, 0xE69F00, 0xCC79A7, 0x009E73, 0x56B4E9, 0xD55E00, 0xF0E442, 0x7F7F7F};
    const QColor c = QColor::fromRgb(colours[index % int(std::size(colours))]);
    return style.dark ? c.lighter(125) : c;
}

QString ReportCharts::campaignLabel(const QString &campaign, const QString &model)
{
    if (model.isEmpty() || model.startsWith(u'/') || model.endsWith(u'/'))   // no generator configured
        return campaign;
    if (model == campaign || model.endsWith(u'/' + campaign))
        return model;
    return campaign + u" · "_s + model;
}

QChart *ReportCharts::criteria(const review::CampaignReport &report, const Style &style)
{
    auto *chart = new QChart;
    applyStyle(chart, style, Tr::tr("Judge and experts per model"));
    auto *series = new QBarSeries(chart);
    const std::optional<double> Row::*fields[] = {&Row::autoSuccessRate, &Row::errorFree, &Row::showsFunction, &Row::correctFunction};
    for (int i = 0; i < report.rows.size(); ++i) {
        const Row &r = report.rows[i];
        auto *set = new QBarSet(Tr::tr("%1 (n = %2 judged)").arg(campaignLabel(r.campaign, r.model)).arg(r.humanJudged), series);
        const QColor colour = campaignColor(i, style);
        set->setColor(colour);
        set->setBorderColor(colour.darker(120));
        set->setLabelColor(style.text);
        for (const auto field : fields)
            *set << std::round((r.*field).value_or(0.0) * 1000.0) / 10.0;   // one decimal, as in the table
        series->append(set);
    }
    series->setBarWidth(0.8);   // wide enough for a "66.7 %" label above each bar
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value %"_s);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append({Tr::tr("Auto success (judge)"), Tr::tr("Error-free"), Tr::tr("Shows function"), Tr::tr("Correct function")});
    styleAxis(x, style, Tr::tr("Auto success: the LLM judge, of finished examples · other criteria: the experts' majority, of human-judged examples"));
    auto *y = new QValueAxis(chart);
    y->setRange(0, 116);   // room for the labels above a full bar, also in a low chart
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(20);
    y->setLabelFormat(u"%d %%"_s);
    styleAxis(y, style, Tr::tr("Share of examples"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

double ReportCharts::jitter(qint64 exampleId)
{
    // A fixed scramble of the id (splitmix64), so a point keeps its place across reloads and exports.
    quint64 z = quint64(exampleId) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return (double(z % 10001) / 10000.0 - 0.5) * 14.0;
}

QChart *ReportCharts::costCorrectness(const review::ReportSeries &series, const Style &style)
{
    // Per-example points rather than one point per model: three means alone would hide how cost is
    // spread and whether the correct examples are the cheap or the expensive ones. Each example sits in
    // the band of its verdict (correct at 100 %, not correct at 0 %), spread vertically by a stable
    // jitter so that examples of equal cost stay visible; the model's mean then lands between the bands
    // exactly at its share correct, on the same percent axis.
    auto *chart = new QChart;
    applyStyle(chart, style, Tr::tr("Cost and correctness per example"));
    double maxCost = 0;
    double minCost = std::numeric_limits<double>::max();
    QList<QScatterSeries *> means;
    for (int i = 0; i < series.campaigns.size(); ++i) {
        const auto &c = series.campaigns[i];
        const QColor colour = campaignColor(i, style);
        auto *points = new QScatterSeries(chart);
        points->setName(Tr::tr("%1 (n = %2)").arg(campaignLabel(c.campaign, c.model)).arg(c.humanJudged()));
        points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        points->setMarkerSize(10);
        QColor fill = colour;
        fill.setAlpha(170);
        points->setColor(fill);
        points->setBorderColor(colour.darker(130));
        QList<QPointF> xy;
        xy.reserve(c.points.size());
        int unknownCost = 0;
        for (const auto &p : c.points) {
            if (p.correct == review::ReportSeries::Majority::None)
                continue;
            const auto cost = p.cost.value();
            if (!cost) {   // no place on a cost axis for an unknown cost (never drawn as $0)
                ++unknownCost;
                continue;
            }
            const double band = p.correct == review::ReportSeries::Majority::Yes ? 100.0 : 0.0;
            xy.append({*cost, band + jitter(p.exampleId)});
            maxCost = std::max(maxCost, *cost);
            minCost = std::min(minCost, *cost);
        }
        if (unknownCost > 0)
            points->setName(Tr::tr("%1 (n = %2, %3 of unknown cost not shown)")
                                .arg(campaignLabel(c.campaign, c.model))
                                .arg(c.humanJudged())
                                .arg(unknownCost));
        points->replace(xy);   // one change for thousands of points, not one per point
        chart->addSeries(points);
        if (const auto share = c.shareCorrect(); share && c.meanCostJudgedUsd()) {
            auto *mean = new QScatterSeries(chart);
            mean->setName(Tr::tr("%1: mean").arg(c.campaign));
            mean->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
            mean->setMarkerSize(22);
            mean->setColor(colour);
            mean->setPen(QPen(style.text, 2));
            mean->append(*c.meanCostJudgedUsd(), *share * 100.0);
            means << mean;
        }
    }
    for (auto *mean : std::as_const(means))
        chart->addSeries(mean);   // after every cloud, so that the means are drawn on top
    auto *meanKey = new QScatterSeries(chart);   // the legend's one entry for every mean
    meanKey->setName(Tr::tr("Model mean: cost, share correct"));
    meanKey->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    meanKey->setMarkerSize(16);
    meanKey->setColor(style.background);
    meanKey->setPen(QPen(style.text, 2));
    chart->addSeries(meanKey);
    if (means.isEmpty())
        chart->setTitle(Tr::tr("Cost and correctness per example (no human judgements yet)"));

    // Models often differ in cost by orders of magnitude (gpt-oss-120b against gpt-5): on a linear axis the
    // cheap model's examples collapse into one stripe, so a spread of more than 20× gets a log axis.
    QAbstractAxis *x = nullptr;
    if (minCost > 0 && maxCost / minCost > 20) {
        auto *log = new QLogValueAxis(chart);
        log->setBase(10);
        // Whole decades, a hair wider so that rounding cannot drop the label at either end.
        log->setRange(std::pow(10.0, std::floor(std::log10(minCost))) * 0.97, std::pow(10.0, std::ceil(std::log10(maxCost))) * 1.03);
        log->setMinorTickCount(8);
        log->setMinorGridLineColor(style.dark ? style.grid.darker(150) : style.grid.lighter(112));
        log->setLabelFormat(u"$%g"_s);
        styleAxis(log, style, Tr::tr("Cost per example (USD, log scale)"));
        x = log;
    } else {
        auto *linear = new QValueAxis(chart);
        const double step = niceStep(maxCost > 0 ? maxCost * 1.05 : 1.0, 8);
        linear->setRange(0, std::max(step, std::ceil(maxCost * 1.05 / step) * step));
        linear->setTickType(QValueAxis::TicksDynamic);
        linear->setTickAnchor(0);
        linear->setTickInterval(step);
        linear->setLabelFormat(step < 0.01 ? u"$%.3f"_s : u"$%.2f"_s);
        styleAxis(linear, style, Tr::tr("Cost per example (USD)"));
        x = linear;
    }
    auto *y = new QCategoryAxis(chart);
    y->setRange(-15, 115);
    y->setStartValue(-15);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->append(Tr::tr("not correct  0 %"), 0);
    y->append(u"25 %"_s, 25);
    y->append(u"50 %"_s, 50);
    y->append(u"75 %"_s, 75);
    y->append(Tr::tr("correct  100 %"), 100);
    styleAxis(y, style, Tr::tr("Function correct (experts' majority) · share correct"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    for (auto *mean : std::as_const(means))
        for (auto *marker : chart->legend()->markers(mean))
            marker->setVisible(false);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

QChart *ReportCharts::rounds(const review::ReportSeries &series, int campaign, const Style &style)
{
    QList<int> successes(series.maxRounds, 0);
    QList<int> failures(series.maxRounds, 0);
    int withoutRounds = 0;
    QString who = Tr::tr("all models");
    for (int i = 0; i < series.campaigns.size(); ++i) {
        if (campaign >= 0 && i != campaign)
            continue;
        const auto &c = series.campaigns[i];
        for (int r = 0; r < series.maxRounds; ++r) {
            successes[r] += c.roundsSuccess.value(r);
            failures[r] += c.roundsFailure.value(r);
        }
        withoutRounds += c.withoutRounds;
        if (campaign >= 0)
            who = campaignLabel(c.campaign, c.model);
    }
    auto *chart = new QChart;
    applyStyle(chart, style, Tr::tr("Rounds per example: %1").arg(who));
    auto *bars = new QStackedBarSeries(chart);
    auto *ok = new QBarSet(Tr::tr("Judge: finished"), bars);
    auto *bad = new QBarSet(Tr::tr("Judge: not finished"), bars);
    const QColor green = style.dark ? QColor::fromRgb(0x009E73).lighter(125) : QColor::fromRgb(0x009E73);
    const QColor red = style.dark ? QColor::fromRgb(0xD55E00).lighter(125) : QColor::fromRgb(0xD55E00);
    ok->setColor(green);
    ok->setBorderColor(green.darker(120));
    bad->setColor(red);
    bad->setBorderColor(red.darker(120));
    QStringList categories;
    int highest = 0;
    for (int r = 0; r < series.maxRounds; ++r) {
        *ok << successes[r];
        *bad << failures[r];
        categories << QString::number(r + 1);
        highest = std::max(highest, successes[r] + failures[r]);
    }
    bars->append(ok);
    bars->append(bad);
    bars->setBarWidth(0.6);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    bars->setLabelsFormat(u"@value"_s);
    ok->setLabelColor(Qt::white);
    bad->setLabelColor(Qt::white);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    styleAxis(x, style,
              withoutRounds > 0 ? Tr::tr("Executed rounds (%n finished example(s) without an executed round not shown)", nullptr, withoutRounds)
                                : Tr::tr("Executed rounds"));
    auto *y = new QValueAxis(chart);
    const double step = std::max(1.0, niceStep(std::max(highest, 1), 6));
    y->setRange(0, std::max(step, std::ceil((highest + 0.5) * 1.06 / step) * step));   // headroom above the highest bar
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(u"%d"_s);
    styleAxis(y, style, Tr::tr("Examples"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (series.maxRounds == 0)
        chart->setTitle(Tr::tr("Rounds per example: no finished example yet"));
    return chart;
}

QColor ReportCharts::errorClassColor(const QString &errorClass, const Style &style)
{
    // Okabe & Ito again, by class: "none" green as in the rounds chart, the unknown greys.
    static const QHash<QString, QRgb> colours{{u"none"_s, 0x009E73},     {u"environment"_s, 0x56B4E9}, {u"dependency"_s, 0xE69F00},
                                              {u"api_misuse"_s, 0xCC79A7}, {u"scientific"_s, 0xD55E00},  {u"timeout"_s, 0xF0E442},
                                              {u"other"_s, 0x8C8C8C},      {u"unjudged"_s, 0xC8C8C8}};
    const QColor c = QColor::fromRgb(colours.value(errorClass, 0x8C8C8C));
    return style.dark ? c.lighter(115) : c;
}

QChart *ReportCharts::errorClasses(const review::ErrorTaxonomy &taxonomy, bool finalFailures, const Style &style)
{
    auto *chart = new QChart;
    applyStyle(chart, style, finalFailures ? Tr::tr("Final failures by error class of the last round") : Tr::tr("Judged rounds by error class"));
    auto *bars = new QStackedBarSeries(chart);
    QStringList buckets = review::ErrorTaxonomy::classes();
    if (finalFailures)
        buckets << review::ErrorTaxonomy::unjudged();
    QStringList categories;
    int highest = 0;
    for (const auto &c : taxonomy.campaigns) {
        const int total = finalFailures ? c.finalFailuresTotal() : c.roundsTotal();
        categories << Tr::tr("%1 (n = %2)").arg(campaignLabel(c.campaign, c.model)).arg(total);
        highest = std::max(highest, total);
    }
    const int corrected = taxonomy.corrected();
    for (const QString &bucket : std::as_const(buckets)) {
        QList<qreal> values;
        int sum = 0;
        for (const auto &c : taxonomy.campaigns) {
            const int v = (finalFailures ? c.finalFailures : c.rounds).value(bucket);
            values << v;
            sum += v;
        }
        if (sum == 0)
            continue;   // a class nobody fell into: no legend entry
        auto *set = new QBarSet(bucket, bars);
        const QColor colour = errorClassColor(bucket, style);
        set->setColor(colour);
        set->setBorderColor(colour.darker(125));
        set->setLabelColor(QColor(0x1a, 0x1a, 0x1a));
        set->append(values);
        bars->append(set);
    }
    bars->setBarWidth(0.55);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    bars->setLabelsFormat(u"@value"_s);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    QString axisTitle = finalFailures ? Tr::tr("Finished examples that did not succeed (FAILED or ERROR), by the class of their last round")
                                      : Tr::tr("Rounds with a verdict, per campaign");
    if (corrected > 0)
        axisTitle += u" · "_s + Tr::tr("%n round(s) carry an expert's class instead of the judge's", nullptr, corrected);
    styleAxis(x, style, axisTitle);
    auto *y = new QValueAxis(chart);
    const double step = std::max(1.0, niceStep(std::max(highest, 1), 6));
    y->setRange(0, std::max(step, std::ceil((highest + 0.5) * 1.06 / step) * step));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(u"%d"_s);
    styleAxis(y, style, finalFailures ? Tr::tr("Examples") : Tr::tr("Rounds"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (highest == 0)
        chart->setTitle(finalFailures ? Tr::tr("Final failures by error class: none yet") : Tr::tr("Judged rounds by error class: none yet"));
    return chart;
}

QColor ReportCharts::stageColor(const QString &stage, const Style &style)
{
    // Okabe & Ito in the pipeline's order; stages of other callers (previews, free text) grey.
    static const QHash<QString, QRgb> colours{{u"repository_summary"_s, 0x56B4E9}, {u"file_classification"_s, 0xE69F00},
                                              {u"example_generation"_s, 0x0072B2}, {u"judge_verdict"_s, 0xCC79A7},
                                              {u"example_repair"_s, 0xD55E00}};
    const QColor c = QColor::fromRgb(colours.value(stage, 0x8C8C8C));
    return style.dark ? c.lighter(115) : c;
}

QChart *ReportCharts::costByStage(const review::CampaignCostBreakdown &costs, const Style &style)
{
    auto *chart = new QChart;
    applyStyle(chart, style, Tr::tr("Cost per stage"));
    auto *bars = new QStackedBarSeries(chart);
    QStringList stages = review::CampaignCostBreakdown::pipelineStages();
    for (const auto &c : costs.campaigns)
        for (const auto &s : c.stages)
            if (!stages.contains(s.stage))
                stages << s.stage;
    QStringList categories;
    double highest = 0;
    for (const auto &c : costs.campaigns) {
        // The campaign's name only: the bars are narrow, the tables beside them name the models.
        categories << (c.hidden ? c.campaign + u" ◌"_s : c.total.cost.isComplete() ? c.campaign : u"≥ "_s + c.campaign);
        highest = std::max(highest, c.total.cost.knownUsd());
    }
    for (const QString &stage : std::as_const(stages)) {
        QList<qreal> values;
        double sum = 0;
        for (const auto &c : costs.campaigns) {
            double usd = 0;
            for (const auto &s : c.stages)
                if (s.stage == stage)
                    usd += s.figures.cost.knownUsd();
            values << usd;
            sum += usd;
        }
        if (sum <= 0)
            continue;   // a stage that cost nothing anywhere: no legend entry
        auto *set = new QBarSet(stage, bars);
        const QColor colour = stageColor(stage, style);
        set->setColor(colour);
        set->setBorderColor(colour.darker(125));
        set->append(values);
        bars->append(set);
    }
    bars->setBarWidth(0.55);
    chart->addSeries(bars);
    chart->legend()->setAlignment(Qt::AlignRight);   // the stages' names are long
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    QString axisTitle = Tr::tr("Campaign");
    if (costs.hasUnpricedCalls())
        axisTitle += u" · "_s + Tr::tr("≥: some calls have no price");
    styleAxis(x, style, axisTitle);
    auto *y = new QValueAxis(chart);
    const double step = niceStep(highest > 0 ? highest : 1.0, 6);
    y->setRange(0, std::max(step, std::ceil(highest * 1.06 / step) * step));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(step >= 1 ? u"%.0f"_s : step >= 0.1 ? u"%.1f"_s : step >= 0.01 ? u"%.2f"_s : u"%.4f"_s);
    styleAxis(y, style, Tr::tr("Cost (USD)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (highest <= 0)
        chart->setTitle(Tr::tr("Cost per stage: no priced call yet"));
    return chart;
}

} // namespace wb::ui
