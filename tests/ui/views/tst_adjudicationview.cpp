// SPDX-License-Identifier: GPL-3.0-or-later
// The Adjudication tab's keyboard flow, and line comments in the example view's editors and log.
#include "editor/codeeditor.h"
#include "exec/executionresult.h"
#include "mainwindow/mainwindow.h"
#include "review/blindreview.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"
#include "store/adjudicationstore.h"
#include "store/annotationstore.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "views/adjudicationview.h"
#include "views/annotationcontroller.h"
#include "views/exampleview.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
const QByteArray kMainPy = R"(import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

from photutils.aperture import CircularAperture, aperture_photometry


def synthetic_image(size=64, flux=1000.0, sigma=2.5):
    """A Gaussian star on a flat background."""
    y, x = np.mgrid[:size, :size]
    star = flux * np.exp(-((x - size / 2) ** 2 + (y - size / 2) ** 2) / (2 * sigma**2))
    return star + 10.0


image = synthetic_image()
aperture = CircularAperture([(32, 32)], r=6.0)
table = aperture_photometry(image, aperture)
print("aperture sum:", float(table["aperture_sum"][0]))
plt.imshow(image, origin="lower")
plt.savefig("to_save/star.png")
)";
} // namespace

class TstAdjudicationView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    test::TempWorkspace m_tmp;
    QList<qint64> m_examples;   // gpt-5: 0 and 1 disagree, 2 agrees; claude: 3 disagrees
    QHash<QString, qint64> m_repositories;

    qint64 addExample(store::PipelineStore &pipeline, qint64 campaign, const QString &repository)
    {
        const auto ws = m_tmp.workspace();
        if (!m_repositories.contains(repository)) {
            QSqlQuery q = store::exec(ws->database(),
                                            u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                            "VALUES (:n, :n, :u, :n, '0123456789abcdef0123456789abcdef01234567', 0, 0) RETURNING id"_s,
                                            {{u":n"_s, repository}, {u":u"_s, QString(u"https://github.com/"_s + repository)}});
            m_repositories.insert(repository, store::insertedId(q));
        }
        const qint64 repositoryId = m_repositories.value(repository);
        qint64 example = 0;
        for (const auto &e : pipeline.addExamples(campaign, {repositoryId}))
            if (e.repositoryId == repositoryId)
                example = e.id;
        const auto round = pipeline.createRound(example, 1, u"generated"_s, kMainPy, "numpy\nmatplotlib\nphotutils\n",
                                                "pip install -r requirements.txt\n", R"({"title": "Aperture photometry"})");
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        result.exitCode = 0;
        const QStringList lines{u"Collecting photutils"_s, u"Successfully installed photutils-1.13.0"_s, u"aperture sum: 30148.2"_s,
                                u"saved to_save/star.png"_s};
        for (int i = 0; i < lines.size(); ++i)
            result.log.append({1700000000000 + 500 * i, i < 2 ? u"setup"_s : u"run"_s, u"stdout"_s, lines.at(i)});
        pipeline.saveExecution(round.id, result);
        pipeline.saveVerdict(round.id,
                             R"({"is_finished": true, "is_faithful": true, "is_complete": true, "is_accurate": true, "error_class": "none",
                                 "summary": "Measures the flux of a synthetic star."})",
                             true, u"none"_s);
        pipeline.setExampleState(example, wb::store::ExampleStatus::Success, u"done"_s);
        return example;
    }

    void judge(qint64 example, const QString &who, const QString &correct, const QString &decision, const QString &notes = {})
    {
        store::JudgementRecord j;
        j.exampleId = example;
        j.annotator = who;
        j.ranWithoutError = store::CriterionAnswer::Yes;
        j.showsFunction = store::CriterionAnswer::Yes;
        j.functionCorrect = store::criterionAnswerFromString(correct);
        j.decision = store::decisionFromString(decision);
        j.notes = notes;
        store::JudgementStore(m_tmp.workspace()).add(j);
    }

    static void grab(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(dir + u'/' + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(u"codedistiller-workbench-test"_s);
        QCoreApplication::setApplicationName(u"adjudication-view-test"_s);
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        auto preferences = ui::Preferences::load();
        preferences.annotator = u"carol"_s;
        preferences.save();

        store::PipelineStore pipeline(m_tmp.workspace());
        const qint64 gpt = pipeline.createCampaign(u"gpt-5"_s, "{}");
        const qint64 claude = pipeline.createCampaign(u"claude"_s, "{}");
        m_examples << addExample(pipeline, gpt, u"astropy/photutils"_s) << addExample(pipeline, gpt, u"scikit-hep/awkward"_s)
                   << addExample(pipeline, gpt, u"astropy/photutils-datasets"_s) << addExample(pipeline, claude, u"astropy/photutils"_s);
        judge(m_examples[0], u"alice"_s, u"yes"_s, u"accept"_s, u"matches the tutorial"_s);
        judge(m_examples[0], u"bob"_s, u"no"_s, u"reject"_s, u"the aperture radius is hard-coded"_s);
        judge(m_examples[1], u"alice"_s, u"yes"_s, u"needs_work"_s);
        judge(m_examples[2], u"alice"_s, u"yes"_s, u"accept"_s);
        judge(m_examples[3], u"bob"_s, u"unsure"_s, u"accept"_s);
    }

    void keyboardFlowRecordsGoldAndAdvances()
    {
        ui::WorkspaceSession session(m_tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::AdjudicationView view(&session);
        QSignalSpy loaded(&view, &ui::AdjudicationView::loaded);
        QSignalSpy recorded(&view, &ui::AdjudicationView::recorded);
        view.resize(1200, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(view.queueList()->topLevelItemCount(), 3);   // the agreeing example is not in the queue

        // Only gpt-5's disagreements.
        view.campaignFilter()->setCurrentIndex(view.campaignFilter()->findData(u"gpt-5"_s));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
        QCOMPARE(view.queueList()->topLevelItemCount(), 2);
        QCOMPARE(view.currentExample(), m_examples[0]);
        QCOMPARE(view.queueList()->topLevelItem(0)->text(0), u"astropy/photutils"_s);

        // Select with the keyboard: down and back up.
        view.queueList()->setFocus();
        QTest::keyClick(view.queueList(), Qt::Key_Down);
        QCOMPARE(view.currentExample(), m_examples[1]);
        QTest::keyClick(view.queueList(), Qt::Key_Up);
        QCOMPARE(view.currentExample(), m_examples[0]);
        // The answers side by side: the judge, alice, bob, and the gold column.
        QCOMPARE(view.answersTable()->columnCount(), 4);
        QCOMPARE(view.answersTable()->horizontalHeaderItem(2)->text(), u"bob"_s);
        QCOMPARE(view.answersTable()->item(3, 2)->text(), u"reject"_s);
        QVERIFY(view.chooser(u"decision"_s)->isVisibleTo(&view));
        QVERIFY(view.chooser(u"function_correct"_s)->isVisibleTo(&view));
        QVERIFY(!view.chooser(u"ran_without_error"_s)->isVisibleTo(&view));   // everyone agrees on it

        // Nothing chosen yet: Ctrl+Return records nothing.
        QVERIFY(!view.recordButton()->isEnabled());
        QTest::keyClick(view.queueList(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(recorded.size(), 0);

        // Tab to the choosers, choose with letters, write the rationale, Ctrl+Return.
        QTest::keyClick(view.queueList(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view.chooser(u"function_correct"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N);
        QCOMPARE(view.chooser(u"function_correct"_s)->currentData().toString(), u"no"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view.chooser(u"decision"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N);
        QCOMPARE(view.chooser(u"decision"_s)->currentData().toString(), u"needs_work"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view.rationaleEdit());
        QTest::keyClicks(view.rationaleEdit(), u"The radius must follow the PSF; the code runs but measures the wrong flux."_s);
        QVERIFY(view.recordButton()->isEnabled());
        grab(&view, u"adjudication.png"_s);
        QTest::keyClick(view.rationaleEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 30000);
        QCOMPARE(recorded.first().first().toLongLong(), m_examples[0]);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 30000);
        QCOMPARE(view.queueList()->topLevelItemCount(), 1);
        QCOMPARE(view.currentExample(), m_examples[1]);   // advanced to the next
        QVERIFY(view.rationaleEdit()->toPlainText().isEmpty());
        const auto gold = store::AdjudicationStore(m_tmp.workspace()).gold(m_examples[0]);
        QCOMPARE(gold.value(u"decision"_s).value, u"needs_work"_s);
        QCOMPARE(gold.value(u"function_correct"_s).value, u"no"_s);
        QCOMPARE(gold.value(u"decision"_s).adjudicator, u"carol"_s);
    }

    void mainWindowTabOpensTheExample()
    {
        ui::MainWindow window(m_tmp.workspace());
        QSignalSpy examples(&window, &ui::MainWindow::examplesLoaded);
        window.resize(1400, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(examples.size(), 1, 30000);
        auto *tabs = window.findChild<QTabWidget *>(u"MainTabs"_s);
        auto *view = window.findChild<ui::AdjudicationView *>(u"AdjudicationView"_s);
        QVERIFY(tabs && view);
        QCOMPARE(tabs->tabText(tabs->indexOf(view)), u"A&djudication"_s);
        QSignalSpy loaded(view, &ui::AdjudicationView::loaded);
        tabs->setCurrentWidget(view);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1 && view->currentExample() > 0, 30000);
        const qint64 example = view->currentExample();
        QSignalSpy shown(window.exampleView(), &ui::ExampleView::loaded);
        Q_EMIT view->openExampleRequested(example);
        QCOMPARE(tabs->currentIndex(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(window.exampleView()->exampleId(), example, 30000);
    }

    void commentsInTheEditorsAndTheLog()
    {
        const auto ws = m_tmp.workspace();
        const qint64 example = m_examples[2];
        const qint64 round = store::PipelineStore(ws).round(example, 1)->id;
        ui::WorkspaceSession session(ws, ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::ExampleView view(&session);
        auto *comments = view.annotations();
        QSignalSpy loaded(&view, &ui::ExampleView::loaded);
        QSignalSpy commentsLoaded(comments, &ui::AnnotationController::commentsLoaded);
        QSignalSpy added(comments, &ui::AnnotationController::commentAdded);
        QSignalSpy removed(comments, &ui::AnnotationController::commentRemoved);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setExample(example);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(commentsLoaded.size(), 1, 30000);
        ui::CodeEditor *main = view.editor(u"main.py"_s);
        QVERIFY(!main->hasCommentMarker(17));

        // Through the controller: a comment on main.py line 17 appears at once.
        comments->addComment(u"main.py"_s, 17, u"the radius should follow sigma"_s);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 30000);
        QVERIFY(main->hasCommentMarker(17));
        QCOMPARE(main->commentText(17), u"carol: the radius should follow sigma"_s);
        QVERIFY(!main->hasCommentMarker(16));

        // With the keyboard: the cursor's line, Ctrl+Alt+M, the dialog.
        view.tabs()->setCurrentWidget(main);
        main->setFocus();
        main->setCursorPosition(8, 0);   // line 9: def synthetic_image
        QTest::keyClick(main, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<QInputDialog *>(u"CommentDialog"_s)) && dialog->isVisible());
        dialog->setTextValue(u"a Moffat profile would be closer to a real PSF"_s);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2, 30000);
        QVERIFY(main->hasCommentMarker(9));
        QVERIFY(main->commentText(9).contains(u"Moffat"_s));

        // The log: line 3 of the stored log ("aperture sum: …"), also with the errors-only filter on.
        comments->addComment(u"log"_s, 3, u"matches the expected flux within 1 %"_s);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 3, 30000);
        QListWidget *log = view.logList();
        auto commentRow = [log] {
            for (int row = 0; row < log->count(); ++row)
                if (log->item(row)->data(ui::AnnotationController::CommentIdRole).isValid())
                    return row;
            return -1;
        };
        const int row = commentRow();
        QVERIFY(row > 0);
        QCOMPARE(log->item(row - 1)->data(ui::AnnotationController::LogLineRole).toInt(), 3);
        QVERIFY(log->item(row - 1)->text().contains(u"aperture sum"_s));
        QVERIFY(log->item(row)->text().contains(u"carol: matches the expected flux"_s));

        view.tabs()->setCurrentWidget(main);
        grab(&view, u"line-comments.png"_s);

        // Blind mode: bob's comment stays hidden until carol has judged the example.
        store::AnnotationRecord bobs;
        bobs.roundId = round;
        bobs.target = u"main.py"_s;
        bobs.line = 1;
        bobs.body = u"numpy is imported twice elsewhere"_s;
        bobs.annotator = u"bob"_s;
        store::AnnotationStore(ws).add(bobs);
        review::BlindReview::setEnabled(ws, true);
        comments->reload();
        QTRY_COMPARE_WITH_TIMEOUT(commentsLoaded.size(), 2, 30000);
        QVERIFY(!main->hasCommentMarker(1));
        QVERIFY(main->hasCommentMarker(17));   // one's own always
        judge(example, u"carol"_s, u"yes"_s, u"accept"_s);
        comments->reload();
        QTRY_COMPARE_WITH_TIMEOUT(commentsLoaded.size(), 3, 30000);
        QVERIFY(main->hasCommentMarker(1));
        QCOMPARE(main->commentText(1), u"bob: numpy is imported twice elsewhere"_s);
        review::BlindReview::setEnabled(ws, false);

        // Only the author deletes: carol's own comment goes.
        const auto mine = added.first().first().value<store::AnnotationRecord>();
        comments->removeComment(mine.id);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 30000);
        QVERIFY(!main->hasCommentMarker(17));
        QVERIFY(main->hasCommentMarker(9));
    }
};

QTEST_MAIN(TstAdjudicationView)
#include "tst_adjudicationview.moc"
