// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns whose rounds run as real Slurm jobs (a single-node cluster the test starts): the pipeline
// end to end, and a workbench closed while its rounds wait in the queue — re-attached on resume, or run
// again when their job is gone.
#include "distillationscript.h"
#include "fakellmserver.h"
#include "llm/llmclient.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignrunner.h"
#include "repo/repositoryingestor.h"
#include "slurmcluster.h"
#include "store/pipelinestore.h"
#include "store/remotejobstore.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wb;

class TstSlurmCampaign : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::SlurmCluster> m_cluster;

    pipeline::CampaignConfig config(const test::FakeLlmServer &server) const
    {
        pipeline::CampaignConfig c = test::DistillationScript::campaignConfig(server);
        c.executor = u"slurm"_s;
        // The campaign's own choice wins over the workspace's (set in each test).
        c.executorOptions.insert(u"slurm.shared_directory"_s, m_cluster->sharedDirectory());
        return c;
    }

    qint64 newCampaign(const std::shared_ptr<store::Workspace> &ws, const pipeline::CampaignConfig &c, const QStringList &repos)
    {
        QList<qint64> ids;
        for (const QString &repo : repos)
            ids << repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(repo)).id;
        store::PipelineStore pipeline(ws);
        const qint64 id = pipeline.createCampaign(u"on-slurm"_s, c.toJson());
        pipeline.addExamples(id, ids);
        return id;
    }

    static pipeline::CampaignSummary runToEnd(pipeline::CampaignRunner &runner)
    {
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        runner.start();
        if (!finished.wait(240000))
            qFatal("the campaign did not finish");
        return finished.first().first().value<pipeline::CampaignSummary>();
    }

    static void teamSettings(const std::shared_ptr<store::Workspace> &ws, const QString &sbatchArgs = QStringLiteral(""))
    {
        ws->setSetting(u"slurm.poll_seconds"_s, u"0.3"_s);
        ws->setSetting(u"slurm.file_wait_seconds"_s, u"3"_s);
        ws->setSetting(u"slurm.shared_directory"_s, u"/nonexistent/overridden/by/the/campaign"_s);
        ws->setSetting(u"slurm.sbatch_args"_s, sbatchArgs);
    }

    static QString scontrol(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"scontrol"_s, args);
        p.waitForFinished();
        return QString::fromUtf8(p.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        m_cluster = std::make_unique<test::SlurmCluster>();
        const QString why = m_cluster->start();
        if (!why.isEmpty())
            QSKIP(qPrintable(u"no single-node Slurm on this machine: "_s + why));
        test::DistillationScript::makeRepository(m_dir.filePath(u"matlib"_s));
        test::DistillationScript::makeRepository(m_dir.filePath(u"matlib-fork"_s));
    }

    void distilsWithRoundsAsSlurmJobs()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        teamSettings(tmp.workspace());
        const qint64 campaignId = newCampaign(tmp.workspace(), config(server), {m_dir.filePath(u"matlib"_s)});
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        const pipeline::CampaignSummary summary = runToEnd(runner);
        QCOMPARE(summary.success, 1);

        store::PipelineStore pipeline(tmp.workspace());
        const auto example = pipeline.examples(campaignId).first();
        const auto rounds = pipeline.rounds(example.id);
        QCOMPARE(rounds.size(), 2);
        // Round 1's real traceback came back through the job's files, like a local round's.
        QCOMPARE(rounds[0].executor, u"slurm"_s);
        QCOMPARE(rounds[0].exitCode.value(), 1);
        QString stderrText;
        for (const auto &l : pipeline.logs(rounds[0].id))
            if (l.stream == u"stderr"_s && l.phase == u"run"_s)
                stderrText += l.line + u'\n';
        QVERIFY2(stderrText.contains(u"TypeError: lattice_energy() got an unexpected keyword argument 'spacing'"_s), qPrintable(stderrText));
        QCOMPARE(rounds[1].exitCode.value(), 0);
        QStringList names;
        for (const auto &a : pipeline.artifacts(rounds[1].id))
            names << a.name;
        QCOMPARE(names, (QStringList{u"log.json"_s, u"results.json"_s, u"to_save/energy.png"_s}));

        // Each round was one job, recorded with its round directory on the shared file system.
        const store::RemoteJobStore jobs(tmp.workspace());
        QStringList ids;
        for (const auto &round : rounds) {
            const auto job = jobs.find(round.id);
            QVERIFY(job);
            QCOMPARE(job->executor, u"slurm"_s);
            QVERIFY2(job->roundDir.startsWith(m_cluster->sharedDirectory()), qPrintable(job->roundDir));
            QTRY_COMPARE_WITH_TIMEOUT(m_cluster->job(job->jobId).value(u"JobState"_s), u"COMPLETED"_s, 30000);
            ids << job->jobId;
        }
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids[0] != ids[1]);
        QVERIFY(jobs.unfinished(campaignId).isEmpty());
    }

    void closedWorkbenchReattachesOrRunsAgain()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        teamSettings(tmp.workspace(), u"--hold"_s);   // the first round of each example waits in the queue
        pipeline::CampaignConfig c = config(server);
        c.executionConcurrency = 1;   // one round at a time here; the cluster takes both at once (slurm.max_jobs)
        const qint64 campaignId = newCampaign(tmp.workspace(), c, {m_dir.filePath(u"matlib"_s), m_dir.filePath(u"matlib-fork"_s)});
        const store::RemoteJobStore jobs(tmp.workspace());
        QList<store::RemoteJobRecord> held;
        {
            pipeline::CampaignRunner runner(tmp.workspace(), campaignId, llm::LlmClientOptions{});
            runner.start();
            QTRY_VERIFY_WITH_TIMEOUT((held = jobs.unfinished(campaignId)).size() == 2, 120000);
            QTest::qWait(500);   // let the queue be read once
            runner.close(u"The workbench was closed."_s);   // as the window does when it closes
        }   // its rounds stay in the queue
        const QStringList active = m_cluster->activeJobs();
        QVERIFY(active.contains(held[0].jobId) && active.contains(held[1].jobId));
        for (const auto &example : store::PipelineStore(tmp.workspace()).examples(campaignId))
            QCOMPARE(example.status, wb::store::ExampleStatus::Cancelled);   // and a resume continues them

        // Meanwhile one job is let go and runs, the other is cancelled by someone.
        QVERIFY(scontrol({u"release"_s, held[0].jobId}).trimmed().isEmpty());
        QProcess::execute(u"scancel"_s, {held[1].jobId});
        QTRY_VERIFY_WITH_TIMEOUT(!m_cluster->activeJobs().contains(held[1].jobId), 60000);

        teamSettings(tmp.workspace());   // no more holds
        pipeline::CampaignRunner resumed(tmp.workspace(), campaignId, llm::LlmClientOptions{});
        QCOMPARE(runToEnd(resumed).success, 2);

        // The released round was collected from its job, not submitted again; the cancelled one ran
        // again as a new job.
        const auto first = jobs.find(held[0].roundId);
        const auto second = jobs.find(held[1].roundId);
        QVERIFY(first && second);
        QCOMPARE(first->jobId, held[0].jobId);
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster->job(held[0].jobId).value(u"JobState"_s), u"COMPLETED"_s, 30000);
        QVERIFY(second->jobId != held[1].jobId);
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster->job(second->jobId).value(u"JobState"_s), u"COMPLETED"_s, 30000);
        QVERIFY(second->roundDir != held[1].roundDir);   // a fresh directory, like any interrupted round
        store::PipelineStore pipeline(tmp.workspace());
        for (const qint64 exampleId : {first->exampleId, second->exampleId}) {
            const auto rounds = pipeline.rounds(exampleId);
            QCOMPARE(rounds.size(), 2);
            QCOMPARE(rounds[0].exitCode.value(), 1);
            QCOMPARE(rounds[1].exitCode.value(), 0);
        }
    }

    void cleanupTestCase()
    {
        m_cluster.reset();
    }
};

QTEST_GUILESS_MAIN(TstSlurmCampaign)
#include "tst_slurmcampaign.moc"
