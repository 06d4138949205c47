// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline end to end: a real repository, real Python executions, a loopback model server.
#include "distillationscript.h"
#include "exec/executor.h"
#include "exec/roundfolders.h"
#include "fakellmserver.h"
#include "llm/llmclient.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignrunner.h"
#include "repo/repositoryingestor.h"
#include "store/llmcallstore.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstCampaign : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    static pipeline::CampaignConfig config(const test::FakeLlmServer &server)
    {
        return test::DistillationScript::campaignConfig(server);
    }

    qint64 newCampaign(const std::shared_ptr<store::Workspace> &ws, const pipeline::CampaignConfig &c, const QString &name)
    {
        const auto record = repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(m_repo));
        store::PipelineStore pipeline(ws);
        const qint64 id = pipeline.createCampaign(name, c.toJson());
        pipeline.addExamples(id, {record.id});
        return id;
    }

    pipeline::CampaignSummary runToEnd(pipeline::CampaignRunner &runner)
    {
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        runner.start();
        if (!finished.wait(180000))
            qFatal("the campaign did not finish");
        return finished.first().first().value<pipeline::CampaignSummary>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        m_repo = m_dir.filePath(u"matlib"_s);
        test::DistillationScript::makeRepository(m_repo);
    }

    void distilsWithARepairRound()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        const qint64 campaignId = newCampaign(tmp.workspace(), config(server), u"e2e"_s);
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        QList<pipeline::ExampleProgress> progress;
        connect(&runner, &pipeline::CampaignRunner::exampleProgress, this,
                [&](const pipeline::ExampleProgress &p) { progress << p; });
        int liveLines = 0;
        connect(&runner, &pipeline::CampaignRunner::logLine, this, [&](qint64, int, const exec::LogLine &) { ++liveLines; });
        const pipeline::CampaignSummary summary = runToEnd(runner);
        QCOMPARE(summary.success, 1);
        QVERIFY(summary.cost.isComplete() && summary.cost.knownUsd() > 0);
        QVERIFY(liveLines > 0);

        store::PipelineStore pipeline(tmp.workspace());
        const auto example = pipeline.examples(campaignId).first();
        QCOMPARE(example.status, wb::store::ExampleStatus::Success);
        QCOMPARE(example.roundsExecuted, 2);
        QVERIFY(example.cost.isComplete() && example.cost.knownUsd() > 0);

        // Stages and progress.
        QStringList stages;
        for (const auto &p : progress)
            if (!stages.contains(p.stage))
                stages << p.stage;
        QCOMPARE(stages, (QStringList{u"summary"_s, u"classify"_s, u"select"_s, u"generate"_s, u"execute"_s, u"judge"_s,
                                      u"repair"_s, u"done"_s}));

        // Classification and selection.
        const auto classifications = pipeline.classifications(example.id);
        QVERIFY(classifications.size() >= 5);
        bool demoInPrompt = false;
        for (const auto &c : classifications) {
            QVERIFY2(c.rating.has_value(), qPrintable(c.path + u": "_s + c.error));
            if (c.path == u"examples/demo.py"_s)
                demoInPrompt = c.inPrompt && *c.rating == 5;
            if (c.path == u"tests/test_core.py"_s)
                QVERIFY(!c.inPrompt);
        }
        QVERIFY(demoInPrompt);
        const QString selection = QString::fromUtf8(pipeline.blob(example.selectionBlob));
        QVERIFY(selection.contains(u"`examples/demo.py` (rating 5)"_s));
        QVERIFY(selection.contains(u"def lattice_energy(a, epsilon=1.0)"_s));

        // Round 1: a real traceback, judged not finished, repaired.
        const auto rounds = pipeline.rounds(example.id);
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds[0].origin, u"generated"_s);
        QVERIFY(rounds[0].executed);
        QCOMPARE(rounds[0].exitCode.value(), 1);
        QCOMPARE(rounds[0].setupExitCode.value(), 0);
        QCOMPARE(rounds[0].isFinished.value(), false);
        QCOMPARE(rounds[0].errorClass, u"api_misuse"_s);
        QString stderrText;
        for (const auto &l : pipeline.logs(rounds[0].id))
            if (l.stream == u"stderr"_s && l.phase == u"run"_s)
                stderrText += l.line + u'\n';
        QVERIFY2(stderrText.contains(u"TypeError: lattice_energy() got an unexpected keyword argument 'spacing'"_s), qPrintable(stderrText));

        // Round 2: fixed, with results, log and a figure.
        QCOMPARE(rounds[1].origin, u"repaired"_s);
        QCOMPARE(rounds[1].exitCode.value(), 0);
        QCOMPARE(rounds[1].isFinished.value(), true);
        QVERIFY(QString::fromUtf8(rounds[1].changesMadeJson).contains(u"call lattice_energy(a)"_s));
        QStringList names;
        for (const auto &a : pipeline.artifacts(rounds[1].id))
            names << a.name;
        QCOMPARE(names, (QStringList{u"log.json"_s, u"results.json"_s, u"to_save/energy.png"_s}));
        const auto results = nlohmann::json::parse(pipeline.blob(pipeline.artifacts(rounds[1].id)[1].blobSha).toStdString());
        QVERIFY(qAbs(results["a_min"].get<double>() - 1.575) < 0.03);   // LJ minimum at r = 2^(1/6)

        // Every call recorded with tokens and cost; the rounds carry their judge and repair costs.
        const auto calls = store::LlmCallStore(tmp.workspace()).calls();
        int judges = 0;
        for (const auto &c : calls) {
            QCOMPARE(c.status, u"ok"_s);
            QVERIFY(c.usageKnown && c.costUsd.value_or(0) > 0);
            QCOMPARE(c.exampleId, example.id);
            judges += c.stage == u"judge_verdict"_s;
        }
        QCOMPARE(judges, 2);
        QVERIFY(rounds[0].cost.knownUsd() > 0);

        // The rounds ran in the workspace's own private folder and are gone once saved (default retention).
        const QString folder = exec::Executor::scratchRoot(tmp.workspace()->cachePath()) + u"/rounds/"_s
                               + exec::RoundFolders::workspaceKey(tmp.workspace()->path());
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void resumingAFinishedCampaignCostsNothing()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        const qint64 campaignId = newCampaign(tmp.workspace(), config(server), u"once"_s);
        {
            pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
            QCOMPARE(runToEnd(runner).success, 1);
        }
        const int requests = server.requestCount();
        // Forget the outcome but keep everything recorded: the rerun answers every call from the cache.
        store::PipelineStore pipeline(tmp.workspace());
        const auto example = pipeline.examples(campaignId).first();
        pipeline.setExampleState(example.id, wb::store::ExampleStatus::Pending, u"summary"_s);
        pipeline::CampaignRunner again(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        QCOMPARE(runToEnd(again).success, 1);
        QCOMPARE(server.requestCount(), requests);
        QCOMPARE(pipeline.rounds(example.id).size(), 2);
    }

    void malformedGenerationEndsInACleanError()
    {
        test::FakeLlmServer server;
        test::DistillationScript::Options options;
        options.brokenGeneration = true;
        server.setHandler(test::DistillationScript::handler(options));
        test::TempWorkspace tmp;
        const qint64 campaignId = newCampaign(tmp.workspace(), config(server), u"broken"_s);
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        QCOMPARE(runToEnd(runner).error, 1);
        const auto example = store::PipelineStore(tmp.workspace()).examples(campaignId).first();
        QCOMPARE(example.status, wb::store::ExampleStatus::Error);
        QVERIFY2(example.statusReason.startsWith(u"Example generation:"_s), qPrintable(example.statusReason));
        QVERIFY(example.statusReason.contains(u"schema"_s));
        QVERIFY(store::PipelineStore(tmp.workspace()).rounds(example.id).isEmpty());
    }

    void malformedOutputAtEachStage_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("reason");
        QTest::newRow("summary") << u"repository_summary"_s << u"Repository summary:"_s;
        QTest::newRow("classification") << u"file_classification"_s << u"No file could be classified"_s;
        QTest::newRow("generation") << u"example_generation"_s << u"Example generation:"_s;
        QTest::newRow("judge") << u"judge_verdict"_s << u"Judge:"_s;
        QTest::newRow("repair") << u"example_repair"_s << u"Repair:"_s;
    }

    void malformedOutputAtEachStage()
    {
        QFETCH(QString, stage);
        QFETCH(QString, reason);
        test::FakeLlmServer server;
        server.setHandler([stage](const test::RecordedRequest &request) {
            if (test::DistillationScript::stageOf(request) == stage)   // prose, then JSON of the wrong shape
                return test::FakeResponse::openAi(u"I think the answer is {\"verdict\": \"maybe\", \"score\": null}"_s);
            return test::DistillationScript::handler()(request);
        });
        test::TempWorkspace tmp;
        const qint64 campaignId = newCampaign(tmp.workspace(), config(server), u"malformed"_s);
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        QCOMPARE(runToEnd(runner).error, 1);
        const auto example = store::PipelineStore(tmp.workspace()).examples(campaignId).first();
        QCOMPARE(example.status, wb::store::ExampleStatus::Error);
        QVERIFY2(example.statusReason.startsWith(reason), qPrintable(example.statusReason));
    }

    void cancelInEachStage_data()
    {
        QTest::addColumn<QString>("stage");
        for (const char *stage : {"summary", "classify", "select", "generate", "execute", "judge", "repair"})
            QTest::newRow(stage) << QString::fromLatin1(stage);
    }

    void cancelInEachStage()
    {
        QFETCH(QString, stage);
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        const qint64 campaignId = newCampaign(tmp.workspace(), config(server), u"cancel-"_s + stage);
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        connect(&runner, &pipeline::CampaignRunner::exampleProgress, this, [&](const pipeline::ExampleProgress &p) {
            if (p.stage == stage && p.status == wb::store::ExampleStatus::Running)
                runner.cancel(u"cancelled in "_s + stage);
        });
        const auto summary = runToEnd(runner);
        QCOMPARE(summary.cancelled, 1);
        store::PipelineStore pipeline(tmp.workspace());
        const auto example = pipeline.examples(campaignId).first();
        QCOMPARE(example.status, wb::store::ExampleStatus::Cancelled);
        QCOMPARE(example.statusReason, u"cancelled in "_s + stage);
        // Nothing half-written: every round either ran completely or not at all.
        for (const auto &r : pipeline.rounds(example.id))
            QVERIFY(!r.executed || !r.outcome.isEmpty());
        // And the campaign resumes from there to a success.
        pipeline::CampaignRunner resumed(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        QCOMPARE(runToEnd(resumed).success, 1);
    }

    void roundCapEndsFailedWithTheLastRepairNeverExecuted()
    {
        test::FakeLlmServer server;
        // The judge never accepts: every round is repaired, the cap is reached.
        server.setHandler([](const test::RecordedRequest &request) {
            if (test::DistillationScript::stageOf(request) == u"judge_verdict"_s) {
                return test::FakeResponse::openAi(QString::fromStdString(nlohmann::json{
                    {"correct_behavior", nlohmann::json::array()}, {"critical_issues", {"not convincing"}}, {"issues", nlohmann::json::array()},
                    {"is_faithful", false}, {"is_accurate", true}, {"is_complete", false}, {"summary", "Not yet."},
                    {"is_finished", false}, {"error_class", "scientific"}}.dump()));
            }
            return test::DistillationScript::handler()(request);
        });
        test::TempWorkspace tmp;
        auto c = config(server);
        c.maxRounds = 2;
        const qint64 campaignId = newCampaign(tmp.workspace(), c, u"cap"_s);
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        QCOMPARE(runToEnd(runner).failed, 1);
        store::PipelineStore pipeline(tmp.workspace());
        const auto example = pipeline.examples(campaignId).first();
        QCOMPARE(example.status, wb::store::ExampleStatus::Failed);
        const auto rounds = pipeline.rounds(example.id);
        QCOMPARE(rounds.size(), 3);
        QVERIFY(rounds[0].executed && rounds[1].executed);
        QVERIFY(!rounds[2].executed);   // the repair after the last executed round: stored, never run
        QVERIFY(example.statusReason.contains(u"never executed"_s));
    }

    void budgetStopsNewWork()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        auto c = config(server);
        c.budgetUsd = 0.0005;   // a few calls' worth
        const qint64 campaignId = newCampaign(tmp.workspace(), c, u"budget"_s);
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        const auto summary = runToEnd(runner);
        QCOMPARE(summary.cancelled, 1);
        QVERIFY(summary.budgetReached);
        const auto example = store::PipelineStore(tmp.workspace()).examples(campaignId).first();
        QCOMPARE(example.status, wb::store::ExampleStatus::Cancelled);
        QVERIFY(example.statusReason.contains(u"budget"_s));
    }

    void pausedExampleWaitsUntilResumed()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        auto c = config(server);
        c.concurrency = 1;
        const qint64 campaignId = newCampaign(tmp.workspace(), c, u"pause-one"_s);
        const QString second = test::DistillationScript::makeRepository(m_dir.filePath(u"matlib-second"_s));
        Q_UNUSED(second);
        const auto record = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_dir.filePath(u"matlib-second"_s)));
        store::PipelineStore pipeline(tmp.workspace());
        const auto examples = pipeline.addExamples(campaignId, {record.id});
        QCOMPARE(examples.size(), 2);
        const qint64 held = examples.last().id;

        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        QStringList heldStates;
        connect(&runner, &pipeline::CampaignRunner::exampleProgress, this, [&](const pipeline::ExampleProgress &p) {
            if (p.exampleId == held)
                heldStates << store::exampleStatusToString(p.status);
        });
        runner.start();
        runner.pauseExample(held);   // still queued: held back
        QTRY_COMPARE_WITH_TIMEOUT(pipeline.example(examples.first().id)->status, wb::store::ExampleStatus::Success, 120000);
        QVERIFY(!finished.wait(1500));   // the campaign waits for the held example
        QCOMPARE(pipeline.example(held)->status, wb::store::ExampleStatus::Paused);
        QCOMPARE(heldStates, QStringList{u"PAUSED"_s});

        runner.resumeExample(held);
        QVERIFY(finished.wait(120000));
        const auto summary = finished.first().first().value<pipeline::CampaignSummary>();
        QCOMPARE(summary.success, 2);
        QCOMPARE(pipeline.example(held)->status, wb::store::ExampleStatus::Success);
    }

    void cancelStopsARunningCampaign()
    {
        test::FakeLlmServer server;
        test::DistillationScript::Options options;
        options.repairDelayMs = 200;
        server.setHandler(test::DistillationScript::handler(options));
        test::TempWorkspace tmp;
        const qint64 campaignId = newCampaign(tmp.workspace(), config(server), u"cancel"_s);
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        connect(&runner, &pipeline::CampaignRunner::exampleProgress, this, [&](const pipeline::ExampleProgress &p) {
            if (p.stage == u"execute"_s)
                runner.cancel(u"test cancel"_s);
        });
        runner.start();
        QVERIFY(finished.wait(60000));
        const auto example = store::PipelineStore(tmp.workspace()).examples(campaignId).first();
        QCOMPARE(example.status, wb::store::ExampleStatus::Cancelled);
        QCOMPARE(example.statusReason, u"test cancel"_s);
        QCOMPARE(store::PipelineStore(tmp.workspace()).campaigns().first().status, u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TstCampaign)
#include "tst_campaign.moc"
