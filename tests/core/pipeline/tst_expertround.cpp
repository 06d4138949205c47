// SPDX-License-Identifier: GPL-3.0-or-later
// Expert rounds: an expert's edit becomes a human round that runs through the campaign's executor
// (real Python) and, when asked, the judge (a loopback model server), without touching the outcome.
#include "distillationscript.h"
#include "fakellmserver.h"
#include "llm/llmclient.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignrunner.h"
#include "pipeline/expertround.h"
#include "repo/repositoryingestor.h"
#include "review/agreementreport.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstExpertRound : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    static pipeline::CampaignConfig config(const test::FakeLlmServer &server)
    {
        return test::DistillationScript::campaignConfig(server);
    }

    /** A workspace whose one example was distilled to SUCCESS in two rounds. */
    qint64 distilled(const std::shared_ptr<store::Workspace> &ws, const test::FakeLlmServer &server, qint64 *campaignId = nullptr)
    {
        const auto record = repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(m_repo));
        store::PipelineStore pipeline(ws);
        const qint64 id = pipeline.createCampaign(u"e2e"_s, config(server).toJson());
        const qint64 exampleId = pipeline.addExamples(id, {record.id}).first().id;
        pipeline::CampaignRunner runner(ws, id, llm::LlmClientOptions{});
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        runner.start();
        if (!finished.wait(180000))
            qFatal("the campaign did not finish");
        if (campaignId)
            *campaignId = id;
        return exampleId;
    }

    pipeline::CampaignSummary runExpertRound(const std::shared_ptr<store::Workspace> &ws, qint64 campaignId, qint64 exampleId,
                                             bool judge, QStringList *lines = nullptr)
    {
        pipeline::CampaignRunner runner(ws, campaignId, llm::LlmClientOptions{});
        if (lines)
            connect(&runner, &pipeline::CampaignRunner::logLine, this,
                    [lines](qint64, int, const exec::LogLine &line) { lines->append(line.text); });
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        runner.startExpertRound(exampleId, judge);
        if (!finished.wait(180000))
            qFatal("the expert round did not finish");
        return finished.first().first().value<pipeline::CampaignSummary>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        m_repo = m_dir.filePath(u"matlib"_s);
        test::DistillationScript::makeRepository(m_repo);
    }

    void expertRoundRunsWithoutChangingTheOutcome()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        qint64 campaignId = 0;
        const qint64 exampleId = distilled(tmp.workspace(), server, &campaignId);
        store::PipelineStore pipeline(tmp.workspace());
        const auto before = *pipeline.example(exampleId);
        QCOMPARE(before.status, wb::store::ExampleStatus::Success);
        const auto judgeBefore = review::AgreementReport::judgeAnswers(pipeline.rounds(exampleId));
        const auto campaignBefore = pipeline.findCampaign(QString::number(campaignId))->status;

        // The expert edits the final round's main.py.
        pipeline::ExampleFiles files = pipeline::ExpertRound::files(tmp.workspace(), pipeline.rounds(exampleId).last());
        files.mainPy = "import os\nos.makedirs('to_save', exist_ok=True)\n"
                       "open('to_save/expert.txt', 'w').write('checked by hand')\nprint('EXPERT-FIX-RAN')\n";
        const auto round = pipeline::ExpertRound::create(tmp.workspace(), exampleId, files, u"ada"_s, u"simpler demo"_s);
        QCOMPARE(round.index, 3);
        QCOMPARE(round.origin, u"human"_s);
        QVERIFY(!round.executed);
        QVERIFY(QString::fromUtf8(round.changesMadeJson).contains(u"Expert fix by ada: simpler demo"_s));

        const int requests = server.requestCount();
        QStringList lines;
        runExpertRound(tmp.workspace(), campaignId, exampleId, false, &lines);
        QVERIFY2(lines.contains(u"EXPERT-FIX-RAN"_s), qPrintable(lines.join(u'\n')));
        QCOMPARE(server.requestCount(), requests);   // not judged: no model call

        const auto ran = *pipeline.round(exampleId, 3);
        QVERIFY(ran.executed);
        QCOMPARE(ran.exitCode.value_or(-1), 0);
        QVERIFY(ran.verdictJson.isEmpty());
        bool artifact = false;
        for (const auto &a : pipeline.artifacts(ran.id))
            artifact = artifact || a.name.endsWith(u"expert.txt"_s);
        QVERIFY(artifact);
        const auto after = *pipeline.example(exampleId);
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.statusReason, before.statusReason);
        QCOMPARE(after.roundsExecuted, before.roundsExecuted);   // the pipeline's rounds
        QCOMPARE(pipeline.findCampaign(QString::number(campaignId))->status, campaignBefore);

        // A second, failing expert round, judged: the verdict is stored on the expert round, and the
        // judge's answers that agreement is computed from stay those of the pipeline's rounds.
        files.mainPy = "raise SystemExit('the expert broke it')\n";
        pipeline::ExpertRound::create(tmp.workspace(), exampleId, files, u"ada"_s);
        runExpertRound(tmp.workspace(), campaignId, exampleId, true);
        QCOMPARE(server.requestCount(), requests + 1);
        const auto judged = *pipeline.round(exampleId, 4);
        QVERIFY(judged.executed);
        QVERIFY(judged.exitCode.value_or(0) != 0);
        QVERIFY(!judged.verdictJson.isEmpty());
        QCOMPARE(pipeline.example(exampleId)->status, wb::store::ExampleStatus::Success);
        QCOMPARE(review::AgreementReport::judgeAnswers(pipeline.rounds(exampleId)), judgeBefore);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("no annotator") << u"annotator"_s << u"annotator's name"_s;
        QTest::newRow("empty main.py") << u"main"_s << u"main.py is empty"_s;
        QTest::newRow("empty run.sh") << u"run"_s << u"run.sh is empty"_s;
        QTest::newRow("metadata not JSON") << u"metadata"_s << u"metadata.json is not a JSON object"_s;
        QTest::newRow("example still queued") << u"pending"_s << u"is PENDING"_s;
        QTest::newRow("unknown example") << u"unknown"_s << u"does not exist"_s;
    }

    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        test::TempWorkspace tmp;
        const auto record = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_repo));
        store::PipelineStore pipeline(tmp.workspace());
        const qint64 campaignId = pipeline.createCampaign(u"c"_s, "{}");
        qint64 exampleId = pipeline.addExamples(campaignId, {record.id}).first().id;
        pipeline.createRound(exampleId, 1, u"generated"_s, "print(1)\n", "", "python main.py\n", "{}");
        pipeline.setExampleState(exampleId, what == u"pending"_s ? wb::store::ExampleStatus::Pending : wb::store::ExampleStatus::Failed, u"done"_s);
        pipeline::ExampleFiles files{"print(2)\n", "", "python main.py\n", "{\"name\": \"x\"}"};
        QString annotator = u"ada"_s;
        if (what == u"annotator"_s)
            annotator = u"  "_s;
        else if (what == u"main"_s)
            files.mainPy = "\n";
        else if (what == u"run"_s)
            files.runSh.clear();
        else if (what == u"metadata"_s)
            files.metadataJson = "{broken";
        else if (what == u"unknown"_s)
            exampleId = 4242;
        try {
            pipeline::ExpertRound::create(tmp.workspace(), exampleId, files, annotator);
            QFAIL("the expert round was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
        if (what != u"unknown"_s)
            QCOMPARE(pipeline.rounds(exampleId).size(), 1);   // nothing written
    }

    void unexecutedExpertRoundSurvivesAResume()
    {
        // Killed before the expert round ran: the example keeps its outcome, a campaign resume leaves
        // it alone, and running the expert round later executes it.
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        qint64 campaignId = 0;
        const qint64 exampleId = distilled(tmp.workspace(), server, &campaignId);
        store::PipelineStore pipeline(tmp.workspace());
        auto files = pipeline::ExpertRound::files(tmp.workspace(), pipeline.rounds(exampleId).last());
        files.mainPy = "print('later')\n";
        pipeline::ExpertRound::create(tmp.workspace(), exampleId, files, u"ada"_s);
        {
            pipeline::CampaignRunner resume(tmp.workspace(), campaignId, llm::LlmClientOptions{});
            QSignalSpy finished(&resume, &pipeline::CampaignRunner::finished);
            resume.start();
            QVERIFY(finished.wait(60000));
        }
        QVERIFY(!pipeline.round(exampleId, 3)->executed);
        runExpertRound(tmp.workspace(), campaignId, exampleId, false);
        QVERIFY(pipeline.round(exampleId, 3)->executed);
        QCOMPARE(pipeline.example(exampleId)->status, wb::store::ExampleStatus::Success);
    }

    void readsAFolder()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(u"main.py"_s, "print(1)\n");
        write(u"run.sh"_s, "python main.py\n");
        write(u"metadata.json"_s, "{}");
        const auto files = pipeline::ExpertRound::readDirectory(dir.path());
        QCOMPARE(files.mainPy, QByteArray("print(1)\n"));
        QVERIFY(files.requirementsTxt.isEmpty());   // optional
        QVERIFY_THROWS_EXCEPTION(Error, pipeline::ExpertRound::readDirectory(dir.filePath(u"missing"_s)));
        QFile::remove(dir.filePath(u"run.sh"_s));
        QVERIFY_THROWS_EXCEPTION(Error, pipeline::ExpertRound::readDirectory(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TstExpertRound)
#include "tst_expertround.moc"
