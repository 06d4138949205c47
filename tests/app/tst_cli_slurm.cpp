// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller run --executor slurm` and `codedistiller slurm ...` as processes, against a single-node
// Slurm the test starts and the scripted model: the team's settings, a campaign end to end, a workbench
// killed while its round waits in the queue and the campaign cancelled afterwards.
#include "clirun.h"
#include "distillationscript.h"
#include "fakellmserver.h"
#include "slurmcluster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <signal.h>

using namespace Qt::StringLiterals;

class TstCliSlurm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;
    std::unique_ptr<wb::test::SlurmCluster> m_cluster;

    wb::test::CliRun run(const QString &workspace, const QStringList &args)
    {
        return wb::test::runCli(QStringLiteral(CODEDISTILLER_BIN), workspace, args);
    }

    QStringList runArgs(const wb::test::FakeLlmServer &server, const QString &campaign) const
    {
        return {u"run"_s,       u"--campaign"_s, campaign,          u"--provider"_s,   u"vllm"_s,
                u"--base-url"_s, server.openAiBaseUrl(),            u"--model"_s,      u"gpt-oss-120b"_s,
                u"--executor"_s, u"slurm"_s,     u"--max-rounds"_s, u"3"_s,            u"--round-timeout"_s,
                u"2"_s,          u"--executor-option"_s, u"slurm.shared_directory="_s + m_cluster->sharedDirectory()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<wb::test::SlurmCluster>();
        const QString why = m_cluster->start();
        if (!why.isEmpty())
            QSKIP(qPrintable(u"no single-node Slurm on this machine: "_s + why));
        m_repo = m_dir.filePath(u"matlib"_s);
        wb::test::DistillationScript::makeRepository(m_repo);
    }

    void teamSettings()
    {
        const QString ws = m_dir.filePath(u"settings.cdw"_s);
        QCOMPARE(run(ws, {u"slurm"_s, u"set"_s, u"slurm.partition"_s, u"debug"_s}).exitCode, 0);
        QCOMPARE(run(ws, {u"slurm"_s, u"set"_s, u"slurm.modules"_s, u"python/3.11 gcc"_s}).exitCode, 0);
        const wb::test::CliRun bad = run(ws, {u"slurm"_s, u"set"_s, u"slurm.max_cpus"_s, u"many"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("slurm.max_cpus"), bad.err.constData());
        QCOMPARE(run(ws, {u"slurm"_s, u"set"_s, u"slurm.partiton"_s, u"debug"_s}).exitCode, 2);
        QCOMPARE(run(ws, {u"slurm"_s, u"unset"_s, u"slurm.modules"_s}).exitCode, 0);
        const QJsonObject settings = run(ws, {u"--json"_s, u"slurm"_s, u"settings"_s}).json().object();
        QCOMPARE(settings.value(u"slurm.partition"_s).toString(), u"debug"_s);
        QVERIFY(settings.value(u"slurm.modules"_s).isNull());
        QVERIFY(settings.contains(u"slurm.shared_directory"_s));

        const wb::test::CliRun check = run(ws, {u"--json"_s, u"slurm"_s, u"check"_s});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QCOMPARE(check.json().object().value(u"partitions"_s).toArray().first().toObject().value(u"partition"_s).toString(), u"debug*"_s);
    }

    void runsACampaignAsSlurmJobs()
    {
        wb::test::FakeLlmServer server;
        server.setHandler(wb::test::DistillationScript::handler());
        const QString ws = m_dir.filePath(u"run.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);
        QCOMPARE(run(ws, {u"slurm"_s, u"set"_s, u"slurm.poll_seconds"_s, u"0.3"_s}).exitCode, 0);
        const wb::test::CliRun r = run(ws, runArgs(server, u"cluster"_s) << u"--json"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(u"success"_s).toInt(), 1);

        const QJsonArray rounds = run(ws, {u"show"_s, u"1"_s, u"--json"_s}).json().object().value(u"rounds"_s).toArray();
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds[0].toObject().value(u"exit_code"_s).toInt(), 1);
        QCOMPARE(rounds[1].toObject().value(u"exit_code"_s).toInt(), 0);
        QCOMPARE(rounds[1].toObject().value(u"artifacts"_s).toArray().size(), 3);
        QCOMPARE(run(ws, {u"--json"_s, u"slurm"_s, u"jobs"_s}).json().array().size(), 0);   // nothing left in flight
    }

    void killedWorkbenchThenCancel()
    {
        wb::test::FakeLlmServer server;
        server.setHandler(wb::test::DistillationScript::handler());
        const QString ws = m_dir.filePath(u"kill.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);
        QCOMPARE(run(ws, {u"slurm"_s, u"set"_s, u"slurm.sbatch_args=--hold"_s}).exitCode, 0);   // the round waits in the queue
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
        env.insert(u"CODEDISTILLER_WORKSPACE"_s, ws);
        QProcess victim;
        victim.setProcessEnvironment(env);
        victim.start(QStringLiteral(CODEDISTILLER_BIN), runArgs(server, u"doomed"_s));
        QVERIFY(victim.waitForStarted());
        QJsonArray jobs;
        QTRY_VERIFY_WITH_TIMEOUT((jobs = run(ws, {u"--json"_s, u"slurm"_s, u"jobs"_s}).json().array()).size() == 1, 120000);
        ::kill(pid_t(victim.processId()), SIGKILL);
        QVERIFY(victim.waitForFinished(10000));
        const QString jobId = jobs.first().toObject().value(u"job_id"_s).toString();
        QCOMPARE(jobs.first().toObject().value(u"state"_s).toString(), u"PENDING"_s);
        QVERIFY(m_cluster->activeJobs().contains(jobId));   // the job outlives the workbench

        // Nobody follows the campaign now; cancelling it still takes its job off the cluster.
        QCOMPARE(run(ws, {u"cancel"_s, u"doomed"_s}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_cluster->activeJobs().contains(jobId), 30000);
        QCOMPARE(m_cluster->job(jobId).value(u"JobState"_s), u"CANCELLED"_s);
    }

    void usageErrors()
    {
        wb::test::FakeLlmServer server;
        const QString ws = m_dir.filePath(u"usage.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);
        const wb::test::CliRun typo = run(ws, runArgs(server, u"typo"_s) << u"--executor-option"_s << u"slurm.partiton=debug"_s);
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(typo.err.contains("Unknown setting 'slurm.partiton'"), typo.err.constData());
        QCOMPARE(run(ws, {u"slurm"_s, u"frobnicate"_s}).exitCode, 2);

        // A controller nobody answers for: a clear error before anything is written.
        QFile conf(m_cluster->configPath());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QString down = QString::fromUtf8(conf.readAll()).replace(QRegularExpression(u"SlurmctldPort=\\d+"_s), u"SlurmctldPort=9"_s);
        QFile deadConf(m_dir.filePath(u"down.conf"_s));
        QVERIFY(deadConf.open(QIODevice::WriteOnly));
        deadConf.write(down.toUtf8());
        deadConf.close();
        const QByteArray good = qgetenv("SLURM_CONF");
        qputenv("SLURM_CONF", QFile::encodeName(deadConf.fileName()));
        const wb::test::CliRun refused = run(ws, runArgs(server, u"down"_s));
        const wb::test::CliRun check = run(ws, {u"slurm"_s, u"check"_s});
        qputenv("SLURM_CONF", good);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("Slurm is not available"), refused.err.constData());
        QVERIFY(check.err.contains("Slurm is not available"));
        QCOMPARE(run(ws, {u"--json"_s, u"status"_s}).json().array().size(), 0);
    }

    void cleanupTestCase()
    {
        m_cluster.reset();
    }
};

QTEST_GUILESS_MAIN(TstCliSlurm)
#include "tst_cli_slurm.moc"
