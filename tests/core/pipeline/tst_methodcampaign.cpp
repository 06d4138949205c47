// SPDX-License-Identifier: GPL-3.0-or-later
// A real campaign under the method's protocol: what each request carries on the wire over three rounds,
// the protocol recorded with the campaign, and a prompt too large for a model's window ending as a clear
// ERROR before anything is sent.
#include "distillationscript.h"
#include "fakellmserver.h"
#include "llm/llmclient.h"
#include "llm/tokenestimator.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignprotocol.h"
#include "pipeline/campaignrunner.h"
#include "pipeline/protocol.h"
#include "promptsection.h"
#include "repo/repositoryingestor.h"
#include "store/blobstore.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

/** main.py of a round: 1,500 lines of progress, then (unless fixed) the wrong keyword and its traceback. */
QByteArray verboseMain(bool fixed)
{
    QByteArray code =
        "\"\"\"Scan the lattice constant of an fcc crystal with matlib.\"\"\"\n"
        "import json, os, sys\n"
        "sys.path.insert(0, os.environ['REPO_DIR'])\n"
        "from matlib import lattice_energy\n"
        "for i in range(1500):\n"
        "    a = 1.3 + i * 0.0004\n"
        "    print(f'step {i}: lattice constant a = {a:.4f}, energy per atom = {lattice_energy(a):.6f}', flush=True)\n";
    if (fixed)
        code += "json.dump({'a_min': 1.575}, open('results.json', 'w'))\n"
                "json.dump([{'type': 'info', 'runtime_sec': 0.1, 'message': 'done'}], open('log.json', 'w'))\n";
    else
        code += "print('final:', lattice_energy(spacing=1.6))\n";
    return code;
}

nlohmann::json answerFiles(bool fixed)
{
    return {{"main_py", verboseMain(fixed).toStdString()}, {"requirements_txt", ""}, {"run_sh", "export MATLIB_MODE=scan\n"},
            {"metadata", {{"example_type", "library_demo"}, {"user_type", "no_user"}}}};   // the rest: lenient defaults
}

test::FakeResponse answer(const nlohmann::json &content)
{
    return test::FakeResponse::openAi(QString::fromStdString(content.dump()),
                                      {{"prompt_tokens", 2000}, {"completion_tokens", 300}, {"total_tokens", 2300}});
}

QString promptOf(const test::RecordedRequest &r)
{
    return QString::fromStdString(r.json()["messages"].back()["content"].get<std::string>());
}


int roundOf(const QString &prompt)
{
    return QRegularExpression(u"round (\\d+) of at most"_s).match(prompt).captured(1).toInt();
}

} // namespace

class TstMethodCampaign : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    qint64 newCampaign(const std::shared_ptr<store::Workspace> &ws, const pipeline::CampaignConfig &c, const QString &name)
    {
        const auto record = repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(m_repo));
        store::PipelineStore pipeline(ws);
        const qint64 id = pipeline.createCampaign(name, c.toJson());
        pipeline.addExamples(id, {record.id});
        return id;
    }

    void runToEnd(pipeline::CampaignRunner &runner)
    {
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        runner.start();
        if (!finished.wait(240000))
            qFatal("the campaign did not finish");
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        // A lab's model catalogue: a local model with a small window.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        QDir().mkpath(m_dir.filePath(u"config/codedistiller-workbench"_s));
        QFile models(m_dir.filePath(u"config/codedistiller-workbench/models.json"_s));
        QVERIFY(models.open(QIODevice::WriteOnly));
        models.write(R"({"models": {"tiny-local": {"reasoning": false, "context_window": 34000}}})");
        models.close();
        m_repo = m_dir.filePath(u"matlib"_s);
        test::DistillationScript::makeRepository(m_repo);
    }

    void threeRoundsAsTheMethodRunsThem()
    {
        test::FakeLlmServer server;
        server.setHandler([](const test::RecordedRequest &request) {
            const QString stage = test::DistillationScript::stageOf(request);
            const QString prompt = promptOf(request);
            if (stage == u"example_generation"_s)
                return answer(answerFiles(false));
            if (stage == u"judge_verdict"_s) {
                const bool finished = roundOf(prompt) == 3;
                return answer({{"critical_issues", finished ? nlohmann::json::array() : nlohmann::json::array({"lattice_energy has no keyword spacing"})},
                               {"is_finished", finished},
                               {"error_class", finished ? "none" : "api_misuse"},
                               {"faithfulness_accurate_completeness_statement", finished ? "Scans and finds the minimum." : "Wrong keyword."}});
            }
            if (stage == u"example_repair"_s) {
                const int round = roundOf(prompt);
                nlohmann::json files = answerFiles(round == 2);
                files["issues_identified"] = nlohmann::json::array({"issue seen after round " + std::to_string(round)});
                files["changes_made"] = nlohmann::json::array({"change made after round " + std::to_string(round)});
                return answer(files);
            }
            return test::DistillationScript::handler()(request);
        });
        test::TempWorkspace tmp;
        const pipeline::CampaignConfig config = test::DistillationScript::campaignConfig(server);   // gpt-oss on vLLM, 3 rounds
        const qint64 campaignId = newCampaign(tmp.workspace(), config, u"method"_s);
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        runToEnd(runner);

        store::PipelineStore pipeline(tmp.workspace());
        const auto example = pipeline.examples(campaignId).first();
        QCOMPARE(example.status, wb::store::ExampleStatus::Success);
        QCOMPARE(pipeline.rounds(example.id).size(), 3);

        // The protocol is recorded with the campaign, as a snapshot in the workspace.
        const auto stored = pipeline::CampaignConfig::fromJson(pipeline.findCampaign(u"method"_s)->configJson);
        const auto protocol = pipeline::Protocol::load(pipeline::Protocol::defaultName());
        QCOMPARE(stored.protocol, protocol.name());
        QCOMPARE(stored.protocolHash, protocol.hash());
        QVERIFY(store::BlobStore(tmp.workspace()).contains(protocol.hash()));
        QCOMPARE(pipeline::CampaignProtocol::recorded(tmp.workspace(), stored)->hash(), protocol.hash());

        QList<test::RecordedRequest> judges, repairs, generations;
        for (const auto &r : server.requests()) {
            const QString stage = test::DistillationScript::stageOf(r);
            if (stage == u"judge_verdict"_s)
                judges << r;
            else if (stage == u"example_repair"_s)
                repairs << r;
            else if (stage == u"example_generation"_s)
                generations << r;
        }
        QCOMPARE(generations.size(), 1);
        QCOMPARE(judges.size(), 3);
        QCOMPARE(repairs.size(), 2);

        // Every request: gpt-oss is a reasoning model, so effort high, a 32k budget and no temperature; one user message.
        for (const auto &r : server.requests()) {
            const auto body = r.json();
            QCOMPARE(body["reasoning_effort"].get<std::string>(), "high");
            QCOMPARE(body["max_tokens"].get<int>(), 32000);
            QVERIFY(!body.contains("temperature"));
            QCOMPARE(body["messages"].size(), size_t(1));
        }

        // Generation: the method's instructions and the README summary whole.
        const QString gen = promptOf(generations.first());
        for (const QString &fact : {u"is NOT acceptable"_s, u"`example1()`"_s, u"`api_keys_optional`"_s, u"`time_constraint_limited`"_s,
                                    u"\"highly_relevant_files\""_s, u"def lattice_energy(a, epsilon=1.0)"_s, u"2 minutes"_s})
            QVERIFY2(gen.contains(fact), qPrintable(fact));

        for (const auto &request : std::as_const(judges)) {
            const QString p = promptOf(request);
            const int round = roundOf(p);
            // The repository's source, the environment and the requirements.
            QVERIFY(p.contains(u"def lattice_energy(a, epsilon=1.0)"_s));
            QVERIFY(p.contains(u"## Where the example ran"_s));
            QVERIFY(p.contains(u"is NOT acceptable"_s));
            // Every stream; about 10k tokens of the verbose run, with its end.
            const QString run = test::promptSection(p, u"### python main.py, standard output"_s);
            const qint64 tokens = llm::TokenEstimator::instance().estimate(run, llm::ContentKind::Log);
            QVERIFY2(tokens >= 8000 && tokens <= 10000, qPrintable(u"round %1: %2 tokens"_s.arg(round).arg(tokens)));
            QVERIFY(run.contains(u"step 1499: lattice constant"_s));
            QVERIFY(!test::promptSection(p, u"### run.sh (setup), standard output"_s).isEmpty());
            if (round < 3) {
                QVERIFY(test::promptSection(p, u"### python main.py, standard error"_s).contains(u"TypeError: lattice_energy() got an unexpected keyword argument 'spacing'"_s));
                QVERIFY(test::promptSection(p, u"### log.json"_s).startsWith(u"CRITICAL ERROR: log.json is missing"_s));
            } else {
                QVERIFY(test::promptSection(p, u"### log.json"_s).contains(u"\"done\""_s));
            }
            // The change log of all earlier rounds.
            if (round == 1)
                QVERIFY(p.contains(u"(none: this is the first round)"_s));
            if (round == 3) {
                QVERIFY(p.contains(u"\"iteration\": 1"_s) && p.contains(u"\"iteration\": 2"_s));
                QVERIFY(p.contains(u"change made after round 1"_s) && p.contains(u"change made after round 2"_s));
            }
        }
        for (const auto &request : std::as_const(repairs)) {
            const QString p = promptOf(request);
            const int round = roundOf(p);
            QVERIFY(round == 1 || round == 2);
            QVERIFY(p.contains(u"round %1 of at most 3"_s.arg(round)));
            QVERIFY(p.contains(round == 1 ? u"2 rounds are left"_s : u"one round is left"_s));
            QVERIFY(p.contains(u"lattice_energy has no keyword spacing"_s));   // the verdict
            QVERIFY(test::promptSection(p, u"### log.json"_s).startsWith(u"CRITICAL ERROR"_s));
            if (round == 2)
                QVERIFY(p.contains(u"change made after round 1"_s));      // the history
            QVERIFY(p.contains(u"def lattice_energy(a, epsilon=1.0)"_s));
        }
    }

    void aPromptTooLargeForTheModelIsAClearError()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        pipeline::CampaignConfig config = test::DistillationScript::campaignConfig(server);
        config.generator.model = u"tiny-local"_s;   // 34k window: 2k of prompt beside the 32k answer budget
        config.judge = config.generator;
        const qint64 campaignId = newCampaign(tmp.workspace(), config, u"tiny"_s);
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        runToEnd(runner);
        const auto example = store::PipelineStore(tmp.workspace()).examples(campaignId).first();
        QCOMPARE(example.status, wb::store::ExampleStatus::Error);
        QVERIFY2(example.statusReason.startsWith(u"Example generation: The example_generation prompt for tiny-local needs about"_s),
                 qPrintable(example.statusReason));
        QVERIFY(example.statusReason.contains(u"34,000"_s));
        // Nothing too large was sent: no generation request reached the server.
        for (const auto &r : server.requests())
            QVERIFY(test::DistillationScript::stageOf(r) != u"example_generation"_s);
    }
};

QTEST_GUILESS_MAIN(TstMethodCampaign)
#include "tst_methodcampaign.moc"
