// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaigncontroller.h"
#include "demo/demoproject.h"
#include "dialogs/welcomedialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspacelauncher.h"
#include "settings/recentworkspaces.h"
#include "store/judgementstore.h"
#include "views/curationview.h"
#include "views/exampleview.h"
#include "widgets/imageviewer.h"
#include "editor/codeeditor.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QLabel>
#include <QPixmap>
#include <QListWidget>
#include <QTableWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

/** Opening workspaces into windows, recent workspaces, and the demo run from the GUI. */
class TestWorkspaceLauncher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(u"config"_s));
        QCoreApplication::setOrganizationName(u"codedistiller-workbench-test"_s);
        QCoreApplication::setApplicationName(u"launcher-test"_s);
        QVERIFY(wb::demo::DemoProject::defaultWorkspacePath().startsWith(m_home.path()));
    }

    void welcomeOffersTheDemo()
    {
        wb::ui::WelcomeDialog welcome;
        welcome.show();
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(welcome.grab().save(dir + u"/welcome.png"_s));
        QVERIFY(welcome.demoButton()->isDefault());
        QTest::mouseClick(welcome.demoButton(), Qt::LeftButton);
        QCOMPARE(welcome.result(), int(QDialog::Accepted));
        QCOMPARE(welcome.choice(), wb::ui::WelcomeDialog::Choice::Demo);
    }

    void openReplacesTheWindowAndRemembersIt()
    {
        wb::ui::WorkspaceLauncher launcher;
        const QString first = m_home.filePath(u"first.cdw"_s);
        const QString second = m_home.filePath(u"second.cdw"_s);
        QPointer<wb::ui::MainWindow> a = launcher.open(first);
        QVERIFY(a);
        QPointer<wb::ui::MainWindow> b = launcher.open(second);
        QVERIFY(b);
        QTRY_VERIFY(a.isNull());   // closed and deleted
        QCOMPARE(launcher.window(), b.data());
        QCOMPARE(wb::ui::RecentWorkspaces::list(), QStringList({second, first}));

        // A file that is not a workspace: reported, the current window stays, the path leaves the list.
        const QString bogus = m_home.filePath(u"bogus.cdw"_s);
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an SQLite database, just text that happens to end in .cdw\n");
        f.close();
        QSignalSpy failed(&launcher, &wb::ui::WorkspaceLauncher::failed);
        QVERIFY(!launcher.open(bogus));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(launcher.window(), b.data());
        QVERIFY(!wb::ui::RecentWorkspaces::list().contains(bogus));
        b->close();
    }

    void aSilentServerNeitherFreezesTheWindowNorHoldsItHostage()
    {
        // A server that takes the connection and never says a word: libpq waits for its greeting.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (silent.hasPendingConnections())
                held << silent.nextPendingConnection();
        });
        wb::ui::WorkspaceLauncher launcher;
        QSignalSpy failed(&launcher, &wb::ui::WorkspaceLauncher::failed);
        int ticks = 0;
        QString label;
        QTimer watcher;
        watcher.setInterval(50);
        connect(&watcher, &QTimer::timeout, this, [&] {
            ++ticks;   // the event loop runs while the workspace opens
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *progress = qobject_cast<QProgressDialog *>(w);
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                    box->reject();   // a failure instead of the wait: fail below, do not hang here
                if (progress && progress->isVisible() && !held.isEmpty() && ticks >= 10) {
                    label = progress->labelText();
                    if (const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !dir.isEmpty())
                        progress->grab().save(dir + u"/workspace-connecting.png"_s);
                    QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);   // its Cancel
                }
            }
        });
        watcher.start();
        const QString uri = u"postgresql://nobody@127.0.0.1:%1/nothing"_s.arg(silent.serverPort());
        QVERIFY(!launcher.open(uri));
        watcher.stop();
        QVERIFY2(label.startsWith(u"Connecting to postgresql://nobody@127.0.0.1:"_s), qPrintable(label));
        QVERIFY(ticks >= 10);
        QCOMPARE(failed.size(), 0);   // cancelled by the user: nothing to report
        QVERIFY(!launcher.window());
        qDeleteAll(held);   // the abandoned attempt ends now instead of at its connect timeout
    }

    void demoRunsFromTheWindow()
    {
        if (!QFile::exists(u"/usr/bin/python3"_s))
            QSKIP("the demo runs its rounds with /usr/bin/python3");
        wb::ui::WorkspaceLauncher launcher;
        wb::ui::MainWindow *window = launcher.openDemo();
        QVERIFY(window);
        QSignalSpy finished(window->campaignController(), &wb::ui::CampaignController::finished);
        QStringList live;   // the live tail, as the window receives it while rounds run
        connect(window->campaignController(), &wb::ui::CampaignController::liveLines, this,
                [&live](const QList<wb::ui::LiveLogLine> &lines, int) {
                    for (const auto &l : lines)
                        live << l.line.text;
                });
        QVERIFY(finished.wait(180000));
        QVERIFY2(!live.filter(u"TypeError: unsupported operand"_s).isEmpty(), qPrintable(live.join(u'\n')));
        QVERIFY(!live.filter(u"saved to_save/xrd_patterns.png"_s).isEmpty());
        QSignalSpy examples(window, &wb::ui::MainWindow::examplesLoaded);
        QVERIFY(examples.wait(20000) || window->exampleTable()->model()->rowCount() > 0);
        QTRY_COMPARE(window->exampleTable()->model()->rowCount(), 1);

        auto *view = window->exampleView();
        window->exampleTable()->setCurrentIndex(window->exampleTable()->model()->index(0, 0));
        QTRY_COMPARE(view->roundView()->model()->rowCount(), 2);
        QTRY_VERIFY(view->editor(u"main.py"_s)->text().contains(u"CU_K_ALPHA"_s));   // the repaired round
        auto *tabs = window->findChild<QTabWidget *>(u"MainTabs"_s);
        tabs->setCurrentIndex(1);
        window->resize(1400, 900);
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window->grab().save(dir + u"/demo.png"_s));

        // The chart the repaired round produced, in the artifact gallery.
        for (int i = 0; i < view->tabs()->count(); ++i)
            if (view->tabs()->tabText(i) == u"Artifacts"_s)
                view->tabs()->setCurrentIndex(i);
        QListWidget *artifacts = view->artifactList();
        QTRY_VERIFY(!artifacts->findItems(u"xrd_patterns.png"_s, Qt::MatchContains).isEmpty());
        artifacts->setCurrentItem(artifacts->findItems(u"xrd_patterns.png"_s, Qt::MatchContains).first());
        QTRY_VERIFY(!view->imageView()->image().isNull());
        if (!dir.isEmpty())
            QVERIFY(window->grab().save(dir + u"/demo-chart.png"_s));

        // Two experts judge the demo example; the Curation tab shows the table, the chart and the agreement.
        for (const auto &[who, correct] : {std::pair{u"alice"_s, u"yes"_s}, std::pair{u"bob"_s, u"unsure"_s}}) {
            wb::store::JudgementRecord j;
            j.exampleId = view->exampleId();
            j.annotator = who;
            j.ranWithoutError = wb::store::CriterionAnswer::Yes;
            j.showsFunction = wb::store::CriterionAnswer::Yes;
            j.functionCorrect = wb::store::criterionAnswerFromString(correct);
            j.decision = correct == u"yes"_s ? wb::store::Decision::Accept : wb::store::Decision::NeedsWork;
            wb::store::JudgementStore(window->workspace()).add(j);
        }
        tabs->setCurrentWidget(window->curationView());   // showing the tab reloads it
        QTRY_COMPARE_WITH_TIMEOUT(window->curationView()->reportTable()->rowCount(), 1, 30000);
        // The protocol the demo ran under; the demo's 4 rounds of 5 minutes depart from it.
        const QTableWidgetItem *protocol = window->curationView()->reportTable()->item(0, 2);
        QVERIFY(protocol->text().startsWith(u"codedistiller-2025 ("_s));
        QVERIFY2(protocol->toolTip().contains(u"at most 4 rounds (protocol: 8)"_s), qPrintable(protocol->toolTip()));
        QTRY_VERIFY2_WITH_TIMEOUT(window->curationView()->agreementTable()->rowCount() > 0,
                                  qPrintable(window->curationView()->statusText()), 30000);
        if (!dir.isEmpty())
            QVERIFY(window->grab().save(dir + u"/curation.png"_s));

        // Opening the demo again reuses its workspace and campaign; nothing runs twice.
        window->close();
        wb::ui::MainWindow *again = launcher.openDemo();
        QVERIFY(again);
        QTRY_COMPARE(again->exampleTable()->model()->rowCount(), 1);
        QVERIFY(!again->campaignController()->isRunning());
        again->close();
    }
};

QTEST_MAIN(TestWorkspaceLauncher)
#include "tst_workspacelauncher.moc"
