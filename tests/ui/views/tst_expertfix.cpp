// SPDX-License-Identifier: GPL-3.0-or-later
// The expert fix in the example view: edit the files, save them as a human round, run it for real
// through the campaign's executor on the pipeline thread, and see it in the timeline and the diff.
#include "campaign/campaigncontroller.h"
#include "distillationscript.h"
#include "editor/codeeditor.h"
#include "exec/executionresult.h"
#include "pipeline/campaignconfig.h"
#include "repo/repositoryingestor.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "views/exampleview.h"
#include "views/expertfixbar.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstExpertFix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(u"codedistiller-workbench-test"_s);
        QCoreApplication::setApplicationName(u"expert-fix-test"_s);
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        auto preferences = ui::Preferences::load();
        preferences.annotator = u"ada"_s;
        preferences.save();
    }

    void editSaveAndRunAnExpertRound()
    {
        test::TempWorkspace tmp;
        const auto ws = tmp.workspace();
        const QString repo = m_dir.filePath(u"matlib"_s);
        test::DistillationScript::makeRepository(repo);
        const auto record = repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(repo));
        pipeline::CampaignConfig config;
        config.executor = u"local"_s;
        config.limits.wallSeconds = 120;
        store::PipelineStore pipeline(ws);
        const qint64 campaign = pipeline.createCampaign(u"c"_s, config.toJson());
        const qint64 example = pipeline.addExamples(campaign, {record.id}).first().id;
        const auto first = pipeline.createRound(example, 1, u"generated"_s, "import matlib\nmatlib.wrong()\n", "",
                                                "python main.py\n", R"({"name": "demo"})");
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        result.exitCode = 1;
        pipeline.saveExecution(first.id, result);
        pipeline.setExampleState(example, wb::store::ExampleStatus::Failed, u"done"_s, u"gave up"_s);

        ui::WorkspaceSession session(ws, ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::ExampleView view(&session);
        ui::CampaignController controller(ws);
        connect(&view, &ui::ExampleView::expertRoundRequested, &controller,
                [&controller](qint64 c, qint64 e, bool judge) { QVERIFY(controller.startExpertRound(c, e, judge)); });
        connect(&controller, &ui::CampaignController::finished, &view, [&view] {
            view.expertFix()->runFinished(u"done"_s);
            view.setExample(view.exampleId());
        });
        QSignalSpy loaded(&view, &ui::ExampleView::loaded);
        QSignalSpy finished(&controller, &ui::CampaignController::finished);
        view.resize(1200, 760);
        view.show();
        view.setExample(example);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);

        ui::ExpertFixBar *fix = view.expertFix();
        ui::CodeEditor *main = view.editor(u"main.py"_s);
        QVERIFY(main->isReadOnly());
        QVERIFY(!fix->runButton()->isVisible());
        QTest::mouseClick(fix->editButton(), Qt::LeftButton);
        QVERIFY(fix->isEditing());
        QVERIFY(!main->isReadOnly());
        main->setText(u"print('EXPERT-ROUND-OUTPUT')\n"_s);

        // A reload while editing (as a campaign's progress causes) keeps the edits.
        view.setExample(example);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
        QCOMPARE(main->text(), u"print('EXPERT-ROUND-OUTPUT')\n"_s);

        // Broken metadata is refused and the edits stay.
        view.editor(u"metadata.json"_s)->setText(u"{not json"_s);
        QTest::mouseClick(fix->saveButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(fix->statusLabel()->text().contains(u"metadata.json is not a JSON object"_s), qPrintable(fix->statusLabel()->text()), 30000);
        QVERIFY(fix->isEditing());
        QCOMPARE(pipeline.rounds(example).size(), 1);
        view.editor(u"metadata.json"_s)->setText(u"{\"name\": \"demo\"}"_s);

        QVERIFY(fix->runAfterSave()->isChecked());
        QTest::mouseClick(fix->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        const auto rounds = pipeline.rounds(example);
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds[1].origin, u"human"_s);
        QVERIFY(rounds[1].executed);
        QCOMPARE(rounds[1].exitCode.value_or(-1), 0);
        QCOMPARE(pipeline.example(example)->status, wb::store::ExampleStatus::Failed);   // the pipeline's outcome stands

        // The timeline shows it; its log holds the output; the diff compares it with round 1.
        QTRY_COMPARE_WITH_TIMEOUT(view.roundView()->model()->rowCount(), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(view.currentRound(), 2, 30000);
        QVERIFY(!fix->isEditing());
        QVERIFY(main->isReadOnly());
        auto printed = [&view] {   // once the reload after the run has arrived
            for (int i = 0; i < view.logList()->count(); ++i)
                if (view.logList()->item(i)->text().contains(u"EXPERT-ROUND-OUTPUT"_s))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(printed(), 30000);
        QVERIFY(view.diffNew()->text().contains(u"EXPERT-ROUND-OUTPUT"_s));
        QVERIFY(view.diffOld()->text().contains(u"matlib.wrong()"_s));
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            view.tabs()->setCurrentIndex(4);   // the diff
            QVERIFY(view.grab().save(dir + u"/expert-round.png"_s));
        }
    }

    void draftsSurviveNavigation()
    {
        test::TempWorkspace tmp;
        const auto ws = tmp.workspace();
        const QString repo = m_dir.filePath(u"matlib-drafts"_s);
        test::DistillationScript::makeRepository(repo);
        const auto record = repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(repo));
        store::PipelineStore pipeline(ws);
        const qint64 campaign = pipeline.createCampaign(u"c"_s, "{}");
        const qint64 a = pipeline.addExamples(campaign, {record.id}).first().id;
        const qint64 b = pipeline.addExamples(pipeline.createCampaign(u"d"_s, "{}"), {record.id}).first().id;
        for (const qint64 e : {a, b}) {
            pipeline.createRound(e, 1, u"generated"_s, "print(1)\n", "", "python main.py\n", "{}");
            pipeline.setExampleState(e, wb::store::ExampleStatus::Failed, u"done"_s);
        }
        ui::WorkspaceSession session(ws, ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::ExampleView view(&session);
        QSignalSpy loaded(&view, &ui::ExampleView::loaded);
        view.show();
        view.setExample(a);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        view.expertFix()->startEditing();
        view.editor(u"main.py"_s)->setText(u"print('draft')\n"_s);
        view.setExample(b);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
        QVERIFY(!view.expertFix()->isEditing());
        QCOMPARE(view.editor(u"main.py"_s)->text(), u"print(1)\n"_s);
        view.setExample(a);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 30000);
        QVERIFY(view.expertFix()->isEditing());
        QCOMPARE(view.editor(u"main.py"_s)->text(), u"print('draft')\n"_s);
        view.expertFix()->discard();
        QCOMPARE(view.editor(u"main.py"_s)->text(), u"print(1)\n"_s);
    }
};

QTEST_MAIN(TstExpertFix)
#include "tst_expertfix.moc"
