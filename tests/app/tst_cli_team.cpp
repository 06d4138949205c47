// SPDX-License-Identifier: GPL-3.0-or-later
// A team at work: a campaign runs from one machine as real Slurm jobs against a PostgreSQL workspace
// (`codedistiller run --executor slurm`), while two annotators on two other workbenches judge its
// examples as they finish, one of them from two machines at once. Nothing is lost, nothing forks, and
// a second runner for the same campaign is refused while the first one lives.
#include "clirun.h"
#include "distillationscript.h"
#include "fakellmserver.h"
#include "postgrestestserver.h"
#include "slurmcluster.h"

#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wb;

class TstCliTeam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::SlurmCluster> m_cluster;
    QString m_uri;

    test::CliRun run(const QStringList &args) { return test::runCli(QStringLiteral(CODEDISTILLER_BIN), m_uri, args); }

    qint64 scalar(const std::shared_ptr<store::Workspace> &ws, const QString &sql)
    {
        QSqlQuery q = store::exec(ws->database(), sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::PostgresTestServer::isConfigured())
            QSKIP("No PostgreSQL test server: run this test through CTest, which starts one (postgres_cluster_start)");
        m_cluster = std::make_unique<test::SlurmCluster>();
        const QString why = m_cluster->start();
        if (!why.isEmpty())
            QSKIP(qPrintable(u"no single-node Slurm on this machine: "_s + why));
        m_uri = test::PostgresTestServer::createDatabase();
    }

    void cleanupTestCase()
    {
        if (!m_uri.isEmpty())
            test::PostgresTestServer::dropDatabase(m_uri);
    }

    void twoAnnotatorsJudgeWhileRoundsRunOnSlurm()
    {
        QStringList repositories;
        for (const QString &name : {u"alloys"_s, u"phonons"_s, u"surfaces"_s}) {
            repositories << m_dir.filePath(name);
            test::DistillationScript::makeRepository(repositories.last());
        }
        QCOMPARE(run(QStringList{u"add"_s} + repositories).exitCode, 0);
        QCOMPARE(run({u"slurm"_s, u"set"_s, u"slurm.poll_seconds"_s, u"0.3"_s}).exitCode, 0);
        QCOMPARE(run({u"slurm"_s, u"set"_s, u"slurm.shared_directory"_s, m_cluster->sharedDirectory()}).exitCode, 0);

        // The login node: the campaign, every round a batch job.
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
        env.insert(u"CODEDISTILLER_WORKSPACE"_s, m_uri);
        QProcess campaign;
        campaign.setProcessEnvironment(env);
        campaign.start(QStringLiteral(CODEDISTILLER_BIN),
                       {u"run"_s, u"--campaign"_s, u"team"_s, u"--provider"_s, u"vllm"_s, u"--base-url"_s, server.openAiBaseUrl(),
                        u"--model"_s, u"gpt-oss-120b"_s, u"--executor"_s, u"slurm"_s, u"--max-rounds"_s, u"3"_s,
                        u"--concurrency"_s, u"3"_s});
        QVERIFY(campaign.waitForStarted());

        // The experts' desks: their own connections to the same database.
        auto desk = store::Workspace::open(m_uri, m_dir.filePath(u"desk.cache"_s));
        qint64 campaignId = 0;
        QTRY_VERIFY_WITH_TIMEOUT((campaignId = scalar(desk, u"SELECT COALESCE(MAX(id), 0) FROM campaigns"_s)) > 0, 60000);

        // A second runner for the same campaign (another login node) is refused while the first lives.
        QTRY_VERIFY_WITH_TIMEOUT(scalar(desk, u"SELECT COUNT(*) FROM campaigns WHERE runner_id IS NOT NULL"_s) == 1, 60000);
        const test::CliRun second = run({u"run"_s, u"--resume"_s, u"team"_s, u"--executor"_s, u"slurm"_s});
        QVERIFY2(second.exitCode != 0 && second.err.contains("running on another workbench"), second.err.constData());

        QSet<QString> judged;   // "example/annotator" recorded
        int judgements = 0;
        QElapsedTimer clock;
        clock.start();
        bool seenSlurmJob = false;
        while (clock.elapsed() < 240000) {
            seenSlurmJob = seenSlurmJob || !m_cluster->activeJobs().isEmpty();
            const bool campaignDone = campaign.state() == QProcess::NotRunning;
            const auto examples = store::PipelineStore(desk).examples(campaignId);
            bool allJudged = !examples.isEmpty();
            for (const auto &e : examples) {
                if (!store::isTerminal(e.status)) {
                    allJudged = false;
                    continue;
                }
                for (const QString &annotator : {u"ada"_s, u"bob"_s}) {
                    const QString key = u"%1/%2"_s.arg(e.id).arg(annotator);
                    if (judged.contains(key))
                        continue;
                    if (annotator == u"ada"_s) {
                        // ada, at her desk and on her laptop at the same moment.
                        QProcess desktop, laptop;
                        for (QProcess *p : {&desktop, &laptop}) {
                            p->setProcessEnvironment(env);
                            p->start(QStringLiteral(CODEDISTILLER_BIN),
                                     {u"judge"_s, QString::number(e.id), u"--annotator"_s, u"ada"_s, u"--ran"_s, u"yes"_s,
                                      u"--decision"_s, p == &desktop ? u"accept"_s : u"needs-work"_s});
                        }
                        for (QProcess *p : {&desktop, &laptop}) {
                            QVERIFY(p->waitForFinished(60000));
                            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
                        }
                        judgements += 2;
                    } else {
                        const test::CliRun r = run({u"judge"_s, QString::number(e.id), u"--annotator"_s, u"bob"_s,
                                                    u"--correct"_s, u"yes"_s, u"--decision"_s, u"accept"_s});
                        QVERIFY2(r.exitCode == 0, r.err.constData());
                        judgements += 1;
                    }
                    judged.insert(key);
                }
            }
            if (campaignDone && allJudged)
                break;
            QTest::qWait(300);
        }
        QVERIFY2(campaign.state() == QProcess::NotRunning, "the campaign did not finish in time");
        QVERIFY2(campaign.exitCode() == 0, campaign.readAllStandardError().constData());
        QVERIFY(seenSlurmJob);
        QCOMPARE(judged.size(), 2 * 3);

        // The rounds ran as Slurm jobs; every judgement is there; every history is one chain.
        QVERIFY(scalar(desk, u"SELECT COUNT(*) FROM remote_jobs"_s) >= 3);
        QCOMPARE(scalar(desk, u"SELECT COUNT(*) FROM judgements"_s), qint64(judgements));
        QCOMPARE(scalar(desk, u"SELECT COUNT(*) FROM judgements WHERE annotator = 'ada'"_s), 2 * 3);
        QCOMPARE(scalar(desk, u"SELECT COUNT(*) FROM judgements j WHERE NOT EXISTS "
                              "(SELECT 1 FROM judgements l WHERE l.supersedes_id = j.id)"_s),
                 2 * 3);
        QCOMPARE(scalar(desk, u"SELECT COUNT(*) FROM campaigns WHERE runner_id IS NOT NULL"_s), 0);   // the claim is released
    }
};

QTEST_GUILESS_MAIN(TstCliTeam)
#include "tst_cli_team.moc"
