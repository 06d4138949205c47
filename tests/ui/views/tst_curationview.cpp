// SPDX-License-Identifier: GPL-3.0-or-later
// The Curation tab: Table 1, the charts, confusion matrices, the filterable agreement table, PNG and report export.
#include "curationfixture.h"
#include "review/agreementreport.h"
#include "review/campaignreport.h"
#include "review/errortaxonomy.h"
#include "review/reportseries.h"
#include "session/workspacesession.h"
#include "settings/appearance.h"
#include "settings/preferences.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"
#include "views/curationview.h"
#include "widgets/confusionmatrixwidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace wb;
using Chart = ui::CurationView::Chart;

namespace {
void load(ui::CurationView &view)
{
    QSignalSpy loaded(&view, &ui::CurationView::loaded);
    view.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
}

void select(QComboBox *box, const QString &text)
{
    const int i = box->findText(text, Qt::MatchContains);
    QVERIFY2(i >= 0, qPrintable(text));
    box->setCurrentIndex(i);
}

int visibleRows(const QTableWidget *table)
{
    int n = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        n += table->isRowHidden(r) ? 0 : 1;
    return n;
}

QString screenshotDir()
{
    return qEnvironmentVariable("WB_SCREENSHOT_DIR");
}

/**
 * Synthetic campaigns whose rounds carry the judge's error classes: per campaign 24 examples, each with
 * 1-4 rounds drawn from a fixed sequence (deterministic), every third failure ending in an unjudged round.
 */
void buildErrorClasses(const std::shared_ptr<store::Workspace> &workspace)
{
    test::CurationFixture fixture(workspace);
    const QStringList failures{u"dependency"_s, u"api_misuse"_s, u"environment"_s, u"api_misuse"_s, u"scientific"_s,
                               u"dependency"_s, u"timeout"_s,    u"api_misuse"_s,  u"other"_s,      u"dependency"_s};
    const struct
    {
        const char *name, *provider, *model;
        int successEvery;   // every n-th example succeeds
        int offset;
    } campaigns[] = {{"gpt-5", "openai", "gpt-5", 2, 0}, {"claude-sonnet-4-5", "anthropic", "claude-sonnet-4-5", 3, 3},
                     {"gpt-oss-120b", "openrouter", "gpt-oss-120b", 4, 7}};
    for (const auto &c : campaigns) {
        const qint64 id = fixture.addCampaign(QString::fromLatin1(c.name), QString::fromLatin1(c.provider), QString::fromLatin1(c.model));
        for (int e = 0; e < 24; ++e) {
            test::CurationFixture::Example ex;
            ex.repository = u"lab/repo-%1"_s.arg(e);
            const bool success = e % c.successEvery == 0;
            ex.status = success ? store::ExampleStatus::Success : (e % 7 == 5 ? store::ExampleStatus::Error : store::ExampleStatus::Failed);
            const int rounds = 1 + (e * 7 + c.offset) % 4;
            for (int r = 0; r < rounds; ++r)
                ex.errorClasses << failures.at((e * 3 + r * 5 + c.offset) % failures.size());
            if (success)
                ex.errorClasses.last() = u"none"_s;
            else if (e % 3 == 2 && rounds > 1)
                ex.errorClasses.last() = QString();   // the last round was never judged
            ex.rounds = int(ex.errorClasses.size());
            fixture.addExample(id, ex);
        }
    }
}

/** The chart's sets by name: name → values per campaign. */
QHash<QString, QList<int>> setsOf(QChartView *view)
{
    QHash<QString, QList<int>> out;
    auto *stacked = qobject_cast<QStackedBarSeries *>(view->chart()->series().first());
    if (!stacked)
        return out;
    for (const QBarSet *set : stacked->barSets())
        for (int i = 0; i < set->count(); ++i)
            out[set->label()] << int(set->at(i));
    return out;
}

/** What the chart should show: the classes with any count, their counts per campaign. */
QHash<QString, QList<int>> expectedSets(const review::ErrorTaxonomy &taxonomy, bool finalFailures)
{
    QHash<QString, QList<int>> out;
    for (const QString &cls : review::ErrorTaxonomy::classes() + QStringList{review::ErrorTaxonomy::unjudged()}) {
        QList<int> values;
        int sum = 0;
        for (const auto &c : taxonomy.campaigns) {
            values << (finalFailures ? c.finalFailures : c.rounds).value(cls);
            sum += values.last();
        }
        if (sum > 0)
            out.insert(cls, values);
    }
    return out;
}
} // namespace

class TstCurationView : public QObject
{
    Q_OBJECT

    test::TempWorkspace m_paper;     // three models, thirty repositories, three annotators
    QTemporaryDir m_out;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        test::CurationFixture::buildPaperLike(m_paper.workspace(), 30);
    }

    void chartsShowTheReportData()
    {
        ui::WorkspaceSession session(m_paper.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::CurationView view(&session);
        view.resize(1400, 900);
        view.show();
        load(view);
        const auto report = review::CampaignReport::compute(m_paper.workspace());
        const auto series = review::ReportSeries::compute(m_paper.workspace());
        QCOMPARE(view.reportTable()->rowCount(), 3);

        // Bars: one set per model, one bar per criterion, the table's percentages.
        QChart *criteria = view.chart()->chart();
        QCOMPARE(criteria->series().size(), 1);
        auto *bars = qobject_cast<QAbstractBarSeries *>(criteria->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 3);
        for (int i = 0; i < 3; ++i) {
            const QBarSet *set = bars->barSets().at(i);
            QCOMPARE(set->count(), 4);
            QVERIFY(set->label().contains(report.rows[i].campaign));
            QVERIFY(qAbs(set->at(0) - *report.rows[i].autoSuccessRate * 100.0) <= 0.051);
            QVERIFY(qAbs(set->at(3) - *report.rows[i].correctFunction * 100.0) <= 0.051);
        }
        QCOMPARE(criteria->axes(Qt::Vertical).first()->titleText(), u"Share of examples"_s);
        QVERIFY(criteria->legend()->isVisible());

        // Scatter: a cloud per model with its human-judged examples, a mean per model, the legend's key for the means.
        QChart *cost = view.chartView(Chart::CostCorrectness)->chart();
        QCOMPARE(cost->series().size(), 3 + 3 + 1);
        for (int i = 0; i < 3; ++i) {
            const auto *cloud = qobject_cast<QScatterSeries *>(cost->series().at(i));
            QVERIFY(cloud);
            QCOMPARE(cloud->count(), series.campaigns[i].humanJudged());
            const auto *mean = qobject_cast<QScatterSeries *>(cost->series().at(3 + i));
            QCOMPARE(mean->count(), 1);
            QCOMPARE(mean->at(0).x(), *series.campaigns[i].meanCostJudgedUsd());
            QCOMPARE(mean->at(0).y(), *series.campaigns[i].shareCorrect() * 100.0);
            for (const QPointF &p : cloud->points())
                QVERIFY(qAbs(p.y()) <= 7.0 || qAbs(p.y() - 100.0) <= 7.0);   // in the band of its verdict
        }
        // gpt-oss-120b costs a fraction of gpt-5: the cost axis is logarithmic.
        QCOMPARE(cost->axes(Qt::Horizontal).first()->type(), QAbstractAxis::AxisTypeLogValue);
        QCOMPARE(cost->axes(Qt::Horizontal).first()->titleText(), u"Cost per example (USD, log scale)"_s);

        // Rounds: successes and failures per round count; all campaigns, then one.
        auto roundsSets = [&view] {
            auto *stacked = qobject_cast<QStackedBarSeries *>(view.chartView(Chart::Rounds)->chart()->series().first());
            return stacked ? stacked->barSets() : QList<QBarSet *>();
        };
        QCOMPARE(roundsSets().size(), 2);
        QCOMPARE(roundsSets().first()->count(), series.maxRounds);
        auto sum = [](const QBarSet *set) {
            double s = 0;
            for (int i = 0; i < set->count(); ++i)
                s += set->at(i);
            return int(s);
        };
        QCOMPARE(sum(roundsSets().at(0)) + sum(roundsSets().at(1)), report.rows[0].examples * 3);
        select(view.roundsCampaignBox(), u"gpt-oss-120b"_s);
        QCOMPARE(sum(roundsSets().at(0)), report.rows[2].successes);
        QCOMPARE(sum(roundsSets().at(1)), report.rows[2].examples - report.rows[2].successes);

        if (!screenshotDir().isEmpty()) {
            view.roundsCampaignBox()->setCurrentIndex(0);
            view.tabs()->setCurrentIndex(0);
            view.tabs()->setFocus();
            QVERIFY(view.grab().save(screenshotDir() + u"/curation-charts.png"_s));
            view.tabs()->setCurrentIndex(1);
            QVERIFY(view.grab().save(screenshotDir() + u"/curation-cost.png"_s));
            view.tabs()->setCurrentIndex(2);
            QVERIFY(view.grab().save(screenshotDir() + u"/curation-rounds.png"_s));
        }
    }

    void confusionMatrixShowsCountsTotalsAndKappa()
    {
        // Four examples; the judge says correct for the two successes; alice finds one correct.
        test::TempWorkspace tmp;
        test::CurationFixture fixture(tmp.workspace(), {u"alice"_s, u"bob"_s});
        const qint64 campaign = fixture.addCampaign(u"small"_s, u"openai"_s, u"gpt-oss-120b"_s);
        const QStringList status{u"SUCCESS"_s, u"SUCCESS"_s, u"FAILED"_s, u"FAILED"_s};
        const QStringList alice{u"yes"_s, u"no"_s, u"no"_s, u"no"_s};
        const QStringList bob{u"yes"_s, u"yes"_s, u"no"_s, QString()};
        for (int i = 0; i < 4; ++i) {
            test::CurationFixture::Example e;
            e.repository = u"repo-%1"_s.arg(i);
            e.status = store::storedExampleStatus(status[i]);
            e.rounds = i + 1;
            e.costUsd = 0.1;
            e.correct = {alice[i], bob[i]};
            fixture.addExample(campaign, e);
        }
        ui::WorkspaceSession session(tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::CurationView view(&session);
        view.resize(1200, 800);
        view.show();
        load(view);
        select(view.confusionCriterionBox(), u"Function correct"_s);
        select(view.confusionCampaignBox(), u"gpt-oss-120b"_s);
        QCOMPARE(view.confusionPairBox()->count(), 3);   // judge × alice, judge × bob, alice × bob
        select(view.confusionPairBox(), u"judge × alice"_s);
        const ui::ConfusionMatrixWidget *m = view.confusionMatrix();
        QCOMPARE(m->rowRater(), u"judge"_s);
        QCOMPARE(m->columnRater(), u"alice"_s);
        QCOMPARE(m->categories(), QStringList({u"no"_s, u"yes"_s}));
        QCOMPARE(m->count(0, 0), 2);   // both no
        QCOMPARE(m->count(0, 1), 0);
        QCOMPARE(m->count(1, 0), 1);   // the judge yes, alice no
        QCOMPARE(m->count(1, 1), 1);
        QCOMPARE(m->rowTotal(1), 2);
        QCOMPARE(m->columnTotal(0), 3);
        QCOMPARE(m->total(), 4);
        QVERIFY(m->kappa());
        QVERIFY(qAbs(*m->kappa() - 0.5) < 1e-12);   // observed 0.75, by chance 0.5
        QVERIFY(m->summary().contains(u"0.500"_s));
        QVERIFY(m->summary().contains(u"n = 4"_s));

        select(view.confusionPairBox(), u"alice × bob"_s);   // bob left one out
        QCOMPARE(m->total(), 3);
        select(view.confusionCampaignBox(), u"pooled"_s);   // one campaign: the same numbers
        QCOMPARE(view.confusionPairBox()->currentText(), u"alice × bob"_s);
        QCOMPARE(m->total(), 3);

        // The agreement table filters by campaign and criterion; a double-click opens the pair's matrix.
        select(view.agreementCampaignFilter(), u"gpt-oss-120b"_s);
        select(view.agreementCriterionFilter(), u"Decision"_s);
        QCOMPARE(visibleRows(view.agreementTable()), 3 + 1);   // three pairs and the group of two annotators
        select(view.agreementCampaignFilter(), u"pooled"_s);
        select(view.agreementCriterionFilter(), u"Every criterion"_s);
        QCOMPARE(visibleRows(view.agreementTable()), 4 * 3);
        int judgeAlice = -1;
        for (int r = 0; r < view.agreementTable()->rowCount(); ++r)
            if (!view.agreementTable()->isRowHidden(r) && view.agreementTable()->item(r, 1)->text() == u"Function correct"_s
                && view.agreementTable()->item(r, 2)->text() == u"judge × alice"_s)
                judgeAlice = r;
        QVERIFY(judgeAlice >= 0);
        QCOMPARE(view.agreementTable()->item(judgeAlice, 3)->text(), u"4"_s);
        QCOMPARE(view.agreementTable()->item(judgeAlice, 5)->text(), u"0.500"_s);
        select(view.confusionPairBox(), u"alice × bob"_s);
        Q_EMIT view.agreementTable()->cellDoubleClicked(judgeAlice, 0);
        QCOMPARE(m->columnRater(), u"alice"_s);
        QCOMPARE(m->total(), 4);
        QCOMPARE(view.tabs()->currentWidget(), m->parentWidget());

        // A new judgement shows after a reload.
        store::JudgementRecord j;
        j.exampleId = store::JudgementStore(tmp.workspace()).current(campaign).first().exampleId;
        j.annotator = u"carol"_s;
        j.functionCorrect = store::CriterionAnswer::Yes;
        store::JudgementStore(tmp.workspace()).add(j);
        load(view);
        QCOMPARE(view.confusionPairBox()->count(), 6);
        QCOMPARE(m->total(), 4);   // the selection survives the reload
    }

    void chartsSaveAsPngAtTheChosenDpi_data()
    {
        QTest::addColumn<Chart>("chart");
        QTest::addColumn<int>("dpi");
        QTest::newRow("criteria at 96 DPI") << Chart::Criteria << 96;
        QTest::newRow("cost at 192 DPI") << Chart::CostCorrectness << 192;
        QTest::newRow("rounds at 144 DPI") << Chart::Rounds << 144;
    }

    void chartsSaveAsPngAtTheChosenDpi()
    {
        QFETCH(Chart, chart);
        QFETCH(int, dpi);
        ui::WorkspaceSession session(m_paper.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::CurationView view(&session);
        load(view);
        view.setExportDpi(dpi);
        const QString path = m_out.filePath(u"chart-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        view.saveChartPng(chart, path);
        const QImage image(path);
        QVERIFY(!image.isNull());
        const double scale = dpi / 96.0;
        QCOMPARE(image.size(), QSize(qRound(1000 * scale), qRound(620 * scale)));
        QVERIFY(qAbs(image.dotsPerMeterX() - dpi / 0.0254) < 2);
        // Not blank: the chart drew something dark on its white background.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > 50, qPrintable(QString::number(dark)));
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    }

    void reportExportWritesEveryFile()
    {
        ui::WorkspaceSession session(m_paper.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::CurationView view(&session);
        view.resize(1200, 800);
        view.show();
        load(view);
        view.setExportDpi(96);
        const QString folder = m_out.filePath(u"report/nested"_s);   // created on the way
        const QStringList files = view.exportReport(folder);
        QStringList names;
        for (const QString &f : files)
            names << QFileInfo(f).fileName();
        QCOMPARE(names, QStringList({u"table1.md"_s, u"table1.csv"_s, u"report.json"_s, u"criteria.png"_s, u"cost-correctness.png"_s,
                                     u"rounds.png"_s, u"rounds-gpt-5.png"_s, u"rounds-claude-sonnet-4-5.png"_s, u"rounds-gpt-oss-120b.png"_s,
                                     u"error-classes-rounds.png"_s, u"error-classes-failures.png"_s, u"confusion-matrix.png"_s,
                                     u"cost-by-stage.md"_s, u"cost-by-stage.csv"_s, u"cost-by-stage.png"_s}));
        for (const QString &f : files) {
            QVERIFY2(QFileInfo(f).size() > 0, qPrintable(f));
            if (f.endsWith(u".png"_s)) {
                QImageReader reader(f);
                QVERIFY2(reader.canRead() && !reader.read().isNull(), qPrintable(f));
            }
        }
        QCOMPARE(QImage(folder + u"/criteria.png"_s).size(), QSize(1000, 620));
        QFile md(folder + u"/table1.md"_s);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(md.readAll());
        QVERIFY(table.contains(u"| gpt-oss-120b | openai/gpt-oss-120b |"_s));
        QFile csv(folder + u"/table1.csv"_s);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 4);
        QFile json(folder + u"/report.json"_s);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(report.value(u"campaigns"_s).toArray().size(), 3);
        QCOMPARE(report.value(u"series"_s).toObject().value(u"campaigns"_s).toArray().size(), 3);
        QVERIFY(!report.value(u"agreement"_s).toObject().value(u"pairs"_s).toArray().isEmpty());
        QVERIFY(QDir(folder).entryList(QDir::Files).size() == files.size());   // no temporary files left
    }

    // A report exported into a folder that holds files of the same names replaces them only when asked.
    void reportExportAsksBeforeReplacing()
    {
        ui::WorkspaceSession session(m_paper.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::CurationView view(&session);
        load(view);
        view.setExportDpi(96);
        const QString folder = m_out.filePath(u"asked"_s);
        QVERIFY(QDir().mkpath(folder));
        QFile mine(folder + u"/table1.md"_s);
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("my own notes\n");
        mine.close();
        QString question;
        auto answerWith = [&question](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [&question, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                question = box->text();
                if (const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !dir.isEmpty())
                    box->grab().save(dir + u"/report-replace-question.png"_s);
                box->button(button)->click();
            });
        };
        answerWith(QMessageBox::Cancel);
        QVERIFY(!view.exportReportInto(folder));
        QVERIFY2(question.contains(u"table1.md"_s), qPrintable(question));
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("my own notes\n"));   // declined: untouched
        mine.close();
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
        answerWith(QMessageBox::Yes);
        QVERIFY(view.exportReportInto(folder));
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QVERIFY(mine.readAll().startsWith("|"));   // replaced by the table
        // A folder without such files is written without a question.
        question.clear();
        QVERIFY(view.exportReportInto(m_out.filePath(u"fresh"_s)));
        QVERIFY(question.isEmpty());
    }

    void anUnwritableFolderIsAnErrorNotACrash()
    {
        ui::WorkspaceSession session(m_paper.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::CurationView view(&session);
        load(view);
        QFile blocker(m_out.filePath(u"a-file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString folder = blocker.fileName() + u"/report"_s;   // a folder below a file: not even root can create it
        try {
            view.exportReport(folder);
            QFAIL("the export should have failed");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"a-file"_s), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, view.saveChartPng(Chart::Criteria, folder + u"/criteria.png"_s));
        QVERIFY_THROWS_EXCEPTION(Error, view.saveConfusionMatrixPng(folder + u"/matrix.png"_s));
    }

    void chartsFollowTheTheme()
    {
        ui::WorkspaceSession session(m_paper.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::CurationView view(&session);
        view.resize(1400, 900);
        view.show();
        load(view);
        QVERIFY(view.chart()->chart()->backgroundBrush().color().lightness() > 128);
        ui::Appearance::applyTheme(u"dark"_s);
        QTRY_VERIFY(view.chart()->chart()->backgroundBrush().color().lightness() < 128);   // palette changes may arrive queued
        for (const Chart c : {Chart::Criteria, Chart::CostCorrectness, Chart::Rounds}) {
            QChart *chart = view.chartView(c)->chart();
            QVERIFY(chart->backgroundBrush().color().lightness() < 128);
            QVERIFY(chart->titleBrush().color().lightness() > 128);   // light text on the dark background
        }
        // Exported figures stay light, made for print.
        const QString path = m_out.filePath(u"dark-theme.png"_s);
        view.saveChartPng(Chart::CostCorrectness, path);
        QCOMPARE(QImage(path).pixelColor(2, 2), QColor(Qt::white));
        ui::Appearance::applyTheme(u"light"_s);
        QTRY_VERIFY(view.chart()->chart()->backgroundBrush().color().lightness() > 128);
    }

    void errorClassesChartCountsRoundsAndFinalFailures()
    {
        test::TempWorkspace tmp;
        buildErrorClasses(tmp.workspace());
        ui::WorkspaceSession session(tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();
        ui::CurationView view(&session);
        view.resize(1400, 900);
        view.show();
        load(view);
        auto taxonomy = review::ErrorTaxonomy::compute(tmp.workspace());
        QCOMPARE(taxonomy.campaigns.size(), 3);

        // judged rounds: one bar per campaign, one set per class that occurs, the taxonomy's counts
        QChartView *chart = view.chartView(Chart::ErrorClasses);
        QCOMPARE(view.errorClassesCountBox()->currentIndex(), 0);
        QCOMPARE(setsOf(chart), expectedSets(taxonomy, false));
        QVERIFY(setsOf(chart).contains(u"none"_s));
        QVERIFY(!setsOf(chart).contains(u"unjudged"_s));
        auto *x = qobject_cast<QBarCategoryAxis *>(chart->chart()->axes(Qt::Horizontal).first());
        QVERIFY(x);
        QCOMPARE(x->count(), 3);
        QVERIFY(x->at(0).contains(u"gpt-5"_s) && x->at(0).contains(u"n = %1"_s.arg(taxonomy.campaigns[0].roundsTotal())));

        // final failures: the last round's class, "unjudged" when it has no verdict
        view.errorClassesCountBox()->setCurrentIndex(1);
        QCOMPARE(setsOf(chart), expectedSets(taxonomy, true));
        QVERIFY(setsOf(chart).contains(u"unjudged"_s));
        QVERIFY(!setsOf(chart).contains(u"none"_s));
        int failures = 0;
        for (const auto &values : setsOf(chart))
            failures += values.at(2);
        QCOMPARE(failures, taxonomy.campaigns[2].finalFailuresTotal());
        QCOMPARE(failures, 18);   // gpt-oss-120b: 24 examples, every fourth a success

        // an expert's correction moves a final failure from the judge's class to theirs
        const auto examples = store::PipelineStore(tmp.workspace()).examples(store::PipelineStore(tmp.workspace()).campaigns().at(2).id);
        const auto failed = std::find_if(examples.cbegin(), examples.cend(), [&](const store::ExampleRecord &e) {
            const auto last = store::PipelineStore(tmp.workspace()).rounds(e.id).last();
            return e.status == store::ExampleStatus::Failed && last.errorClass == u"dependency"_s;
        });
        QVERIFY(failed != examples.cend());
        store::ErrorClassRecord correction;
        correction.roundId = store::PipelineStore(tmp.workspace()).rounds(failed->id).last().id;
        correction.annotator = u"alice"_s;
        correction.errorClass = u"scientific"_s;
        review::ErrorTaxonomy::correct(tmp.workspace(), correction);
        const int dependencyBefore = setsOf(chart).value(u"dependency"_s).at(2);
        const int scientificBefore = setsOf(chart).value(u"scientific"_s).value(2);
        load(view);
        chart = view.chartView(Chart::ErrorClasses);   // rebuilt when asked for: it is not on screen
        QCOMPARE(setsOf(chart).value(u"dependency"_s).at(2), dependencyBefore - 1);
        QCOMPARE(setsOf(chart).value(u"scientific"_s).at(2), scientificBefore + 1);
        QCOMPARE(view.errorTaxonomy().corrected(), 1);

        if (!screenshotDir().isEmpty()) {
            view.errorClassesCountBox()->setCurrentIndex(0);
            view.tabs()->setCurrentWidget(chart->parentWidget());
            view.tabs()->setFocus();
            QVERIFY(view.grab().save(screenshotDir() + u"/error-classes.png"_s));
            view.errorClassesCountBox()->setCurrentIndex(1);
            QVERIFY(view.grab().save(screenshotDir() + u"/error-classes-failures.png"_s));
        }
    }

    void screenshotOfTheConfusionMatrix()
    {
        if (screenshotDir().isEmpty())
            QSKIP("WB_SCREENSHOT_DIR not set");
        ui::WorkspaceSession session(m_paper.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::CurationView view(&session);
        view.resize(1400, 900);
        view.show();
        load(view);
        select(view.confusionCriterionBox(), u"Function correct"_s);
        select(view.confusionCampaignBox(), u"gpt-oss-120b"_s);
        select(view.confusionPairBox(), u"judge × alice"_s);
        view.tabs()->setCurrentWidget(view.confusionMatrix()->parentWidget());
        view.tabs()->setFocus();
        QVERIFY(view.grab().save(screenshotDir() + u"/confusion-matrix.png"_s));
    }
};

QTEST_MAIN(TstCurationView)
#include "tst_curationview.moc"
