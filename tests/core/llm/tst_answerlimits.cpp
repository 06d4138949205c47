// SPDX-License-Identifier: GPL-3.0-or-later
// Schema-valid but huge answers are refused: field by field, and in a campaign whose summary is 20 MB,
// which ends as a clear ERROR without the summary being stored or pasted into any later prompt.
#include "distillationscript.h"
#include "fakellmserver.h"
#include "llm/answerlimits.h"
#include "llm/llmclient.h"
#include "pipeline/campaignrunner.h"
#include "repo/repositoryingestor.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstAnswerLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("problem");   // empty: accepted
        const std::string big(20001, 'a');
        QTest::newRow("summary within") << u"repository_summary"_s
                                        << QByteArray(R"({"description": "A library.", "highly_relevant_files": ["a.py"]})") << QString();
        QTest::newRow("summary description too long")
            << u"repository_summary"_s
            << QByteArray::fromStdString(nlohmann::json{{"description", big}, {"highly_relevant_files", nlohmann::json::array()}}.dump())
            << u"$.description: 20001 characters, more than the 20000 allowed"_s;
        QTest::newRow("characters, not bytes")
            << u"repository_summary"_s
            << QByteArray::fromStdString(nlohmann::json{{"description", std::string(3000, ' ') + std::string(17000 / 1, 'x')},
                                                        {"highly_relevant_files", nlohmann::json::array()}}.dump())
            << QString();
        nlohmann::json files = nlohmann::json::array();
        for (int i = 0; i < 201; ++i)
            files.push_back("f" + std::to_string(i) + ".py");
        QTest::newRow("too many files") << u"repository_summary"_s
                                        << QByteArray::fromStdString(nlohmann::json{{"description", "d"}, {"highly_relevant_files", files}}.dump())
                                        << u"$.highly_relevant_files: 201 items, more than the 200 allowed"_s;
        QTest::newRow("nested metadata default")
            << u"example_generation"_s
            << QByteArray::fromStdString(nlohmann::json{{"main_py", "print(1)"}, {"requirements_txt", ""}, {"run_sh", ""},
                                                        {"metadata", {{"notes", std::string(100001, 'n')}}}}.dump())
            << u"$.metadata.notes: 100001 characters, more than the 100000 allowed"_s;
        QTest::newRow("long code is fine") << u"example_generation"_s
                                           << QByteArray::fromStdString(nlohmann::json{{"main_py", std::string(300000, 'c')}, {"requirements_txt", ""},
                                                                                       {"run_sh", ""}, {"metadata", nlohmann::json::object()}}.dump())
                                           << QString();
        QTest::newRow("whole answer") << u"example_generation"_s
                                      << QByteArray::fromStdString(nlohmann::json{{"main_py", std::string(399000, 'c')}, {"requirements_txt", std::string(19000, 'r')},
                                                                                  {"run_sh", std::string(49000, 's')},
                                                                                  {"metadata", {{"a", std::string(99000, 'm')}, {"b", std::string(99000, 'm')}}}}.dump())
                                      << u"the whole answer has"_s;
    }

    void check()
    {
        QFETCH(QString, stage);
        QFETCH(QByteArray, answer);
        QFETCH(QString, problem);
        const QStringList problems = llm::AnswerLimits::instance().check(stage, nlohmann::json::parse(answer.toStdString()));
        if (problem.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        else
            QVERIFY2(problems.join(u"; "_s).contains(problem), qPrintable(problems.join(u"; "_s)));
    }

    void hugeSummaryEndsClearlyAndIsNeverPasted()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        QTemporaryDir dir;
        const QString repoPath = dir.filePath(u"matlib"_s);
        test::DistillationScript::makeRepository(repoPath);
        test::FakeLlmServer server;
        const std::string huge(20 << 20, 'x');
        int summaries = 0, others = 0;
        server.setHandler([&](const test::RecordedRequest &request) {
            if (test::DistillationScript::stageOf(request) == u"repository_summary"_s) {
                ++summaries;
                return test::FakeResponse::openAi(QString::fromStdString(
                    nlohmann::json{{"description", huge}, {"highly_relevant_files", nlohmann::json::array()}}.dump()));
            }
            ++others;
            return test::DistillationScript::handler()(request);
        });
        test::TempWorkspace tmp;
        const auto record = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(repoPath));
        store::PipelineStore pipeline(tmp.workspace());
        const qint64 campaignId = pipeline.createCampaign(u"huge"_s, test::DistillationScript::campaignConfig(server).toJson());
        pipeline.addExamples(campaignId, {record.id});
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        runner.start();
        QVERIFY(finished.wait(120000));

        const auto example = pipeline.examples(campaignId).first();
        QCOMPARE(example.status, wb::store::ExampleStatus::Error);
        QVERIFY2(example.statusReason.contains(u"$.description: 20971520 characters, more than the 20000 allowed"_s),
                 qPrintable(example.statusReason.left(500)));
        QCOMPARE(summaries, 2);   // the answer, and one repeated request quoting the problem
        QCOMPARE(others, 0);      // nothing was classified with it
        QVERIFY(example.summaryJson.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAnswerLimits)
#include "tst_answerlimits.moc"
