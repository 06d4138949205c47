// SPDX-License-Identifier: GPL-3.0-or-later
// The session runs every load off the GUI thread, delivers on it, drops answers nobody waits for any more
// and hands errors to the view that asked.
#include "session/workspacesession.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace wb;

class TstWorkspaceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsRunOffTheGuiThreadAndAnswerOnIt()
    {
        test::TempWorkspace tmp;
        ui::WorkspaceSession session(tmp.workspace(), u"alice"_s);
        QObject receiver;
        QThread *workedOn = nullptr;
        QThread *answeredOn = nullptr;
        int answer = 0;
        session.load(
            &receiver,
            [&workedOn](const std::shared_ptr<store::Workspace> &workspace) {
                workedOn = QThread::currentThread();
                return workspace->schemaVersion();
            },
            [&](int version) {
                answeredOn = QThread::currentThread();
                answer = version;
            });
        QTRY_VERIFY(answer > 0);
        QVERIFY(workedOn && workedOn != QThread::currentThread());
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(session.pendingLoads(), 0);
        QCOMPARE(session.annotator(), u"alice"_s);
    }

    void onlyTheLatestAnswerIsDelivered()
    {
        test::TempWorkspace tmp;
        ui::WorkspaceSession session(tmp.workspace());
        QObject receiver;
        ui::LatestOnly latest;
        QSemaphore release;
        QList<int> delivered;
        // The first load answers last: it waits until the second has been delivered.
        session.load(
            &receiver, latest,
            [&release](const std::shared_ptr<store::Workspace> &) {
                release.acquire();
                return 1;
            },
            [&](int v) { delivered << v; });
        session.load(&receiver, latest, [](const std::shared_ptr<store::Workspace> &) { return 2; },
                     [&](int v) { delivered << v; });
        QTRY_COMPARE(delivered, QList<int>{2});
        release.release();
        session.waitForIdle();
        QCOMPARE(delivered, QList<int>{2});
    }

    void answersForAGoneReceiverAreDropped()
    {
        test::TempWorkspace tmp;
        ui::WorkspaceSession session(tmp.workspace());
        bool called = false;
        QSemaphore release;
        {
            QObject receiver;
            session.load(
                &receiver,
                [&release](const std::shared_ptr<store::Workspace> &) {
                    release.acquire();
                    return 7;
                },
                [&called](int) { called = true; });
        }
        release.release();
        session.waitForIdle();
        QVERIFY(!called);
    }

    void errorsReachTheViewThatAsked()
    {
        test::TempWorkspace tmp;
        ui::WorkspaceSession session(tmp.workspace());
        QObject receiver;
        QString message;
        session.load(
            &receiver, [](const std::shared_ptr<store::Workspace> &) -> int { throw Error(u"no such example"_s); },
            [](int) { QFAIL("an error is not an answer"); }, [&message](const QString &m) { message = m; });
        QTRY_COMPARE(message, u"no such example"_s);

        // Without a handler of its own, the session says it.
        QSignalSpy failed(&session, &ui::WorkspaceSession::loadFailed);
        session.perform(&receiver, [](const std::shared_ptr<store::Workspace> &) { throw std::runtime_error("disk full"); });
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), u"disk full"_s);
    }

    void blindReviewIsCachedAndWrittenInTheBackground()
    {
        test::TempWorkspace tmp;
        ui::WorkspaceSession session(tmp.workspace());
        session.waitForIdle();
        QVERIFY(!session.blindReview());
        QSignalSpy changed(&session, &ui::WorkspaceSession::blindReviewChanged);
        session.setBlindReview(true);
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(session.blindReview());
        // Another session on the same workspace (another window) sees it after a refresh.
        ui::WorkspaceSession other(store::Workspace::open(tmp.location()));
        other.waitForIdle();
        QVERIFY(other.blindReview());
    }
};

QTEST_GUILESS_MAIN(TstWorkspaceSession)
#include "tst_workspacesession.moc"
