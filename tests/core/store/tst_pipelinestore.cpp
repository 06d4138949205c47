// SPDX-License-Identifier: GPL-3.0-or-later
// PipelineStore::latestOutcomes over a real SQLite workspace: campaigns, examples, rounds, verdicts and calls.
#include "pipeline/campaignconfig.h"
#include "store/llmcallstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstPipelineStore : public QObject
{
    Q_OBJECT

    static qint64 addRepository(const std::shared_ptr<store::Workspace> &ws, const QString &name)
    {
        QSqlQuery q = store::exec(ws->database(),
                                        u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                        "VALUES (:n, :n, :u, :p, :c, 0, 0) RETURNING id"_s,
                                        {{u":n"_s, name}, {u":u"_s, QString(u"file:///src/"_s + name)}, {u":p"_s, QString(u"/cache/"_s + name)},
                                         {u":c"_s, u"0123456789abcdef0123456789abcdef01234567"_s}});
        return store::insertedId(q);
    }

    static void addCall(const std::shared_ptr<store::Workspace> &ws, qint64 exampleId, std::optional<double> cost)
    {
        store::LlmCallRecord call;
        call.exampleId = exampleId;
        call.stage = u"example_generation"_s;
        call.provider = u"vllm"_s;
        call.model = u"m"_s;
        call.requestHash = u"h%1"_s.arg(exampleId);
        call.costUsd = cost;
        call.status = u"ok"_s;
        call.startedAt = QDateTime::currentDateTimeUtc();
        store::LlmCallStore(ws).record(call, "{}", "{}");
    }

    static qint64 exampleOf(const store::PipelineStore &pipeline, qint64 campaignId, qint64 repositoryId)
    {
        for (const auto &e : pipeline.examples(campaignId))
            if (e.repositoryId == repositoryId)
                return e.id;
        return 0;
    }

private Q_SLOTS:
    void latestOutcomeOfEachRepository()
    {
        test::TempWorkspace tmp;
        const auto ws = tmp.workspace();
        store::PipelineStore pipeline(ws);
        const qint64 a = addRepository(ws, u"alpha"_s);
        const qint64 b = addRepository(ws, u"beta"_s);
        const qint64 c = addRepository(ws, u"gamma"_s);
        addRepository(ws, u"delta"_s);   // in no campaign: no outcome

        // First campaign: alpha succeeds in round 2, beta is still running.
        const qint64 first = pipeline.createCampaign(u"first"_s, R"({"generator": {"provider": "vllm", "model": "m-old"}})");
        pipeline.addExamples(first, {a, b});
        const qint64 a1 = exampleOf(pipeline, first, a);
        const auto r11 = pipeline.createRound(a1, 1, u"generated"_s, "print(1)", "", "python main.py", "{}");
        pipeline.saveVerdict(r11.id, R"({"is_finished": false})", false, u"dependency"_s);
        const auto r12 = pipeline.createRound(a1, 2, u"repaired"_s, "print(2)", "", "python main.py", "{}");
        pipeline.saveVerdict(r12.id, R"({"is_finished": true})", true, {});
        pipeline.setExampleState(a1, wb::store::ExampleStatus::Success, u"done"_s);
        addCall(ws, a1, 0.01);
        addCall(ws, a1, 0.02);
        pipeline.setExampleState(exampleOf(pipeline, first, b), wb::store::ExampleStatus::Running, u"classify"_s);

        // Second campaign, configured as the GUI does: alpha fails; its last repair never ran or was judged.
        pipeline::CampaignConfig config;
        config.generator = {u"vllm"_s, u"gpt-oss-120b"_s, {}};
        const qint64 second = pipeline.createCampaign(u"second"_s, config.toJson());
        pipeline.addExamples(second, {a, c});
        const qint64 a2 = exampleOf(pipeline, second, a);
        const auto r21 = pipeline.createRound(a2, 1, u"generated"_s, "print(1)", "", "python main.py", "{}");
        pipeline.saveVerdict(r21.id, R"({"is_finished": false})", false, u"scientific"_s);
        pipeline.createRound(a2, 2, u"repaired"_s, "print(2)", "", "python main.py", "{}");
        pipeline.setExampleState(a2, wb::store::ExampleStatus::Failed, u"done"_s, u"round cap"_s);
        addCall(ws, a2, 0.5);
        addCall(ws, a2, std::nullopt);   // an unpriced model: the total is unknown

        const auto outcomes = pipeline.latestOutcomes();
        QCOMPARE(outcomes.size(), 3);
        QHash<qint64, store::RepositoryOutcome> byRepository;
        for (const auto &o : outcomes)
            byRepository.insert(o.repositoryId, o);

        const auto alpha = byRepository.value(a);
        QCOMPARE(alpha.exampleId, a2);
        QCOMPARE(alpha.campaignId, second);
        QCOMPARE(alpha.campaignName, u"second"_s);
        QCOMPARE(alpha.status, wb::store::ExampleStatus::Failed);
        QCOMPARE(alpha.generatorModel, u"gpt-oss-120b"_s);
        QCOMPARE(alpha.finished, std::optional<bool>(false));
        QCOMPARE(alpha.errorClass, u"scientific"_s);
        QCOMPARE(alpha.rounds, 2);
        QVERIFY(!alpha.cost.isComplete());

        const auto beta = byRepository.value(b);
        QCOMPARE(beta.campaignName, u"first"_s);
        QCOMPARE(beta.status, wb::store::ExampleStatus::Running);
        QCOMPARE(beta.generatorModel, u"m-old"_s);
        QVERIFY(!beta.finished);
        QCOMPARE(beta.rounds, 0);
        QCOMPARE(beta.cost.value(), std::optional<double>(0.0));

        const auto gamma = byRepository.value(c);
        QCOMPARE(gamma.status, wb::store::ExampleStatus::Pending);
        QCOMPARE(gamma.generatorModel, u"gpt-oss-120b"_s);
        QVERIFY(!gamma.finished);
    }

    void successfulOutcomeSumsTheCalls()
    {
        test::TempWorkspace tmp;
        const auto ws = tmp.workspace();
        store::PipelineStore pipeline(ws);
        const qint64 a = addRepository(ws, u"alpha"_s);
        const qint64 campaign = pipeline.createCampaign(u"only"_s, "not json");
        pipeline.addExamples(campaign, {a});
        const qint64 example = exampleOf(pipeline, campaign, a);
        const auto round = pipeline.createRound(example, 1, u"generated"_s, "print(1)", "", "python main.py", "{}");
        pipeline.saveVerdict(round.id, R"({"is_finished": true})", true, {});
        pipeline.setExampleState(example, wb::store::ExampleStatus::Success, u"done"_s);
        addCall(ws, example, 0.25);
        addCall(ws, example, 0.5);
        const auto outcomes = pipeline.latestOutcomes();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().generatorModel, QString());   // unreadable configuration
        QCOMPARE(outcomes.first().finished, std::optional<bool>(true));
        QCOMPARE(outcomes.first().errorClass, QString());
        QCOMPARE(outcomes.first().rounds, 1);
        QCOMPARE(outcomes.first().cost.value(), std::optional<double>(0.75));
    }

    void emptyWorkspaceHasNoOutcomes()
    {
        test::TempWorkspace tmp;
        QVERIFY(store::PipelineStore(tmp.workspace()).latestOutcomes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPipelineStore)
#include "tst_pipelinestore.moc"
