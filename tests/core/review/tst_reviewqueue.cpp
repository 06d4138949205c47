// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue: which examples are next for an annotator, disagreements, progress, blind mode.
#include "exec/executionresult.h"
#include "review/blindreview.h"
#include "review/reviewqueue.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using Filter = review::ReviewQueue::Filter;

class TstReviewQueue : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TempWorkspace tmp;
        qint64 campaign = 0;
        QList<qint64> examples;   // repo-0 .. repo-4; the judge accepted 0 and 1; 4 is still running
    };

    static void build(Fixture &f)
    {
        const auto ws = f.tmp.workspace();
        store::PipelineStore pipeline(ws);
        QList<qint64> repositories;
        for (int i = 0; i < 5; ++i) {
            QSqlQuery q = store::exec(ws->database(),
                                            u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                            "VALUES (:n, :n, :n, :n, :c, 0, 0) RETURNING id"_s,
                                            {{u":n"_s, u"repo-%1"_s.arg(i)}, {u":c"_s, u"0123456789abcdef0123456789abcdef01234567"_s}});
            repositories << store::insertedId(q);
        }
        f.campaign = pipeline.createCampaign(u"gpt"_s, "{}");
        for (const auto &e : pipeline.addExamples(f.campaign, repositories)) {
            f.examples << e.id;
            const int i = int(f.examples.size()) - 1;
            const auto round = pipeline.createRound(e.id, 1, u"generated"_s, "print(1)", "", "true", "{}");
            if (i == 4)
                continue;   // PENDING, not reviewable
            exec::ExecutionResult result;
            result.outcome = exec::ExecutionResult::Outcome::Completed;
            result.exitCode = i < 2 ? 0 : 1;
            pipeline.saveExecution(round.id, result);
            const bool finished = i < 2;
            pipeline.saveVerdict(round.id, finished ? R"({"is_finished": true, "error_class": "none"})" : R"({"is_finished": false})",
                                 finished, {});
            pipeline.setExampleState(e.id, finished ? wb::store::ExampleStatus::Success : wb::store::ExampleStatus::Failed, u"done"_s);
        }
    }

    static void judge(Fixture &f, int example, const QString &who, const QString &decision)
    {
        store::JudgementRecord j;
        j.exampleId = f.examples[example];
        j.annotator = who;
        j.decision = store::decisionFromString(decision);
        store::JudgementStore(f.tmp.workspace()).add(j);
    }

private Q_SLOTS:
    void initTestCase() { qputenv("CODEDISTILLER_NO_SECRET_STORE", "1"); }

    void queueHoldsFinishedExamplesOnly()
    {
        Fixture f;
        build(f);
        const auto queue = review::ReviewQueue::load(f.tmp.workspace(), f.campaign, u"ada"_s);
        QCOMPARE(queue.items.size(), 4);
        QCOMPARE(queue.items.first().repository, u"repo-0"_s);
        QCOMPARE(queue.count(Filter::Unreviewed), 4);
        QCOMPARE(queue.count(Filter::JudgeSuccess), 2);
        QCOMPARE(queue.count(Filter::JudgeFailure), 2);
        QCOMPARE(queue.count(Filter::Disagreement), 0);
        QCOMPARE(queue.progress.size(), 1);   // nobody judged anything: only the queue's own annotator, at 0
        QCOMPARE(queue.progress[0].annotator, u"ada"_s);
        QCOMPARE(queue.progress[0].reviewed, 0);
        QCOMPARE(queue.progress[0].total, 4);
    }

    void navigation_data()
    {
        QTest::addColumn<int>("from");       // index into the fixture's examples
        QTest::addColumn<int>("filter");
        QTest::addColumn<bool>("backwards");
        QTest::addColumn<int>("expected");   // -1: none
        // ada reviewed 1 (accept, agreeing with the judge) and 2 (accept, against the judge: a disagreement).
        QTest::newRow("next unreviewed skips the reviewed") << 0 << int(Filter::Unreviewed) << false << 3;
        QTest::newRow("wraps around") << 3 << int(Filter::Unreviewed) << false << 0;
        QTest::newRow("backwards") << 3 << int(Filter::Unreviewed) << true << 0;
        QTest::newRow("next disagreement") << 0 << int(Filter::Disagreement) << false << 2;
        QTest::newRow("the only disagreement is never itself") << 2 << int(Filter::Disagreement) << false << -1;
        QTest::newRow("judge failures") << 2 << int(Filter::JudgeFailure) << false << 3;
        QTest::newRow("nobody reviewed") << 0 << int(Filter::NobodyReviewed) << false << 3;
        QTest::newRow("not in the queue starts at the top") << 4 << int(Filter::Any) << false << 0;
    }

    void navigation()
    {
        QFETCH(int, from);
        QFETCH(int, filter);
        QFETCH(bool, backwards);
        QFETCH(int, expected);
        Fixture f;
        build(f);
        judge(f, 1, u"ada"_s, u"accept"_s);
        judge(f, 2, u"ada"_s, u"accept"_s);
        const auto queue = review::ReviewQueue::load(f.tmp.workspace(), f.campaign, u"ada"_s);
        const auto next = queue.next(f.examples[from], Filter(filter), backwards);
        if (expected < 0)
            QVERIFY(!next);
        else
            QCOMPARE(next.value_or(-1), f.examples[expected]);
    }

    void disagreementBetweenAnnotatorsAndProgress()
    {
        Fixture f;
        build(f);
        judge(f, 0, u"ada"_s, u"accept"_s);
        judge(f, 0, u"bob"_s, u"reject"_s);   // annotators disagree, though ada agrees with the judge
        judge(f, 1, u"bob"_s, u"accept"_s);
        judge(f, 1, u"bob"_s, u"needs_work"_s);   // supersedes: bob still counts once
        const auto queue = review::ReviewQueue::load(f.tmp.workspace(), 0, u"ada"_s);
        QVERIFY(queue.items[0].disagreement);
        QVERIFY(queue.items[1].disagreement);   // bob's needs_work against the judge's accept
        QCOMPARE(queue.progress.size(), 2);
        QCOMPARE(queue.progress[0].annotator, u"ada"_s);   // the queue's annotator first
        QCOMPARE(queue.progress[0].reviewed, 1);
        QCOMPARE(queue.progress[1].annotator, u"bob"_s);
        QCOMPARE(queue.progress[1].reviewed, 2);
        QCOMPARE(queue.progress[1].total, 4);
        const auto bobs = review::ReviewQueue::load(f.tmp.workspace(), 0, u"bob"_s);
        QCOMPARE(bobs.count(Filter::NeedsWork), 1);
    }

    void blindModeHidesDisagreementsUntilReviewed()
    {
        Fixture f;
        build(f);
        judge(f, 0, u"bob"_s, u"reject"_s);   // against the judge
        review::BlindReview::setEnabled(f.tmp.workspace(), true);
        QVERIFY(!review::BlindReview::revealed(f.tmp.workspace(), f.examples[0], u"ada"_s));
        QCOMPARE(review::ReviewQueue::load(f.tmp.workspace(), 0, u"ada"_s).count(Filter::Disagreement), 0);
        judge(f, 0, u"ada"_s, u"accept"_s);
        QVERIFY(review::BlindReview::revealed(f.tmp.workspace(), f.examples[0], u"ada"_s));
        QCOMPARE(review::ReviewQueue::load(f.tmp.workspace(), 0, u"ada"_s).count(Filter::Disagreement), 1);
        review::BlindReview::setEnabled(f.tmp.workspace(), false);
        QVERIFY(review::BlindReview::revealed(f.tmp.workspace(), f.examples[1], u"ada"_s));
    }
};

QTEST_GUILESS_MAIN(TstReviewQueue)
#include "tst_reviewqueue.moc"
