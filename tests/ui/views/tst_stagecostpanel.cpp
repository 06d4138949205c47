// SPDX-License-Identifier: GPL-3.0-or-later
// The Curation view's "Cost by stage" tab: a table per campaign, the stacked bar of cost per stage, blind
// review, and the files the report export adds.
#include "review/blindreview.h"
#include "session/workspacesession.h"
#include "stagecostfixture.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "views/curationview.h"
#include "views/stagecostpanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
void load(ui::CurationView &view)
{
    QSignalSpy loaded(&view, &ui::CurationView::loaded);
    view.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
}

/** The chart's sets: stage → cost per campaign. */
QMap<QString, QList<qreal>> setsOf(QChartView *view)
{
    QMap<QString, QList<qreal>> out;
    const auto series = view->chart()->series();
    if (series.isEmpty())
        return out;
    auto *bars = qobject_cast<QStackedBarSeries *>(series.first());
    if (!bars)
        return out;
    for (QBarSet *set : bars->barSets()) {
        QList<qreal> values;
        for (int i = 0; i < set->count(); ++i)
            values << set->at(i);
        out.insert(set->label(), values);
    }
    return out;
}

QStringList column(const QTableWidget *table, int col)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << table->item(r, col)->text();
    return out;
}

QString panelText(const ui::StageCostPanel *panel)
{
    QString text;
    for (const QLabel *label : panel->findChildren<QLabel *>())
        text += label->text() + u'\n';
    for (const QTableWidget *table : panel->tables())
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                text += table->item(r, c)->text() + u' ';
    auto *x = qobject_cast<QBarCategoryAxis *>(panel->chartView()->chart()->axes(Qt::Horizontal).value(0));
    if (x)
        text += x->categories().join(u'\n');
    return text;
}
} // namespace

class TstStageCostPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesAndChartPerCampaign()
    {
        test::TempWorkspace tmp;
        test::StageCostFixture::build(tmp.workspace());
        ui::WorkspaceSession session(tmp.workspace(), u"alice"_s);
        session.waitForIdle();
        ui::CurationView view(&session);
        view.resize(1500, 900);
        view.show();
        load(view);

        ui::StageCostPanel *panel = view.stageCostPanel();
        QCOMPARE(view.tabs()->tabText(view.tabs()->indexOf(panel)), u"Cost by stage"_s);
        QCOMPARE(panel->breakdown().campaigns.size(), 3);
        QCOMPARE(panel->tables().size(), 2);   // "idle" made no call: a line says so
        QVERIFY(panelText(panel).contains(u"No model calls recorded."_s));

        const QTableWidget *gpt5 = panel->tables()[0];
        QCOMPARE(column(gpt5, 0), (QStringList{u"repository_summary"_s, u"file_classification"_s, u"file_classification"_s,
                                               u"example_generation"_s, u"judge_verdict"_s, u"example_repair"_s, u"agent_preview"_s,
                                               u"Total"_s}));
        QCOMPARE(column(gpt5, 1).mid(0, 3), (QStringList{u"sync"_s, u"sync"_s, u"batch"_s}));
        QCOMPARE(gpt5->item(3, 3)->text(), u"1"_s);       // a cached answer
        QCOMPARE(gpt5->item(3, 6)->text(), QLocale().toString(qint64(1200)));   // cache read
        QCOMPARE(gpt5->item(4, 7)->text(), QLocale().toString(qint64(2000)));   // cache write
        QCOMPARE(gpt5->item(3, 9)->text(), QLocale().toString(80.0, 'f', 1) + u" %"_s);
        QCOMPARE(gpt5->item(2, 10)->text(), u"0.0012"_s);
        QCOMPARE(gpt5->item(1, 10)->text(), u"—"_s);      // the failed call without usage: unknown, never 0
        QCOMPARE(gpt5->item(7, 10)->text(), u"≥ 0.0269"_s);
        QVERIFY2(gpt5->item(7, 10)->toolTip().contains(u"no price"_s), qPrintable(gpt5->item(7, 10)->toolTip()));
        QCOMPARE(gpt5->item(7, 2)->text(), u"12"_s);
        QCOMPARE(gpt5->item(7, 4)->text(), u"2"_s);

        // the stacked bar: the known cost per stage and campaign; a stage without a priced call has no set
        view.tabs()->setCurrentWidget(panel);
        const auto sets = setsOf(panel->chartView());
        QCOMPARE(sets.keys(), (QStringList{u"agent_preview"_s, u"example_generation"_s, u"file_classification"_s, u"judge_verdict"_s,
                                           u"repository_summary"_s}));
        QVERIFY(qFuzzyCompare(sets[u"example_generation"_s][0], 0.012));
        QVERIFY(qFuzzyCompare(sets[u"example_generation"_s][1], 0.02));
        QVERIFY(qFuzzyCompare(sets[u"file_classification"_s][0], 0.0012));
        QCOMPARE(sets[u"repository_summary"_s][2], 0.0);
        auto *x = qobject_cast<QBarCategoryAxis *>(panel->chartView()->chart()->axes(Qt::Horizontal).first());
        QVERIFY(x);
        QCOMPARE(x->count(), 3);
        QCOMPARE(x->categories(), (QStringList{u"≥ gpt-5"_s, u"claude-sonnet-4-5"_s, u"idle"_s}));   // ≥: a lower bound

        if (const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.tabs()->setFocus();
            QVERIFY(view.grab().save(dir + u"/cost-by-stage.png"_s));
        }

        // the export: Markdown, CSV and the chart; report.json carries the rows per campaign
        QTemporaryDir out;
        view.setExportDpi(96);
        const QStringList files = view.exportReport(out.path());
        for (const QString &name : {u"cost-by-stage.md"_s, u"cost-by-stage.csv"_s, u"cost-by-stage.png"_s})
            QVERIFY2(files.contains(out.filePath(name)), qPrintable(name));
        QFile md(out.filePath(u"cost-by-stage.md"_s));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().contains("| file_classification | batch | 3 |"));
        QImageReader png(out.filePath(u"cost-by-stage.png"_s));
        QVERIFY(png.canRead() && !png.read().isNull());
        QFile json(out.filePath(u"report.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray campaigns = QJsonDocument::fromJson(json.readAll()).object().value(u"campaigns"_s).toArray();
        QCOMPARE(campaigns[0].toObject().value(u"cost_by_stage"_s).toArray().size(), 7);
        QCOMPARE(campaigns[1].toObject().value(u"cost_total"_s).toObject().value(u"calls"_s).toInt(), 2);
    }

    void blindReviewWithholdsTheCampaignsNotYetJudged()
    {
        test::TempWorkspace tmp;
        const auto ids = test::StageCostFixture::build(tmp.workspace());
        review::BlindReview::setEnabled(tmp.workspace(), true);
        test::StageCostFixture::judge(tmp.workspace(), ids.gpt5Examples, u"alice"_s);
        ui::WorkspaceSession session(tmp.workspace(), u"alice"_s);
        session.waitForIdle();
        ui::CurationView view(&session);
        view.resize(1500, 900);
        view.show();
        load(view);
        ui::StageCostPanel *panel = view.stageCostPanel();
        QCOMPARE(panel->breakdown().hiddenCampaigns(), 1);
        QCOMPARE(panel->tables().size(), 1);   // gpt-5 only: the claude campaign is withheld, idle made no call
        const QString text = panelText(panel);
        QVERIFY2(!text.contains(u"claude"_s) && !text.contains(u"anthropic"_s), qPrintable(text));
        QVERIFY(text.contains(u"Withheld in blind review"_s));
        const auto sets = setsOf(panel->chartView());
        QCOMPARE(sets[u"example_generation"_s][1], 0.0);   // no bar for the withheld campaign

        // bob has judged nothing: both finished campaigns withheld
        ui::WorkspaceSession bobs(tmp.workspace(), u"bob"_s);
        bobs.waitForIdle();
        ui::CurationView bobsView(&bobs);
        load(bobsView);
        QCOMPARE(bobsView.stageCostPanel()->breakdown().hiddenCampaigns(), 2);
        for (const int i : {0, 1}) {
            QVERIFY(bobsView.stageCostPanel()->breakdown().campaigns[i].model.isEmpty());
            QVERIFY(bobsView.stageCostPanel()->breakdown().campaigns[i].campaign != u"gpt-5"_s);
        }
    }
};

QTEST_MAIN(TstStageCostPanel)
#include "tst_stagecostpanel.moc"
