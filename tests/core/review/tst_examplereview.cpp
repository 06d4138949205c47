// SPDX-License-Identifier: GPL-3.0-or-later
// What the review panes of one example read: the history (blind mode keeps others' judgements back until
// one has judged), the queue of the example's campaign, the visible comments; and the recorded writes.
#include "exec/executionresult.h"
#include "review/blindreview.h"
#include "review/examplereview.h"
#include "review/reviewrecorder.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstExampleReview : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TempWorkspace tmp;
        qint64 campaign = 0;
        qint64 example = 0;
        qint64 round = 0;
    };

    static void build(Fixture &f)
    {
        const auto ws = f.tmp.workspace();
        store::PipelineStore pipeline(ws);
        QSqlQuery q = store::exec(ws->database(),
                                  u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                  "VALUES ('repo', 'repo', 'repo', 'repo', '0123456789abcdef0123456789abcdef01234567', 0, 0) RETURNING id"_s,
                                  {});
        const qint64 repository = store::insertedId(q);
        f.campaign = pipeline.createCampaign(u"gpt"_s, "{}");
        f.example = pipeline.addExamples(f.campaign, {repository}).first().id;
        f.round = pipeline.createRound(f.example, 1, u"generated"_s, "print(1)", "", "true", "{}").id;
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        pipeline.saveExecution(f.round, result);
        pipeline.saveVerdict(f.round, R"({"is_finished": true, "error_class": "none"})", true, {});
        pipeline.setExampleState(f.example, wb::store::ExampleStatus::Success, u"done"_s);
    }

    static store::JudgementRecord judgement(const Fixture &f, const QString &who, const QString &decision)
    {
        store::JudgementRecord j;
        j.exampleId = f.example;
        j.annotator = who;
        j.decision = store::decisionFromString(decision);
        return j;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("CODEDISTILLER_NO_SECRET_STORE", "1"); }

    void historyHidesOthersInBlindModeUntilOneJudged()
    {
        Fixture f;
        build(f);
        const auto ws = f.tmp.workspace();
        review::ReviewRecorder::judge(ws, judgement(f, u"bob"_s, u"reject"_s));

        auto history = review::ExampleReview::history(ws, f.example, u"ada"_s);
        QVERIFY(history.revealed);
        QCOMPARE(history.judgements.size(), 1);

        review::BlindReview::setEnabled(ws, true);
        history = review::ExampleReview::history(ws, f.example, u"ada"_s);
        QVERIFY(!history.revealed);
        QVERIFY(history.judgements.isEmpty());   // bob's stays hidden

        const auto stored = review::ReviewRecorder::judge(ws, judgement(f, u"ada"_s, u"accept"_s));
        QCOMPARE(stored.annotator, u"ada"_s);
        history = review::ExampleReview::history(ws, f.example, u"ada"_s);
        QVERIFY(history.revealed);
        QCOMPARE(history.judgements.size(), 2);
        QCOMPARE(history.judgements.last().annotator, u"ada"_s);   // oldest first
    }

    void queueOfTheExamplesCampaign()
    {
        Fixture f;
        build(f);
        const auto queue = review::ExampleReview::queue(f.tmp.workspace(), f.example, u"ada"_s);
        QCOMPARE(queue.items.size(), 1);
        QCOMPARE(queue.items.first().campaignId, f.campaign);
    }

    void commentsAddedAndRemoved()
    {
        Fixture f;
        build(f);
        const auto ws = f.tmp.workspace();
        store::AnnotationRecord a;
        a.roundId = f.round;
        a.target = u"main.py"_s;
        a.line = 1;
        a.body = u"why print?"_s;
        a.annotator = u"ada"_s;
        const auto stored = review::ReviewRecorder::comment(ws, a);
        QCOMPARE(stored.exampleId, f.example);
        QCOMPARE(review::ExampleReview::comments(ws, f.example, u"ada"_s).size(), 1);
        review::ReviewRecorder::removeComment(ws, stored.id, u"ada"_s);
        QVERIFY(review::ExampleReview::comments(ws, f.example, u"ada"_s).isEmpty());
    }
};

QTEST_MAIN(TstExampleReview)
#include "tst_examplereview.moc"
