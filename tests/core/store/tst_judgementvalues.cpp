// SPDX-License-Identifier: GPL-3.0-or-later
// The typed values of a judgement, one row per value: the stored word survives a round trip, and
// the predicates (accepted, refused, gold answer) say what the code asks of them.
#include "store/criterion.h"
#include "store/decision.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TestJudgementValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decision_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("known");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<bool>("refused");
        QTest::newRow("accept") << u"accept"_s << true << true << false;
        QTest::newRow("reject") << u"reject"_s << true << false << true;
        QTest::newRow("needs_work") << u"needs_work"_s << true << false << true;
        QTest::newRow("none") << QString() << false << false << false;
        QTest::newRow("unknown") << u"maybe"_s << false << false << false;
        QTest::newRow("case") << u"Accept"_s << false << false << false;
        QTest::newRow("dash") << u"needs-work"_s << false << false << false;
    }

    void decision()
    {
        QFETCH(QString, word);
        QFETCH(bool, known);
        QFETCH(bool, accepted);
        QFETCH(bool, refused);
        const auto d = store::decisionFromString(word);
        QCOMPARE(bool(d), known);
        if (d)
            QCOMPARE(store::decisionToString(*d), word);
        QCOMPARE(store::isAccepted(word), accepted);
        QCOMPARE(store::isRefused(word), refused);
    }

    void decisionList()
    {
        QCOMPARE(store::decisionWords(), (QStringList{u"accept"_s, u"reject"_s, u"needs_work"_s}));
        for (store::Decision d : store::allDecisions())
            QCOMPARE(store::decisionFromString(store::decisionToString(d)), d);
    }

    void criterion_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("known");
        QTest::newRow("ran") << u"ran_without_error"_s << true;
        QTest::newRow("shows") << u"shows_function"_s << true;
        QTest::newRow("correct") << u"function_correct"_s << true;
        QTest::newRow("decision is no criterion") << u"decision"_s << false;
        QTest::newRow("none") << QString() << false;
    }

    void criterion()
    {
        QFETCH(QString, word);
        QFETCH(bool, known);
        const auto c = store::criterionFromString(word);
        QCOMPARE(bool(c), known);
        if (c)
            QCOMPARE(store::criterionToString(*c), word);
    }

    void answer_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("known");
        QTest::addColumn<bool>("gold");
        QTest::newRow("yes") << u"yes"_s << true << true;
        QTest::newRow("no") << u"no"_s << true << true;
        QTest::newRow("unsure") << u"unsure"_s << true << false;
        QTest::newRow("none") << QString() << false << false;
        QTest::newRow("unknown") << u"YES"_s << false << false;
    }

    void answer()
    {
        QFETCH(QString, word);
        QFETCH(bool, known);
        QFETCH(bool, gold);
        const auto a = store::criterionAnswerFromString(word);
        QCOMPARE(bool(a), known);
        if (a) {
            QCOMPARE(store::criterionAnswerToString(*a), word);
            QCOMPARE(store::isGoldAnswer(*a), gold);
        }
    }

    void lists()
    {
        QCOMPARE(store::criterionNames(), (QStringList{u"ran_without_error"_s, u"shows_function"_s, u"function_correct"_s}));
        QCOMPARE(store::criterionAnswerWords(), (QStringList{u"yes"_s, u"no"_s, u"unsure"_s}));
    }
};

QTEST_GUILESS_MAIN(TestJudgementValues)
#include "tst_judgementvalues.moc"
