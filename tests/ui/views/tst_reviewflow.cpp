// SPDX-License-Identifier: GPL-3.0-or-later
// The review flow at keyboard speed: the queue (next unreviewed / disagreement / filter), submit and
// advance, per-annotator progress, undo / redo, remapped keys with the cheat-sheet, and blind review.
#include "dialogs/reviewkeysdialog.h"
#include "exec/executionresult.h"
#include "review/blindreview.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"
#include "settings/reviewkeymap.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "views/exampleview.h"
#include "views/judgementpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace wb;

class TstReviewFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    struct Fixture
    {
        test::TempWorkspace tmp;
        QList<qint64> examples;   // repo-0 .. repo-3, the judge accepted 0 and 1
        QHash<qint64, QList<store::RoundRecord>> rounds;
    };

    static void build(Fixture &f)
    {
        const auto ws = f.tmp.workspace();
        store::PipelineStore pipeline(ws);
        QList<qint64> repositories;
        for (int i = 0; i < 4; ++i) {
            QSqlQuery q = store::exec(ws->database(),
                                            u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                            "VALUES (:n, :n, :n, :n, :c, 0, 0) RETURNING id"_s,
                                            {{u":n"_s, u"repo-%1"_s.arg(i)}, {u":c"_s, u"0123456789abcdef0123456789abcdef01234567"_s}});
            repositories << store::insertedId(q);
        }
        const qint64 campaign = pipeline.createCampaign(u"openai-gpt-5"_s, "{}");
        for (const auto &e : pipeline.addExamples(campaign, repositories)) {
            f.examples << e.id;
            const bool finished = f.examples.size() <= 2;
            const auto round = pipeline.createRound(e.id, 1, u"generated"_s, "print(1)\n", "", "python main.py\n", "{}");
            exec::ExecutionResult result;
            result.outcome = exec::ExecutionResult::Outcome::Completed;
            result.exitCode = finished ? 0 : 1;
            pipeline.saveExecution(round.id, result);
            pipeline.saveVerdict(round.id,
                                 finished ? R"({"is_finished": true, "is_faithful": true, "is_complete": true, "is_accurate": true, "error_class": "none", "summary": "VERDICT-TEXT"})"
                                          : R"({"is_finished": false, "is_faithful": true, "is_complete": false, "is_accurate": false, "error_class": "api_misuse", "summary": "VERDICT-TEXT"})",
                                 finished, finished ? u"none"_s : u"api_misuse"_s);
            pipeline.setExampleState(e.id, finished ? wb::store::ExampleStatus::Success : wb::store::ExampleStatus::Failed, u"done"_s);
            f.rounds.insert(e.id, pipeline.rounds(e.id));
        }
    }

    static void setAnnotator(const QString &name)
    {
        auto preferences = ui::Preferences::load();
        preferences.annotator = name;
        preferences.save();
    }

    /** A panel whose navigation requests are followed, as the main window does. */
    static void follow(ui::JudgementPanel &panel, Fixture &f)
    {
        QObject::connect(&panel, &ui::JudgementPanel::navigateRequested, &panel,
                         [&panel, &f](qint64 id) { panel.setExample(id, f.rounds.value(id)); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(u"codedistiller-workbench-test"_s);
        QCoreApplication::setApplicationName(u"review-flow-test"_s);
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
    }

    void init()
    {
        ui::ReviewKeymap::resetAll();
        setAnnotator(u"ada"_s);
    }

    void keyboardOnlyReviewOfACampaign()
    {
        Fixture f;
        build(f);
        ui::WorkspaceSession session(f.tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::JudgementPanel panel(&session);
        follow(panel, f);
        QSignalSpy queued(&panel, &ui::JudgementPanel::queueLoaded);
        QSignalSpy submitted(&panel, &ui::JudgementPanel::submitted);
        panel.show();
        panel.setExample(f.examples[0], f.rounds.value(f.examples[0]));
        QTRY_VERIFY_WITH_TIMEOUT(queued.size() >= 1, 30000);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QCOMPARE(panel.queue().items.size(), 4);
        QVERIFY2(panel.progressLabel()->text().contains(u"ada 0/4"_s), qPrintable(panel.progressLabel()->text()));
        panel.setFocus();

        // Four examples judged without the mouse: answers, decision, submit-and-advance.
        for (int i = 0; i < 4; ++i) {
            QTRY_COMPARE(panel.exampleId(), f.examples[i]);
            QTest::keyClick(&panel, Qt::Key_1);
            QTest::keyClick(&panel, Qt::Key_4);
            QTest::keyClick(&panel, i == 2 ? Qt::Key_7 : Qt::Key_8);
            QTest::keyClick(&panel, i == 2 ? Qt::Key_A : Qt::Key_R);   // example 2: accepted against the judge
            QTest::keyClick(&panel, Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), i + 1, 30000);
        }
        const auto current = store::JudgementStore(f.tmp.workspace()).current(
            store::PipelineStore(f.tmp.workspace()).example(f.examples[0])->campaignId);
        QCOMPARE(current.size(), 4);
        QCOMPARE(current[2].decisionText(), u"accept"_s);
        QCOMPARE(current[2].answerText(store::Criterion::FunctionCorrect), u"yes"_s);
        QVERIFY(current[0].secondsSpent.has_value());
        QTRY_VERIFY2_WITH_TIMEOUT(panel.progressLabel()->text().contains(u"ada 4/4"_s), qPrintable(panel.progressLabel()->text()), 30000);

        // Disagreements: 0 and 1 (judge accepted, ada rejected) and 2 (judge rejected, ada accepted).
        QCOMPARE(panel.queue().count(review::ReviewQueue::Filter::Disagreement), 3);
        // Queue loads are latest-wins, so count answers from here, not since the start.
        const qsizetype loadsBefore = queued.size();
        panel.setExample(f.examples[1], f.rounds.value(f.examples[1]));
        QTRY_VERIFY_WITH_TIMEOUT(queued.size() > loadsBefore, 30000);
        QTest::keyClick(&panel, Qt::Key_D);
        QTRY_COMPARE(panel.exampleId(), f.examples[2]);
        QTest::keyClick(&panel, Qt::Key_D);
        QTRY_COMPARE(panel.exampleId(), f.examples[0]);   // wraps around
        // Filter: judge failures.
        panel.filterBox()->setCurrentIndex(panel.filterBox()->findData(int(review::ReviewQueue::Filter::JudgeFailure)));
        QTest::keyClick(&panel, Qt::Key_F);
        QTRY_COMPARE(panel.exampleId(), f.examples[2]);
        QTest::keyClick(&panel, Qt::Key_P);   // previous in the queue
        QTRY_COMPARE(panel.exampleId(), f.examples[1]);

        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            panel.resize(980, 460);
            QTest::keyClick(&panel, Qt::Key_1);
            QTest::keyClick(&panel, Qt::Key_6);
            QTest::keyClick(&panel, Qt::Key_W);
            QTest::qWait(100);   // let the layout settle
            QVERIFY(panel.grab().save(dir + u"/review-queue.png"_s));
        }
    }

    void undoAndRedoAnswers()
    {
        Fixture f;
        build(f);
        ui::WorkspaceSession session(f.tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::JudgementPanel panel(&session);
        panel.show();
        panel.setExample(f.examples[0], f.rounds.value(f.examples[0]));
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.setFocus();
        QTest::keyClick(&panel, Qt::Key_1);
        QTest::keyClick(&panel, Qt::Key_5);
        QTest::keyClick(&panel, Qt::Key_6);   // changes her mind: unsure
        QCOMPARE(panel.answer(u"shows_function"_s), u"unsure"_s);
        QTest::keyClick(&panel, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(panel.answer(u"shows_function"_s), u"no"_s);
        QTest::keyClick(&panel, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(panel.answer(u"shows_function"_s), QString());
        QCOMPARE(panel.answer(u"ran_without_error"_s), u"yes"_s);
        QTest::keyClick(&panel, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(panel.answer(u"shows_function"_s), u"no"_s);
        QCOMPARE(panel.undoStack()->count(), 3);
        // Another example starts a fresh history.
        panel.setExample(f.examples[1], f.rounds.value(f.examples[1]));
        QCOMPARE(panel.undoStack()->count(), 0);
        QCOMPARE(panel.answer(u"ran_without_error"_s), QString());
    }

    void judgingOneRound()
    {
        Fixture f;
        build(f);
        ui::WorkspaceSession session(f.tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::JudgementPanel panel(&session);
        QSignalSpy submitted(&panel, &ui::JudgementPanel::submitted);
        QSignalSpy history(&panel, &ui::JudgementPanel::historyLoaded);
        panel.show();
        const auto &rounds = f.rounds.value(f.examples[0]);
        panel.setExample(f.examples[0], rounds);
        QCOMPARE(panel.scopeBox()->count(), 1 + int(rounds.size()));
        panel.scopeBox()->setCurrentIndex(1);   // round 1 only
        panel.setAnswer(u"ran_without_error"_s, u"yes"_s);
        panel.submit();
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 30000);
        const auto stored = submitted.first().first().value<store::JudgementRecord>();
        QCOMPARE(stored.roundId.value_or(0), rounds.first().id);
        // A round judgement is not the example's: the queue still counts it as unreviewed.
        const auto queue = review::ReviewQueue::load(f.tmp.workspace(), 0, u"ada"_s);
        QVERIFY(!queue.items.first().reviewedByMe);
        QTRY_VERIFY_WITH_TIMEOUT(panel.historyList()->count() == 1 && panel.historyList()->item(0)->text().contains(u"round 1"_s),
                                 30000);
        QCOMPARE(panel.scopeBox()->currentIndex(), 1);   // a reload of the same example keeps the scope
    }

    void remappedKeysAndTheCheatSheet()
    {
        Fixture f;
        build(f);
        ui::ReviewKeymap::setKey(u"accept"_s, QKeySequence(Qt::Key_Y));
        ui::WorkspaceSession session(f.tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::JudgementPanel panel(&session);
        panel.show();
        panel.setExample(f.examples[0], f.rounds.value(f.examples[0]));
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.setFocus();
        QTest::keyClick(&panel, Qt::Key_A);
        QCOMPARE(panel.answer(u"decision"_s), QString());   // A is no longer bound
        QTest::keyClick(&panel, Qt::Key_Y);
        QCOMPARE(panel.answer(u"decision"_s), u"accept"_s);

        ui::ReviewKeysDialog dialog;
        QCOMPARE(dialog.table()->rowCount(), int(ui::ReviewKeymap::actions().size()));
        QCOMPARE(dialog.keyEdit(u"accept"_s)->keySequence(), QKeySequence(Qt::Key_Y));
        dialog.keyEdit(u"reject"_s)->setKeySequence(QKeySequence(Qt::Key_Y));   // a clash
        QVERIFY(dialog.problem().contains(u"Decision: accept"_s));
        QVERIFY(dialog.problem().contains(u"Decision: reject"_s));
        dialog.accept();
        QCOMPARE(ui::ReviewKeymap::key(u"reject"_s), QKeySequence(Qt::Key_R));   // refused: nothing saved
        dialog.restoreDefaults();
        QVERIFY(dialog.problem().isEmpty());
        dialog.accept();
        QCOMPARE(ui::ReviewKeymap::key(u"accept"_s), QKeySequence(Qt::Key_A));
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            ui::ReviewKeysDialog sheet;
            sheet.show();
            QVERIFY(sheet.grab().save(dir + u"/review-keys.png"_s));
        }
    }

    void blindReviewHidesUntilSubmitted()
    {
        Fixture f;
        build(f);
        setAnnotator(u"bob"_s);
        store::JudgementRecord bobs;
        bobs.exampleId = f.examples[0];
        bobs.annotator = u"bob"_s;
        bobs.decision = store::Decision::Reject;
        bobs.notes = u"BOB-NOTES"_s;
        store::JudgementStore(f.tmp.workspace()).add(bobs);
        review::BlindReview::setEnabled(f.tmp.workspace(), true);
        setAnnotator(u"ada"_s);

        ui::WorkspaceSession session(f.tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::ExampleView view(&session);
        QSignalSpy loaded(&view, &ui::ExampleView::loaded);
        ui::JudgementPanel *panel = view.judgementPanel();
        QSignalSpy history(panel, &ui::JudgementPanel::historyLoaded);
        view.resize(1100, 700);
        view.show();
        view.setExample(f.examples[0]);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(history.size() >= 1, 30000);
        QVERIFY(!panel->revealed());
        for (const QString &criterion : {u"ran_without_error"_s, u"decision"_s})
            QCOMPARE(panel->judgeLabel(criterion)->text(), u"hidden until you submit"_s);
        QCOMPARE(panel->historyList()->count(), 0);   // bob's judgement is hidden
        QVERIFY(!view.verdictView()->toPlainText().contains(u"VERDICT-TEXT"_s));
        QVERIFY(view.roundView()->isColumnHidden(4));   // the verdict column
        // Nothing the annotator can see names the model or the outcome.
        for (const QLabel *label : view.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(u"SUCCESS"_s) && !label->text().contains(u"gpt"_s), qPrintable(label->text()));
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            view.tabs()->setCurrentWidget(panel);
            QVERIFY(view.grab().save(dir + u"/blind-review.png"_s));
        }

        // Submitting reveals the judge, bob's judgement and the verdict.
        QSignalSpy submitted(panel, &ui::JudgementPanel::submitted);
        panel->setAnswer(u"decision"_s, u"accept"_s);
        panel->submit();
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 30000);
        QVERIFY(submitted.first().first().value<store::JudgementRecord>().blind);
        QTRY_VERIFY_WITH_TIMEOUT(panel->revealed(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->historyList()->count(), 2, 30000);
        QCOMPARE(panel->judgeLabel(u"decision"_s)->text(), u"accept"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view.verdictView()->toPlainText().contains(u"VERDICT-TEXT"_s), 30000);
        QVERIFY(!view.roundView()->isColumnHidden(4));
    }
};

QTEST_MAIN(TstReviewFlow)
#include "tst_reviewflow.moc"
