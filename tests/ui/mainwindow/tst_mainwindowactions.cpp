// SPDX-License-Identifier: GPL-3.0-or-later
// The window's actions and status bar as the session and the campaign monitor drive them: Blind Review
// shows the workspace's setting whoever changed it, and the status bar repeats the monitor's status.
#include "mainwindow/examplespage.h"
#include "mainwindow/mainwindow.h"
#include "models/repositorytablemodel.h"
#include "review/blindreview.h"
#include "session/workspacesession.h"
#include "tempworkspace.h"
#include "views/campaignmonitor.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstMainWindowActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void blindReviewFollowsTheWorkspace()
    {
        test::TempWorkspace tmp;
        ui::MainWindow window(tmp.workspace());
        ui::WorkspaceSession *session = window.session();
        session->waitForIdle();
        auto *blind = window.findChild<QAction *>(u"BlindReviewAction"_s);
        QVERIFY(blind);
        QVERIFY(!blind->isChecked());

        // The action asks the session, which writes off the GUI thread; the tables follow its answer.
        blind->trigger();
        session->waitForIdle();
        QVERIFY(session->blindReview());
        QVERIFY(review::BlindReview::isEnabled(tmp.workspace()));
        QVERIFY(window.repositoryView()->isColumnHidden(ui::RepositoryTableModel::ModelColumn));

        // Another workbench turns it off: the check mark follows when the session reads the setting again.
        review::BlindReview::setEnabled(tmp.workspace(), false);
        session->refreshSettings();
        session->waitForIdle();
        QVERIFY(!blind->isChecked());
        QVERIFY(!window.repositoryView()->isColumnHidden(ui::RepositoryTableModel::ModelColumn));
    }

    void statusBarRepeatsTheCampaignMonitor()
    {
        test::TempWorkspace tmp;
        ui::MainWindow window(tmp.workspace());
        auto *status = window.findChild<QLabel *>(u"CampaignStatus"_s);
        QVERIFY(status);
        QSignalSpy changed(window.campaignMonitor(), &ui::CampaignMonitor::statusChanged);
        window.campaignMonitor()->begin(u"nightly"_s, 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), u"nightly: starting 3 examples"_s);
        QTRY_COMPARE(status->text(), u"nightly: starting 3 examples"_s);
    }

    void examplesRequestedByAViewOpenTheExamplesTab()
    {
        test::TempWorkspace tmp;
        ui::MainWindow window(tmp.workspace());
        auto *tabs = window.findChild<QTabWidget *>(u"MainTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 6);   // Repositories, Examples, Curation, Adjudication, Comparison, Library
        QCOMPARE(tabs->currentIndex(), 0);
        // Nothing is listed: a request for an unknown example leaves the tab where it is.
        QSignalSpy listed(&window, &ui::MainWindow::examplesLoaded);
        QVERIFY(listed.wait(10000));
        Q_EMIT window.examplesPage()->openExampleRequested(42);
        QCOMPARE(tabs->currentIndex(), 0);
    }
};

QTEST_MAIN(TstMainWindowActions)
#include "tst_mainwindowactions.moc"
