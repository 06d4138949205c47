// SPDX-License-Identifier: GPL-3.0-or-later
// The meaning of an example's status, one row per status: what is finished, what a resumed campaign
// continues, what has stopped; and the stored word survives a round trip.
#include "store/examplestatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using store::ExampleStatus;

class TestExampleStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void semantics_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<bool>("resumable");
        QTest::addColumn<bool>("resumableRetrying");
        QTest::addColumn<bool>("stopped");
        QTest::addColumn<bool>("verdict");
        QTest::addColumn<bool>("live");
        //                                 terminal resumable +retry stopped verdict live
        QTest::newRow("pending") << u"PENDING"_s << false << true << true << false << false << true;
        QTest::newRow("running") << u"RUNNING"_s << false << true << true << false << false << true;
        QTest::newRow("paused") << u"PAUSED"_s << false << true << true << false << false << true;
        QTest::newRow("success") << u"SUCCESS"_s << true << false << false << true << true << false;
        QTest::newRow("failed") << u"FAILED"_s << true << false << false << true << true << false;
        QTest::newRow("error") << u"ERROR"_s << true << false << true << true << false << false;
        QTest::newRow("cancelled") << u"CANCELLED"_s << false << true << true << true << false << false;
    }

    void semantics()
    {
        QFETCH(QString, word);
        const auto status = store::exampleStatusFromString(word);
        QVERIFY(status);
        QTEST(store::isTerminal(*status), "terminal");
        QTEST(store::isResumable(*status), "resumable");
        QTEST(store::isResumable(*status, store::ErrorPolicy::Retry), "resumableRetrying");
        QTEST(store::hasStopped(*status), "stopped");
        QTEST(store::isVerdict(*status), "verdict");
        QTEST(store::isLive(*status), "live");
        // Without retrying, "finished" and "resumable" are exact opposites.
        QCOMPARE(store::isResumable(*status), !store::isTerminal(*status));
    }

    void roundTrip()
    {
        const auto all = store::allExampleStatuses();
        QCOMPARE(all.size(), 7);
        for (const ExampleStatus s : all) {
            const QString word = store::exampleStatusToString(s);
            QCOMPARE(word, word.toUpper());
            QVERIFY(store::exampleStatusFromString(word) == std::optional<ExampleStatus>(s));
            QCOMPARE(store::storedExampleStatus(word), s);
        }
    }

    void unknownWords()
    {
        for (const QString &word : {u""_s, u"success"_s, u"DONE"_s, u"finished"_s, u" SUCCESS"_s}) {
            QVERIFY2(!store::exampleStatusFromString(word), qPrintable(word));
            QCOMPARE(store::storedExampleStatus(word), ExampleStatus::Error);   // a row this version cannot account for
        }
    }
};

QTEST_GUILESS_MAIN(TestExampleStatus)
#include "tst_examplestatus.moc"
