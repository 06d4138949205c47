// SPDX-License-Identifier: GPL-3.0-or-later
// Judgements in the store (append-only, superseding) and the agreement report computed from them.
#include "exec/executionresult.h"
#include "review/agreementreport.h"
#include "review/campaignreport.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstAgreementReport : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TempWorkspace tmp;
        qint64 campaign = 0;
        QList<qint64> examples;
    };

    /** A campaign of four examples; the judge found examples 0 and 1 finished, 2 and 3 not. */
    static void build(Fixture &f)
    {
        const auto ws = f.tmp.workspace();
        store::PipelineStore pipeline(ws);
        QList<qint64> repositories;
        for (int i = 0; i < 4; ++i) {
            QSqlQuery q = store::exec(ws->database(),
                                            u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                            "VALUES (:n, :n, :n, :n, :c, 0, 0) RETURNING id"_s,
                                            {{u":n"_s, u"repo-%1"_s.arg(i)}, {u":c"_s, u"0123456789abcdef0123456789abcdef01234567"_s}});
            repositories << store::insertedId(q);
        }
        f.campaign = pipeline.createCampaign(u"gpt"_s, R"({"generator": {"provider": "openai", "model": "gpt-5"}})");
        for (const auto &e : pipeline.addExamples(f.campaign, repositories)) {
            f.examples << e.id;
            const bool finished = f.examples.size() <= 2;
            const auto round = pipeline.createRound(e.id, 1, u"generated"_s, "print(1)", "", "true", "{}");
            exec::ExecutionResult result;
            result.outcome = exec::ExecutionResult::Outcome::Completed;
            result.exitCode = finished ? 0 : 1;
            result.durationMs = 1000 * f.examples.size();   // 1, 2, 3, 4 s
            pipeline.saveExecution(round.id, result);
            const QByteArray verdict = finished ? R"({"is_finished": true, "is_faithful": true, "is_complete": true, "is_accurate": true, "error_class": "none"})"
                                                : R"({"is_finished": false, "is_faithful": true, "is_complete": false, "is_accurate": false, "error_class": "api_misuse"})";
            pipeline.saveVerdict(round.id, verdict, finished, finished ? u"none"_s : u"api_misuse"_s);
            pipeline.setExampleState(e.id, finished ? wb::store::ExampleStatus::Success : wb::store::ExampleStatus::Failed, u"done"_s);
        }
    }

    static store::JudgementRecord judgement(qint64 example, const QString &who, const QString &correct, const QString &decision)
    {
        store::JudgementRecord j;
        j.exampleId = example;
        j.annotator = who;
        j.ranWithoutError = store::CriterionAnswer::Yes;
        j.showsFunction = store::CriterionAnswer::Yes;
        j.functionCorrect = store::criterionAnswerFromString(correct);
        j.decision = store::decisionFromString(decision);
        return j;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("CODEDISTILLER_NO_SECRET_STORE", "1"); }

    void judgementsAreAppendOnlyAndSupersede()
    {
        Fixture f;
        build(f);
        store::JudgementStore store(f.tmp.workspace());
        const auto first = store.add(judgement(f.examples[0], u"alice"_s, u"unsure"_s, u"needs_work"_s));
        QVERIFY(!first.supersedesId);
        const auto second = store.add(judgement(f.examples[0], u"alice"_s, u"yes"_s, u"accept"_s));
        QCOMPARE(second.supersedesId, std::optional<qint64>(first.id));
        store.add(judgement(f.examples[0], u"bob"_s, u"no"_s, u"reject"_s));   // another annotator: no superseding
        const auto history = store.history(f.examples[0]);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.first().answerText(store::Criterion::FunctionCorrect), u"unsure"_s);
        const auto current = store.current(f.campaign);
        QCOMPARE(current.size(), 2);
        for (const auto &j : current)
            QVERIFY(j.id != first.id);
        // The store refuses edits and deletions.
        QVERIFY_THROWS_EXCEPTION(Error, store::exec(f.tmp.workspace()->database(), u"UPDATE judgements SET decision = 'reject'"_s));
        QVERIFY_THROWS_EXCEPTION(Error, store::exec(f.tmp.workspace()->database(), u"DELETE FROM judgements"_s));
    }

    void badJudgementsAreRefusedWithoutWriting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("criterion") << u"correct"_s << u"maybe"_s;
        QTest::newRow("decision") << u"decision"_s << u"approve"_s;
        QTest::newRow("annotator") << u"annotator"_s << u"   "_s;
        QTest::newRow("example") << u"example"_s << u"999999"_s;
    }

    void badJudgementsAreRefusedWithoutWriting()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Fixture f;
        build(f);
        auto j = judgement(f.examples[1], u"alice"_s, u"yes"_s, u"accept"_s);
        store::JudgementStore judgements(f.tmp.workspace());
        // Text a person typed is refused where it is read; a record the store cannot keep, when it is added.
        auto attempt = [&] {
            if (field == u"correct"_s)
                j.functionCorrect = store::JudgementStore::parseAnswer(value, store::Criterion::FunctionCorrect);
            else if (field == u"decision"_s)
                j.decision = store::JudgementStore::parseDecision(value);
            else if (field == u"annotator"_s)
                j.annotator = value;
            else
                j.exampleId = value.toLongLong();
            judgements.add(j);
        };
        QVERIFY_THROWS_EXCEPTION(Error, attempt());
        QVERIFY(judgements.current(f.campaign).isEmpty());
    }

    void reportComparesJudgeAndAnnotators()
    {
        Fixture f;
        build(f);
        store::JudgementStore store(f.tmp.workspace());
        // alice agrees with the judge on every example; bob rejects example 1 the judge accepted.
        const QString alice[] = {u"accept"_s, u"accept"_s, u"reject"_s, u"reject"_s};
        const QString bob[] = {u"accept"_s, u"reject"_s, u"reject"_s, u"reject"_s};
        for (int i = 0; i < 4; ++i) {
            store.add(judgement(f.examples[i], u"alice"_s, alice[i] == u"accept"_s ? u"yes"_s : u"no"_s, alice[i]));
            store.add(judgement(f.examples[i], u"bob"_s, bob[i] == u"accept"_s ? u"yes"_s : u"no"_s, bob[i]));
        }
        const auto report = review::AgreementReport::compute(f.tmp.workspace());
        auto find = [&](const QString &criterion, const QString &a, const QString &b) -> const review::AgreementReport::Pair * {
            for (const auto &p : report.pairs)
                if (p.criterion == criterion && p.raterA == a && p.raterB == b)
                    return &p;
            return nullptr;
        };
        const auto *judgeAlice = find(u"decision"_s, u"judge"_s, u"alice"_s);
        QVERIFY(judgeAlice);
        QCOMPARE(judgeAlice->result.items, 4);
        QCOMPARE(*judgeAlice->result.kappa, 1.0);
        const auto *judgeBob = find(u"decision"_s, u"judge"_s, u"bob"_s);
        QVERIFY(judgeBob);
        QCOMPARE(judgeBob->result.observed, 0.75);
        // judge: accept accept reject reject; bob: accept reject reject reject → po .75, pe .5, κ .5
        QVERIFY(qAbs(*judgeBob->result.kappa - 0.5) < 1e-12);
        QCOMPARE(judgeBob->result.confusion.categories, QStringList({u"accept"_s, u"reject"_s}));
        QCOMPARE(judgeBob->result.confusion.counts, (QList<QList<int>>{{1, 1}, {0, 2}}));
        QVERIFY(find(u"function_correct"_s, u"alice"_s, u"bob"_s));
        // Ran without error: the humans say yes everywhere, the judge says no for the failing runs.
        const auto *ran = find(u"ran_without_error"_s, u"judge"_s, u"alice"_s);
        QVERIFY(ran);
        QCOMPARE(ran->result.observed, 0.5);
        // Two annotators: a group row with Fleiss' κ and Krippendorff's α.
        bool group = false;
        for (const auto &g : report.groups)
            if (g.criterion == u"decision"_s) {
                group = true;
                QCOMPARE(g.krippendorff.raters, 2);
                QVERIFY(g.fleiss.value && g.krippendorff.value);
            }
        QVERIFY(group);
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"pairs"_s).toArray().size(), report.pairs.size());
        QVERIFY_THROWS_EXCEPTION(Error, review::AgreementReport::compute(f.tmp.workspace(), u"no-such-campaign"_s));
    }

    void paperTableFromTheStore()
    {
        Fixture f;
        build(f);
        store::JudgementStore store(f.tmp.workspace());
        const QString alice[] = {u"yes"_s, u"yes"_s, u"no"_s, u"no"_s};
        const QString bob[] = {u"yes"_s, u"no"_s, u"no"_s, u"no"_s};
        for (int i = 0; i < 4; ++i) {
            store.add(judgement(f.examples[i], u"alice"_s, alice[i], {}));
            store.add(judgement(f.examples[i], u"bob"_s, bob[i], {}));
        }
        const auto report = review::CampaignReport::compute(f.tmp.workspace());
        QCOMPARE(report.rows.size(), 1);
        const auto &r = report.rows.first();
        QCOMPARE(r.model, u"openai/gpt-5"_s);
        QCOMPARE(r.examples, 4);
        QCOMPARE(*r.autoSuccessRate, 0.5);
        QCOMPARE(r.humanJudged, 4);
        QCOMPARE(*r.errorFree, 1.0);
        QCOMPARE(*r.correctFunction, 0.25);   // example 1 is a tie (yes / no): not counted as correct
        QCOMPARE(*r.runtimeSuccessS, 1.5);
        QCOMPARE(*r.runtimeFailureS, 3.5);
        QCOMPARE(*r.roundsSuccess, 1.0);
        QVERIFY2(report.toMarkdown().contains(u"| gpt | openai/gpt-5 | (not recorded) | 4 | 50.0% | 4 | 100.0% |"_s), qPrintable(report.toMarkdown()));
        const QStringList csv = report.toCsv().trimmed().split(u'\n');
        QCOMPARE(csv.size(), 2);
        QCOMPARE(csv[1].split(u',').size(), csv[0].split(u',').size());
        QCOMPARE(report.toJson().value(u"campaigns"_s).toArray().first().toObject().value(u"correct_function"_s).toDouble(), 0.25);
    }
};

QTEST_GUILESS_MAIN(TstAgreementReport)
#include "tst_agreementreport.moc"
