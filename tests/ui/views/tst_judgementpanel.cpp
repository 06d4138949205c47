// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/executionresult.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "views/curationview.h"
#include "views/judgementpanel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QTableWidget>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

/** The expert's judgement panel: the judge's answers beside, the keyboard flow, append-only history. */
class TstJudgementPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    test::TempWorkspace m_tmp;
    qint64 m_example = 0;
    QList<store::RoundRecord> m_rounds;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(u"codedistiller-workbench-test"_s);
        QCoreApplication::setApplicationName(u"judgement-panel-test"_s);
        const auto ws = m_tmp.workspace();
        QSqlQuery q = store::exec(ws->database(),
                                        u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                        "VALUES ('r', 'r', 'r', 'r', '0123456789abcdef0123456789abcdef01234567', 0, 0) RETURNING id"_s);
        store::PipelineStore pipeline(ws);
        const qint64 campaign = pipeline.createCampaign(u"c"_s, "{}");
        m_example = pipeline.addExamples(campaign, {store::insertedId(q)}).first().id;
        const auto round = pipeline.createRound(m_example, 1, u"generated"_s, "print(1)", "", "true", "{}");
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        result.exitCode = 0;
        pipeline.saveExecution(round.id, result);
        pipeline.saveVerdict(round.id, R"({"is_finished": true, "is_faithful": true, "is_complete": false, "is_accurate": true, "error_class": "none"})",
                             true, u"none"_s);
        m_rounds = pipeline.rounds(m_example);
    }

    void withoutANameNothingIsRecorded()
    {
        ui::WorkspaceSession session(m_tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::JudgementPanel panel(&session);
        panel.setExample(m_example, m_rounds);
        panel.setAnswer(u"decision"_s, u"accept"_s);
        QVERIFY(!panel.submitButton()->isEnabled());
    }

    void keyboardFlowRecordsAndSupersedes()
    {
        auto preferences = ui::Preferences::load();
        preferences.annotator = u"alice"_s;
        preferences.save();

        ui::WorkspaceSession session(m_tmp.workspace(), ui::Preferences::load().annotator);

        session.waitForIdle();   // the cached settings are in

        ui::JudgementPanel panel(&session);
        QSignalSpy history(&panel, &ui::JudgementPanel::historyLoaded);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setExample(m_example, m_rounds);
        QTRY_COMPARE_WITH_TIMEOUT(history.size(), 1, 30000);
        // The judge's answers beside the questions.
        QCOMPARE(panel.judgeLabel(u"ran_without_error"_s)->text(), u"yes"_s);
        QCOMPARE(panel.judgeLabel(u"shows_function"_s)->text(), u"no"_s);   // not complete
        QCOMPARE(panel.judgeLabel(u"decision"_s)->text(), u"accept"_s);

        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));   // shortcuts need the active window
        panel.setFocus();
        QTest::keyClick(&panel, Qt::Key_1);   // ran: yes
        QTest::keyClick(&panel, Qt::Key_5);   // shows function: no
        QTest::keyClick(&panel, Qt::Key_9);   // correct: unsure
        QTest::keyClick(&panel, Qt::Key_W);   // needs work
        QCOMPARE(panel.answer(u"ran_without_error"_s), u"yes"_s);
        QCOMPARE(panel.answer(u"shows_function"_s), u"no"_s);
        QCOMPARE(panel.answer(u"function_correct"_s), u"unsure"_s);
        QCOMPARE(panel.answer(u"decision"_s), u"needs_work"_s);
        QVERIFY(panel.judgeLabel(u"decision"_s)->text().contains(u"differs"_s));   // the judge accepted
        QCOMPARE(panel.judgeLabel(u"shows_function"_s)->text(), u"no"_s);        // same answer: not marked
        QTest::keyClick(&panel, Qt::Key_1);   // again: clears the answer
        QCOMPARE(panel.answer(u"ran_without_error"_s), QString());
        QTest::keyClick(&panel, Qt::Key_1);

        QSignalSpy submitted(&panel, &ui::JudgementPanel::submitted);
        QVERIFY(panel.submitButton()->isEnabled());
        QTest::keyClick(&panel, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(panel.historyList()->count(), 1, 30000);   // the history reloads after the submit

        QVERIFY(!panel.focusWidget() || panel.focusWidget() != panel.submitButton());
        QTest::keyClick(&panel, Qt::Key_A);   // changes her mind: accept
        QCOMPARE(panel.answer(u"decision"_s), u"accept"_s);
        QTRY_VERIFY(panel.submitButton()->isEnabled());
        QTest::keyClick(&panel, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 2, 30000);   // counted, not awaited: it may already have arrived
        QTRY_COMPARE_WITH_TIMEOUT(panel.historyList()->count(), 2, 30000);
        QVERIFY(panel.historyList()->item(0)->text().contains(u"accept"_s));
        QVERIFY(panel.historyList()->item(1)->text().contains(u"superseded"_s));
        const auto stored = submitted.last().first().value<store::JudgementRecord>();
        QVERIFY(stored.supersedesId);
        QCOMPARE(store::JudgementStore(m_tmp.workspace()).history(m_example).size(), 2);
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            panel.resize(900, 420);
            QVERIFY(panel.grab().save(dir + u"/judgement-panel.png"_s));
        }
    }

    void curationViewShowsTableChartAndAgreement()
    {
        store::JudgementRecord j;
        j.exampleId = m_example;
        j.annotator = u"carol"_s;
        j.decision = store::Decision::Accept;
        j.ranWithoutError = store::CriterionAnswer::Yes;
        store::JudgementStore(m_tmp.workspace()).add(j);
        ui::WorkspaceSession session(m_tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::CurationView view(&session);
        QSignalSpy loaded(&view, &ui::CurationView::loaded);
        QSignalSpy failed(&view, &ui::CurationView::failed);
        view.resize(1100, 760);
        view.show();
        view.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(view.reportTable()->rowCount(), 1);
        QVERIFY(view.agreementTable()->rowCount() >= 8);   // judge × alice, judge × carol, alice × carol, groups
        QVERIFY(view.chart()->chart()->series().size() == 1);
    }
};

QTEST_MAIN(TstJudgementPanel)
#include "tst_judgementpanel.moc"
