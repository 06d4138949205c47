// SPDX-License-Identifier: GPL-3.0-or-later
// The adjudication queue (disagreements among annotators and the LLM judge) and the gold values that end it.
#include "exec/executionresult.h"
#include "review/adjudicationqueue.h"
#include "store/adjudicationstore.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstAdjudicationQueue : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TempWorkspace tmp;
        qint64 campaign = 0;
        qint64 example = 0;
    };

    /** One example in campaign "gpt"; when @p judged, the judge found it finished (yes, yes, yes, accept). */
    static void build(Fixture &f, bool judged, const QString &campaign = u"gpt"_s, const QString &repository = u"repo"_s)
    {
        const auto ws = f.tmp.workspace();
        store::PipelineStore pipeline(ws);
        QSqlQuery q = store::exec(ws->database(),
                                        u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                        "VALUES (:n, :n, :n, :n, '0123456789abcdef0123456789abcdef01234567', 0, 0) RETURNING id"_s,
                                        {{u":n"_s, repository}});
        f.campaign = pipeline.createCampaign(campaign, "{}");
        f.example = pipeline.addExamples(f.campaign, {store::insertedId(q)}).first().id;
        const auto round = pipeline.createRound(f.example, 1, u"generated"_s, "print(1)", "", "true", "{}");
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        result.exitCode = 0;
        pipeline.saveExecution(round.id, result);
        if (judged)
            pipeline.saveVerdict(round.id, R"({"is_finished": true, "is_faithful": true, "is_complete": true, "is_accurate": true, "error_class": "none"})",
                                 true, u"none"_s);
    }

    /** "who:ran,shows,correct,decision" (empty fields: not answered). */
    static void judge(const std::shared_ptr<store::Workspace> &ws, qint64 example, const QString &spec)
    {
        const QString who = spec.section(u':', 0, 0);
        const QStringList a = spec.section(u':', 1).split(u',');
        store::JudgementRecord j;
        j.exampleId = example;
        j.annotator = who;
        j.ranWithoutError = store::criterionAnswerFromString(a.value(0));
        j.showsFunction = store::criterionAnswerFromString(a.value(1));
        j.functionCorrect = store::criterionAnswerFromString(a.value(2));
        j.decision = store::decisionFromString(a.value(3));
        j.notes = who + u"'s notes"_s;
        store::JudgementStore(ws).add(j);
    }

    static store::AdjudicationRecord gold(qint64 example, const QString &criterion, const QString &value)
    {
        store::AdjudicationRecord r;
        r.exampleId = example;
        r.criterion = criterion;
        r.value = value;
        r.adjudicator = u"carol"_s;
        r.reason = u"read the log: it plots the right curve"_s;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("CODEDISTILLER_NO_SECRET_STORE", "1"); }

    void queue_data()
    {
        QTest::addColumn<bool>("judged");
        QTest::addColumn<QStringList>("judgements");
        QTest::addColumn<QStringList>("golds");
        QTest::addColumn<QStringList>("conflicts");   // empty: the example is not in the queue
        QTest::newRow("nobody judged") << true << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("agreement with the judge") << true << QStringList{u"alice:yes,yes,yes,accept"_s, u"bob:yes,yes,yes,accept"_s}
                                                  << QStringList{} << QStringList{};
        QTest::newRow("unanswered is no disagreement") << true << QStringList{u"alice:yes,,,accept"_s} << QStringList{} << QStringList{};
        QTest::newRow("annotators disagree (no judge)")
            << false << QStringList{u"alice:yes,yes,yes,accept"_s, u"bob:yes,yes,no,reject"_s} << QStringList{}
            << QStringList{u"function_correct"_s, u"decision"_s};
        QTest::newRow("one annotator against the judge") << true << QStringList{u"alice:yes,yes,no,needs_work"_s} << QStringList{}
                                                         << QStringList{u"function_correct"_s, u"decision"_s};
        QTest::newRow("unsure is an answer") << true << QStringList{u"alice:yes,unsure,yes,accept"_s} << QStringList{}
                                             << QStringList{u"shows_function"_s};
        QTest::newRow("gold settles one criterion") << true << QStringList{u"alice:yes,yes,no,reject"_s}
                                                    << QStringList{u"decision=reject"_s} << QStringList{u"function_correct"_s};
        QTest::newRow("gold settles all: item gone") << true << QStringList{u"alice:yes,yes,no,reject"_s}
                                                     << QStringList{u"decision=reject"_s, u"function_correct=no"_s} << QStringList{};
    }

    void queue()
    {
        QFETCH(bool, judged);
        QFETCH(QStringList, judgements);
        QFETCH(QStringList, golds);
        QFETCH(QStringList, conflicts);
        Fixture f;
        build(f, judged);
        const auto ws = f.tmp.workspace();
        for (const QString &spec : judgements)
            judge(ws, f.example, spec);
        for (const QString &g : golds)
            store::AdjudicationStore(ws).record(gold(f.example, g.section(u'=', 0, 0), g.section(u'=', 1)));
        const auto items = review::AdjudicationQueue::compute(ws);
        if (conflicts.isEmpty()) {
            QVERIFY(items.isEmpty());
            return;
        }
        QCOMPARE(items.size(), 1);
        const auto &item = items.first();
        QCOMPARE(item.exampleId, f.example);
        QCOMPARE(item.campaign, u"gpt"_s);
        QCOMPARE(item.repository, u"repo"_s);
        QCOMPARE(item.conflicts, conflicts);
        QCOMPARE(item.raters.size(), judgements.size() + (judged ? 1 : 0));
        QCOMPARE(item.raters.first().isJudge, judged);
        if (judged)
            QCOMPARE(item.raters.first().answers.value(u"decision"_s), u"accept"_s);
        QCOMPARE(item.raters.last().notes, judgements.last().section(u':', 0, 0) + u"'s notes"_s);
        QCOMPARE(item.gold.size(), golds.size());
        const QJsonObject json = review::AdjudicationQueue::toJson(items).first().toObject();
        QCOMPARE(json.value(u"conflicts"_s).toArray().size(), conflicts.size());
        QCOMPARE(json.value(u"raters"_s).toArray().size(), item.raters.size());
    }

    void supersededJudgementsDoNotCount()
    {
        Fixture f;
        build(f, true);
        const auto ws = f.tmp.workspace();
        judge(ws, f.example, u"alice:yes,yes,yes,reject"_s);
        QCOMPARE(review::AdjudicationQueue::compute(ws).size(), 1);
        judge(ws, f.example, u"alice:yes,yes,yes,accept"_s);   // she changed her mind: now she agrees
        QVERIFY(review::AdjudicationQueue::compute(ws).isEmpty());
    }

    void campaignFilter()
    {
        Fixture f;
        build(f, true);
        const auto ws = f.tmp.workspace();
        judge(ws, f.example, u"alice:no,,,reject"_s);
        store::PipelineStore pipeline(ws);
        const qint64 other = pipeline.createCampaign(u"claude"_s, "{}");
        const qint64 otherExample = pipeline.addExamples(other, {pipeline.example(f.example)->repositoryId}).first().id;
        judge(ws, otherExample, u"alice:yes,,,accept"_s);
        judge(ws, otherExample, u"bob:yes,,,reject"_s);
        QCOMPARE(review::AdjudicationQueue::compute(ws).size(), 2);
        const auto claude = review::AdjudicationQueue::compute(ws, u"claude"_s);
        QCOMPARE(claude.size(), 1);
        QCOMPARE(claude.first().exampleId, otherExample);
        QVERIFY_THROWS_EXCEPTION(Error, review::AdjudicationQueue::compute(ws, u"nonesuch"_s));
    }

    void newestGoldWins()
    {
        Fixture f;
        build(f, true);
        store::AdjudicationStore store(f.tmp.workspace());
        store.record(gold(f.example, u"decision"_s, u"accept"_s));
        const auto second = store.record(gold(f.example, u"decision"_s, u"needs_work"_s));
        QCOMPARE(store.gold(f.example).value(u"decision"_s).id, second.id);
        QCOMPARE(store.gold(f.example).value(u"decision"_s).value, u"needs_work"_s);
        QCOMPARE(store.history(f.example).size(), 2);
        QCOMPARE(store.goldForCampaign(f.campaign).value(f.example).value(u"decision"_s).value, u"needs_work"_s);
    }

    void goldValuesAreAppendOnlyInTheDatabase()
    {
        Fixture f;
        build(f, true);
        store::AdjudicationStore store(f.tmp.workspace());
        const auto recorded = store.record(gold(f.example, u"decision"_s, u"accept"_s));
        const auto db = f.tmp.workspace()->database();
        QVERIFY_THROWS_EXCEPTION(Error, store::exec(db, u"UPDATE adjudications SET value = 'reject' WHERE id = :id"_s,
                                                    {{u":id"_s, recorded.id}}));
        QVERIFY_THROWS_EXCEPTION(Error, store::exec(db, u"DELETE FROM adjudications WHERE id = :id"_s, {{u":id"_s, recorded.id}}));
        QCOMPARE(store.gold(f.example).value(u"decision"_s).value, u"accept"_s);
    }

    void invalidGoldIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown criterion") << u"criterion"_s << u"style"_s;
        QTest::newRow("value of another criterion") << u"value"_s << u"accept"_s;
        QTest::newRow("unsure is no gold value") << u"value"_s << u"unsure"_s;
        QTest::newRow("empty reason") << u"reason"_s << u"  "_s;
        QTest::newRow("no adjudicator") << u"adjudicator"_s << u""_s;
        QTest::newRow("unknown example") << u"example"_s << u"999999"_s;
    }

    void invalidGoldIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Fixture f;
        build(f, true);
        auto r = gold(f.example, u"function_correct"_s, u"yes"_s);
        if (field == u"criterion"_s)
            r.criterion = value;
        else if (field == u"value"_s)
            r.value = value;
        else if (field == u"reason"_s)
            r.reason = value;
        else if (field == u"adjudicator"_s)
            r.adjudicator = value;
        else
            r.exampleId = value.toLongLong();
        store::AdjudicationStore store(f.tmp.workspace());
        try {
            store.record(r);
            QFAIL("the gold value was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::InvalidInput);
        }
        QVERIFY(store.history(f.example).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAdjudicationQueue)
#include "tst_adjudicationqueue.moc"
