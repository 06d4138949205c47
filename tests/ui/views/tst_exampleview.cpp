// SPDX-License-Identifier: GPL-3.0-or-later
// The example view over a real distilled example (pipeline run against the loopback model server).
#include "distillationscript.h"
#include "editor/codeeditor.h"
#include "editor/sourcepreview.h"
#include "fakellmserver.h"
#include "llm/llmclient.h"
#include "mainwindow/mainwindow.h"
#include "models/repositorytablemodel.h"
#include "pipeline/campaignrunner.h"
#include "repo/repositoryingestor.h"
#include "review/blindreview.h"
#include "review/errortaxonomy.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "views/errorclassbar.h"
#include "views/exampleview.h"
#include "widgets/imageviewer.h"
#include "widgets/treemapwidget.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QListWidget>
#include <QTreeView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QDateTime>
#include <QComboBox>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace wb;

class TstExampleView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TempWorkspace> m_tmp;
    qint64 m_exampleId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        const QString repo = m_dir.filePath(u"matlib"_s);
        test::DistillationScript::makeRepository(repo);
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        m_tmp = std::make_unique<test::TempWorkspace>();
        const auto ws = m_tmp->workspace();
        const auto record = repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(repo));
        pipeline::CampaignConfig config;
        config.generator = {u"vllm"_s, u"gpt-oss-120b"_s, server.openAiBaseUrl()};
        config.classifier = config.judge = config.generator;
        config.executor = u"local"_s;
        config.maxRounds = 3;
        store::PipelineStore pipeline(ws);
        const qint64 campaign = pipeline.createCampaign(u"view"_s, config.toJson());
        m_exampleId = pipeline.addExamples(campaign, {record.id}).first().id;
        pipeline::CampaignRunner runner(ws, campaign, llm::LlmClientOptions{});
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        runner.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(pipeline.example(m_exampleId)->status, wb::store::ExampleStatus::Success);
    }

    void liveTailAppendsOnlyTheShownRound()
    {
        ui::WorkspaceSession session(m_tmp->workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::ExampleView view(&session);
        QSignalSpy loaded(&view, &ui::ExampleView::loaded);
        view.setExample(m_exampleId);
        QVERIFY(loaded.wait(10000));
        view.selectRound(2);
        const int before = view.logList()->count();
        exec::LogLine line{QDateTime::currentMSecsSinceEpoch(), u"run"_s, u"stdout"_s, u"scanning 41 lattice constants"_s};
        exec::LogLine other = line;
        other.text = u"a line of another round"_s;
        view.appendLiveLines({{m_exampleId, 2, line}, {m_exampleId, 1, other}, {m_exampleId + 1000, 2, other}}, 0);
        QCOMPARE(view.logList()->count(), before + 1);
        QVERIFY(view.logList()->item(view.logList()->count() - 1)->text().endsWith(u"scanning 41 lattice constants"_s));
        // Lines dropped by the controller's cap leave a visible gap marker.
        view.appendLiveLines({{m_exampleId, 2, line}}, 17);
        QCOMPARE(view.logList()->count(), before + 3);
        QVERIFY(view.logList()->item(before + 1)->text().contains(u"17"_s));
    }

    void showsRoundsFilesDiffLogAndVerdict()
    {
        ui::WorkspaceSession session(m_tmp->workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::ExampleView view(&session);
        QAbstractItemModelTester tester(view.roundView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&view, &ui::ExampleView::loaded);
        view.resize(1200, 800);
        view.show();
        view.setExample(m_exampleId);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.roundView()->model()->rowCount(), 2);

        // The newest round is shown: the repaired code, and its diff against round 1.
        QVERIFY(view.editor(u"main.py"_s)->text().contains(u"lattice_energy(a) for a in spacings"_s));
        QCOMPARE(view.editor(u"main.py"_s)->lexerName(), u"Python"_s);
        QVERIFY(view.diffOld()->text().contains(u"spacing=1.6"_s));
        QVERIFY(!view.diffNew()->text().contains(u"spacing=1.6"_s));
        const int removedLine = view.diffOld()->text().split(u'\n').indexOf(
            view.diffOld()->text().split(u'\n').filter(u"spacing=1.6"_s).first());
        QVERIFY(view.diffOld()->markersAtLine(removedLine) != 0);
        // Each of the four files can be compared; the ones this pair of rounds changed are marked.
        QCOMPARE(view.diffFileBox()->count(), 4);
        QVERIFY(view.diffFileBox()->itemText(0).endsWith(u"•"_s));
        QCOMPARE(view.diffFileBox()->itemText(1), u"requirements.txt"_s);
        view.diffFileBox()->setCurrentIndex(1);
        QCOMPARE(view.diffOld()->text(), u"numpy\nmatplotlib\n"_s);
        QCOMPARE(view.changeCount(), 0);
        view.diffFileBox()->setCurrentIndex(0);
        QVERIFY(view.changeCount() > 0);
        QVERIFY(view.verdictView()->toPlainText().contains(u"finished"_s));
        QVERIFY(view.verdictView()->toPlainText().contains(u"call lattice_energy(a)"_s));

        // Round 1: its log holds the traceback; activating its line opens main.py there.
        view.selectRound(1);
        QListWidget *log = view.logList();
        int tracebackRow = -1;
        for (int row = 0; row < log->count(); ++row)
            if (log->item(row)->text().contains(u"main.py\", line"_s))
                tracebackRow = row;
        QVERIFY(tracebackRow >= 0);
        const int expectedLine = QRegularExpression(u"line (\\d+)"_s).match(log->item(tracebackRow)->text()).captured(1).toInt();
        log->setCurrentRow(tracebackRow);
        QTest::keyClick(log, Qt::Key_Return);
        QCOMPARE(view.tabs()->currentWidget(), view.editor(u"main.py"_s));
        int line = -1, index = -1;
        view.editor(u"main.py"_s)->getCursorPosition(&line, &index);
        QCOMPARE(line + 1, expectedLine);
        QVERIFY(view.editor(u"main.py"_s)->text().split(u'\n').at(line).contains(u"spacing=1.6"_s));

        // "Errors only" hides the ordinary lines.
        const int all = log->count();
        view.errorsOnly()->setChecked(true);
        QVERIFY(log->count() < all);
        QVERIFY(log->count() > 0);
        for (int row = 0; row < log->count(); ++row)
            QVERIFY(!log->item(row)->text().contains(u"Requirement already satisfied"_s));

        // Round 2's artifacts: the figure is shown first, results.json as a tree.
        view.selectRound(2);
        QVERIFY(view.artifactList()->count() >= 3);
        QVERIFY(view.artifactList()->currentItem()->text().startsWith(u"to_save/energy.png"_s));
        QVERIFY(!view.imageView()->image().isNull());
        QVERIFY(view.imageView()->image().width() > 100);
        QVERIFY(view.imageView()->fitsToView());
        const double fitted = view.imageView()->scale();
        view.imageView()->zoomIn();
        QVERIFY(!view.imageView()->fitsToView());
        QCOMPARE(view.imageView()->scale(), fitted * 1.25);
        view.imageView()->actualSize();
        QCOMPARE(view.imageView()->scale(), 1.0);
        QCOMPARE(view.imageView()->canvas()->pixmap().deviceIndependentSize().toSize(), view.imageView()->image().size());
        view.imageView()->fitToView();
        QCOMPARE(view.imageView()->scale(), fitted);
        for (int row = 0; row < view.artifactList()->count(); ++row)
            if (view.artifactList()->item(row)->text().startsWith(u"results.json"_s))
                view.artifactList()->setCurrentRow(row);
        QTRY_COMPARE(view.artifactView()->shownName(), u"results.json"_s);   // parsed on the session's pool
        QCOMPARE(view.jsonView()->model()->rowCount(), 1);
        const QModelIndex document = view.jsonView()->model()->index(0, 0);
        QCOMPARE(view.jsonView()->model()->match(view.jsonView()->model()->index(0, 0, document), Qt::DisplayRole, u"a_min"_s, -1,
                                                 Qt::MatchRecursive).size(), 1);

        // Keyboard: Alt+Left / Alt+Right step through the rounds.
        QCOMPARE(view.currentRound(), 2);
        QTest::keyClick(view.editor(u"main.py"_s), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(view.currentRound(), 1);
        QTest::keyClick(view.editor(u"main.py"_s), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(view.currentRound(), 2);
        QTest::keyClick(view.editor(u"main.py"_s), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(view.currentRound(), 2);

        // Two rounds selected: their diff.
        view.roundView()->selectAll();
        QCOMPARE(view.tabs()->currentIndex(), 4);

        // F8 / Shift+F8 walk the change blocks, wrapping around; the cursor lands on a marked line.
        const int changes = int(view.changeCount());
        QVERIFY(changes >= 1);
        QCOMPARE(view.currentChange(), -1);
        QTest::keyClick(view.diffNew(), Qt::Key_F8);
        QCOMPARE(view.currentChange(), 0);
        int cursorLine = 0, cursorIndex = 0;
        view.diffOld()->getCursorPosition(&cursorLine, &cursorIndex);
        QVERIFY(view.diffOld()->markersAtLine(cursorLine) != 0);
        for (int i = 0; i < changes; ++i)
            QTest::keyClick(view.diffNew(), Qt::Key_F8);
        QCOMPARE(view.currentChange(), 0);
        QTest::keyClick(view.diffNew(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(view.currentChange(), changes - 1);

        // The unified form: headers, +/- lines marked, and F8 lands on a changed line.
        view.unifiedToggle()->setChecked(true);
        QVERIFY(view.diffUnified()->isVisible());
        QVERIFY(!view.diffNew()->isVisible());
        QVERIFY(view.diffUnified()->text().startsWith(u"--- a/round-1/main.py"_s));
        QVERIFY(view.diffUnified()->text().contains(u"-print('energy at a = 1.6:', lattice_energy(spacing=1.6))"_s));
        QVERIFY(view.changeCount() >= 1);
        QCOMPARE(view.currentChange(), -1);
        QTest::keyClick(view.diffUnified(), Qt::Key_F8);
        QCOMPARE(view.currentChange(), 0);
        view.diffUnified()->getCursorPosition(&cursorLine, &cursorIndex);
        QVERIFY(view.diffUnified()->markersAtLine(cursorLine) != 0);
        const QString changedLine = view.diffUnified()->text(cursorLine);
        QVERIFY(changedLine.startsWith(u'+') || changedLine.startsWith(u'-'));
        view.unifiedToggle()->setChecked(false);
        QVERIFY(view.diffNew()->isVisible());

        view.selectRound(2);
        view.tabs()->setCurrentIndex(4);
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(view.grab().save(dir + u"/example-diff.png"_s));
            view.unifiedToggle()->setChecked(true);
            QTest::keyClick(view.diffUnified(), Qt::Key_F8);
            QVERIFY(view.grab().save(dir + u"/example-diff-unified.png"_s));
            view.unifiedToggle()->setChecked(false);
            view.selectRound(1);
            view.errorsOnly()->setChecked(false);
            view.tabs()->setCurrentIndex(5);
            QVERIFY(view.grab().save(dir + u"/example-log.png"_s));
            view.tabs()->setCurrentIndex(6);
            QVERIFY(view.grab().save(dir + u"/example-judge.png"_s));
            view.selectRound(2);
            view.tabs()->setCurrentIndex(7);
            QVERIFY(view.grab().save(dir + u"/example-artifacts.png"_s));
        }
    }

    void mainWindowListsExamples()
    {
        ui::MainWindow window(m_tmp->workspace());
        QSignalSpy examples(&window, &ui::MainWindow::examplesLoaded);
        QSignalSpy loaded(window.exampleView(), &ui::ExampleView::loaded);
        QAbstractItemModelTester tester(window.exampleTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.resize(1400, 820);
        window.show();
        QVERIFY(examples.wait(10000));
        QCOMPARE(examples.first().first().toInt(), 1);
        QCOMPARE(window.exampleTable()->model()->index(0, 2).data().toString(), u"SUCCESS"_s);
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.exampleView()->editor(u"main.py"_s)->text().contains(u"lattice_energy"_s));
        auto *tabs = window.findChild<QTabWidget *>(u"MainTabs"_s);
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        QCOMPARE(tabs->tabText(1), u"&Examples"_s);
        window.exampleView()->tabs()->setCurrentIndex(6);
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(dir + u"/mainwindow-examples.png"_s));

        // The heatmap of the repository: the model's ratings, and the files of the generation prompt.
        tabs->setCurrentIndex(0);
        auto *fileTabs = window.findChild<QTabWidget *>(u"FileTabs"_s);
        QVERIFY(fileTabs);
        fileTabs->setCurrentIndex(1);
        QTRY_COMPARE(window.heatmap()->cells().size(), 7);
        bool demoRatedAndInPrompt = false;
        for (const auto &cell : window.heatmap()->cells()) {
            if (cell.path == u"examples/demo.py"_s)
                demoRatedAndInPrompt = cell.rated && cell.inPrompt && cell.relevance == 5;
            if (cell.path == u"LICENSE"_s)
                QVERIFY(!cell.rated && cell.notAsked);   // classification ran without it: hatched, "not asked"
            if (cell.path == u"examples/demo.py"_s)
                QVERIFY(!cell.notAsked);
        }
        QVERIFY(demoRatedAndInPrompt);
        // A click on a cell selects that file and previews it.
        int index = 0;
        while (window.heatmap()->cells().at(index).path != u"matlib/core.py"_s)
            ++index;
        QTest::mouseClick(window.heatmap(), Qt::LeftButton, {}, window.heatmap()->cellRect(index).center().toPoint());
        QTRY_VERIFY(window.preview()->toPlainText().contains(u"def lattice_energy"_s));
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(dir + u"/heatmap.png"_s));
        // Area by lines: README.md (9 lines) outgrows setup.py (2 lines), as it does by size.
        auto areaOf = [&](const QString &path) {
            for (int i = 0; i < window.heatmap()->cells().size(); ++i)
                if (window.heatmap()->cells().at(i).path == path)
                    return window.heatmap()->cellRect(i).width() * window.heatmap()->cellRect(i).height();
            return -1.0;
        };
        auto *area = window.findChild<QComboBox *>(u"HeatmapArea"_s);
        QVERIFY(area);
        const double setupBySize = areaOf(u"setup.py"_s);
        area->setCurrentIndex(1);
        QCOMPARE(window.heatmap()->area(), ui::TreemapWidget::Area::Lines);
        QVERIFY(areaOf(u"README.md"_s) > 3 * areaOf(u"setup.py"_s));
        QVERIFY(areaOf(u"setup.py"_s) != setupBySize);
        area->setCurrentIndex(0);
    }

    void blindReviewInTheTables()
    {
        // Nobody has judged the example: in blind review the tables name neither the model nor the outcome.
        review::BlindReview::setEnabled(m_tmp->workspace(), true);
        ui::MainWindow window(m_tmp->workspace());
        QSignalSpy examples(&window, &ui::MainWindow::examplesLoaded);
        QSignalSpy shown(window.exampleView(), &ui::ExampleView::loaded);
        window.resize(1400, 820);
        window.show();
        QVERIFY(examples.wait(10000));
        const QAbstractItemModel *model = window.exampleTable()->model();
        QVERIFY(model->index(0, 0).data().toString().startsWith(u"Campaign "_s));
        QCOMPARE(model->index(0, 2).data().toString(), u"finished"_s);
        QVERIFY(model->index(0, 6).data().toString().isEmpty());   // the reason quotes the judge
        QVERIFY(window.repositoryView()->isColumnHidden(ui::RepositoryTableModel::ModelColumn));
        QVERIFY(window.repositoryView()->isColumnHidden(ui::RepositoryTableModel::VerdictColumn));
        window.findChild<QTabWidget *>(u"MainTabs"_s)->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 10000);
        QVERIFY(window.exampleView()->verdictView()->toPlainText().contains(u"Blind review"_s));
        QVERIFY(!window.exampleView()->verdictView()->toPlainText().contains(u"Runs and finds"_s));
        QVERIFY(window.exampleView()->roundView()->isColumnHidden(4));
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(dir + u"/blind-review-tables.png"_s));
        QVERIFY(window.exampleView()->errorClassBar()->isHidden());   // it names the judge's class
        review::BlindReview::setEnabled(m_tmp->workspace(), false);
    }

    void correctingTheErrorClassRecordsIt()
    {
        ui::WorkspaceSession session(m_tmp->workspace(), u"alice"_s);
        session.waitForIdle();
        ui::ExampleView view(&session);
        QSignalSpy loaded(&view, &ui::ExampleView::loaded);
        view.resize(1200, 800);
        view.show();
        view.setExample(m_exampleId);
        QVERIFY(loaded.wait(10000));
        ui::ErrorClassBar *bar = view.errorClassBar();
        view.selectRound(1);   // the judge: api_misuse (the TypeError)
        QTRY_COMPARE_WITH_TIMEOUT(bar->roundId(), store::PipelineStore(m_tmp->workspace()).round(m_exampleId, 1)->id, 10000);
        session.waitForIdle();
        QVERIFY(!bar->isHidden());
        QCOMPARE(bar->currentClass(), u"api_misuse"_s);
        QCOMPARE(bar->classBox()->currentData().toString(), u"api_misuse"_s);
        QVERIFY(bar->summaryLabel()->text().contains(u"the judge's"_s));
        QCOMPARE(bar->classBox()->count(), review::ErrorTaxonomy::classes().size());

        QSignalSpy corrected(bar, &ui::ErrorClassBar::corrected);
        bar->classBox()->setCurrentIndex(bar->classBox()->findData(u"dependency"_s));
        bar->reasonEdit()->setText(u"matplotlib missing from requirements"_s);
        QTest::mouseClick(bar->correctButton(), Qt::LeftButton);
        QVERIFY(corrected.wait(10000));
        const auto history = review::ErrorTaxonomy::corrections(m_tmp->workspace(), bar->roundId());
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].annotator, u"alice"_s);
        QCOMPARE(history[0].errorClass, u"dependency"_s);
        QCOMPARE(history[0].reason, u"matplotlib missing from requirements"_s);
        QCOMPARE(bar->currentClass(), u"dependency"_s);
        QVERIFY(bar->summaryLabel()->text().contains(u"corrected by alice"_s));
        QVERIFY(bar->reasonEdit()->text().isEmpty());
        // the judge's verdict is untouched
        QCOMPARE(store::PipelineStore(m_tmp->workspace()).round(m_exampleId, 1)->errorClass, u"api_misuse"_s);
        QVERIFY(view.verdictView()->toPlainText().contains(u"error class: api_misuse"_s));

        // another round, then back: the correction is read again from the workspace
        view.selectRound(2);
        session.waitForIdle();
        QCOMPARE(bar->currentClass(), u"none"_s);
        view.selectRound(1);
        session.waitForIdle();
        QCOMPARE(bar->currentClass(), u"dependency"_s);
        if (const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.tabs()->setCurrentIndex(view.tabs()->indexOf(view.verdictView()->parentWidget()));
            QVERIFY(view.grab().save(dir + u"/error-class-correction.png"_s));
        }

        // without a name nothing can be recorded
        ui::WorkspaceSession anonymous(m_tmp->workspace(), QString());
        anonymous.waitForIdle();
        ui::ErrorClassBar nameless(&anonymous);
        nameless.setRound(bar->roundId(), u"api_misuse"_s);
        anonymous.waitForIdle();
        QVERIFY(!nameless.correctButton()->isEnabled());
    }
};

QTEST_MAIN(TstExampleView)
#include "tst_exampleview.moc"
