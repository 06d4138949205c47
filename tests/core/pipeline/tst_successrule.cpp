// SPDX-License-Identifier: GPL-3.0-or-later
// A judge that always says "finished" cannot make a round that did not run to its end a success: the
// example only succeeds on a round whose main.py ran to completion within its limits, and the repair is
// told why the round was not accepted.
#include "distillationscript.h"
#include "fakellmserver.h"
#include "llm/llmclient.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignrunner.h"
#include "pipeline/successrule.h"
#include "repo/repositoryingestor.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

test::FakeResponse answer(const nlohmann::json &content)
{
    return test::FakeResponse::openAi(QString::fromStdString(content.dump()),
                                      {{"prompt_tokens", 1000}, {"completion_tokens", 200}, {"total_tokens", 1200}});
}

nlohmann::json files(const QByteArray &mainPy, const QByteArray &runSh)
{
    return {{"main_py", mainPy.toStdString()}, {"requirements_txt", ""}, {"run_sh", runSh.toStdString()},
            {"metadata", {{"example_type", "library_demo"}, {"user_type", "no_user"}}}};
}

// What a fooled judge sees as success: the expected text is printed, results saved.
const QByteArray kLooksRight = "import json\nprint('minimum found at a = 1.587')\n"
                               "json.dump({'a_min': 1.587}, open('results.json', 'w'))\n"
                               "json.dump([{'type': 'info', 'message': 'done'}], open('log.json', 'w'))\n";

} // namespace

class TstSuccessRule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        m_repo = m_dir.filePath(u"matlib"_s);
        test::DistillationScript::makeRepository(m_repo);
    }

    void judgeCannotOverrule_data()
    {
        QTest::addColumn<QByteArray>("mainPy");
        QTest::addColumn<QByteArray>("runSh");
        QTest::addColumn<QString>("expectedStatus");
        QTest::addColumn<QString>("why");
        QTest::newRow("ran to its end") << kLooksRight << QByteArray() << u"SUCCESS"_s << QString();
        QTest::newRow("setup failed, main ran") << kLooksRight << QByteArray("exit 3\n") << u"SUCCESS"_s << QString();
        QTest::newRow("exit code 1") << kLooksRight + "raise SystemExit(1)\n" << QByteArray() << u"FAILED"_s
                                     << u"exited with code 1"_s;
        QTest::newRow("traceback") << kLooksRight + "import matlib_missing\n" << QByteArray() << u"FAILED"_s
                                   << u"exited with code 1"_s;
        QTest::newRow("killed") << kLooksRight + "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n" << QByteArray()
                                << u"FAILED"_s << u"did not run, or was killed"_s;
        QTest::newRow("time limit") << kLooksRight + "import time\ntime.sleep(30)\n" << QByteArray() << u"FAILED"_s
                                    << u"time limit"_s;
        QTest::newRow("output limit") << kLooksRight + "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n"
                                      << QByteArray() << u"FAILED"_s << u"output limit"_s;
        QTest::newRow("setup never ends") << kLooksRight << QByteArray("sleep 30\n") << u"FAILED"_s << u"time limit"_s;
    }

    void judgeCannotOverrule()
    {
        QFETCH(QByteArray, mainPy);
        QFETCH(QByteArray, runSh);
        QFETCH(QString, expectedStatus);
        QFETCH(QString, why);

        test::FakeLlmServer server;
        QStringList repairPrompts;
        server.setHandler([&](const test::RecordedRequest &request) {
            const QString stage = test::DistillationScript::stageOf(request);
            if (stage == u"example_generation"_s || stage == u"example_repair"_s) {
                if (stage == u"example_repair"_s)
                    repairPrompts << QString::fromStdString(request.json()["messages"].back()["content"].get<std::string>());
                nlohmann::json f = files(mainPy, runSh);   // the repair changes nothing: still the same code
                if (stage == u"example_repair"_s) {
                    f["issues_identified"] = nlohmann::json::array({"none"});
                    f["changes_made"] = nlohmann::json::array({"none"});
                }
                return answer(f);
            }
            if (stage == u"judge_verdict"_s)   // always fooled
                return answer({{"critical_issues", nlohmann::json::array()}, {"is_finished", true}, {"error_class", "none"},
                               {"faithfulness_accurate_completeness_statement", "Finds the minimum at 1.587."}});
            return test::DistillationScript::handler()(request);
        });
        test::TempWorkspace tmp;
        pipeline::CampaignConfig config = test::DistillationScript::campaignConfig(server);
        config.maxRounds = 2;
        config.limits.wallSeconds = 4;
        config.limits.maxOutputBytes = 1 << 20;
        const auto record = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_repo));
        store::PipelineStore pipeline(tmp.workspace());
        const qint64 campaignId = pipeline.createCampaign(u"fooled"_s, config.toJson());
        pipeline.addExamples(campaignId, {record.id});
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        runner.start();
        QVERIFY(finished.wait(240000));

        const auto example = pipeline.examples(campaignId).first();
        QCOMPARE(store::exampleStatusToString(example.status), expectedStatus);
        const auto rounds = pipeline.rounds(example.id);
        QVERIFY(!rounds.isEmpty());
        QVERIFY(rounds.first().isFinished.value_or(false));   // the judge's word is kept as it was said
        if (why.isEmpty()) {
            QCOMPARE(rounds.size(), 1);
            QVERIFY(repairPrompts.isEmpty());
            return;
        }
        QVERIFY2(pipeline::SuccessRule::whyNot(rounds.first()).contains(why),
                 qPrintable(pipeline::SuccessRule::whyNot(rounds.first())));
        QCOMPARE(repairPrompts.size(), 2);   // after each round; the last repair is kept, never run (the method)
        QVERIFY2(repairPrompts.first().contains(u"the workbench does not accept it: "_s), qPrintable(repairPrompts.first().right(3000)));
        QVERIFY(repairPrompts.first().contains(why));
    }
};

QTEST_GUILESS_MAIN(TstSuccessRule)
#include "tst_successrule.moc"
