// SPDX-License-Identifier: GPL-3.0-or-later
// Rounds as real Slurm jobs on a single-node cluster that the test starts (SlurmCluster): the executor
// contract of the local executor, cancel, timeouts (ours and Slurm's), several jobs at once, and
// re-attaching to a job after the executor (the workbench) was destroyed.
#include "exec/executionjob.h"
#include "exec/executor.h"
#include "exec/slurmjobscript.h"
#include "roundoutput.h"
#include "slurmcluster.h"
#include "threadcrowd.h"
#include "util/error.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wb::exec;
using wb::test::RoundOutput;

namespace {
// Processes running for the round in @p roundDirectory (their environment names it).
int processesOf(const QString &roundDirectory)
{
    const QByteArray mark = "ROUND_DIR=" + QFile::encodeName(roundDirectory);
    int n = 0;
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile environ(u"/proc/"_s + pid + u"/environ"_s);
        if (pid.front().isDigit() && environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(mark))
            ++n;
    }
    return n;
}

// The live tail (lineCaptured) showed @p text.
bool captured(const QSignalSpy &lines, const QString &text)
{
    for (const auto &args : lines)
        if (args.first().value<LogLine>().text == text)
            return true;
    return false;
}

QString describe(const ExecutionResult &r)
{
    return toString(r.outcome) + u": "_s + r.message + u'\n' + RoundOutput::text(r);
}
} // namespace

class TstSlurmExecutor : public QObject
{
    Q_OBJECT

    std::unique_ptr<wb::test::SlurmCluster> m_cluster;
    int m_round = 0;
    // Started first, checked last: Slurm enforces a time limit only every half minute or so.
    ExecutionJob *m_overrun = nullptr;
    std::unique_ptr<QSignalSpy> m_overrunDone;
    std::unique_ptr<Executor> m_overrunExecutor;

    ExecutorSettings settings(const QMap<QString, QString> &extra = {}) const
    {
        ExecutorSettings s;
        s.siteSettings = {{u"slurm.shared_directory"_s, m_cluster->sharedDirectory()},
                          {u"slurm.poll_seconds"_s, u"0.3"_s},
                          {u"slurm.file_wait_seconds"_s, u"5"_s}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            s.siteSettings.insert(it.key(), it.value());
        return s;
    }

    ExecutionRequest request(const QByteArray &mainPy, const QByteArray &runSh = "true\n", ExecutionLimits limits = {},
                             const QByteArray &metadata = "{}")
    {
        ExecutionRequest r;
        r.roundDirectory = QDir(m_cluster->sharedDirectory()).filePath(u"rounds/example-1/round-%1"_s.arg(++m_round));
        r.mainPy = mainPy;
        r.runSh = runSh;
        r.repositoryDirectory = QDir(m_cluster->sharedDirectory()).filePath(u"repo"_s);
        r.limits = limits;
        r.metadataJson = metadata;
        return r;
    }

    static ExecutionResult wait(ExecutionJob *job, QSignalSpy &done, int ms = 120000)
    {
        if (done.isEmpty() && !done.wait(ms))
            qFatal("the Slurm job did not finish");
        job->deleteLater();
        return done.first().first().value<ExecutionResult>();
    }

    ExecutionResult execute(const QByteArray &mainPy, const QByteArray &runSh = "true\n", ExecutionLimits limits = {},
                            const QByteArray &metadata = "{}", QString *jobId = nullptr)
    {
        const auto executor = Executor::create(u"slurm"_s, settings());
        ExecutionJob *job = executor->start(request(mainPy, runSh, limits, metadata), this);
        QSignalSpy submitted(job, &ExecutionJob::submitted);
        QSignalSpy done(job, &ExecutionJob::finished);
        const ExecutionResult r = wait(job, done);
        if (jobId && !submitted.isEmpty())
            *jobId = submitted.first().first().toString();
        return r;
    }

    // What the jobs left in their job directories, for failure messages.
    QString jobFiles() const
    {
        QString out;
        QProcess p;
        p.start(u"bash"_s, {u"-c"_s, u"cd '%1' && for f in $(find . -path '*.job/*' -type f | sort); do echo \"== $f\"; head -c 300 $f; echo; done"_s.arg(m_cluster->sharedDirectory())});
        p.waitForFinished();
        return QString::fromUtf8(p.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<wb::test::SlurmCluster>();
        const QString why = m_cluster->start();
        if (!why.isEmpty())
            QSKIP(qPrintable(u"no single-node Slurm on this machine: "_s + why));
        QVERIFY(QDir().mkpath(m_cluster->sharedDirectory() + u"/repo/mypkg"_s));
        QFile f(m_cluster->sharedDirectory() + u"/repo/mypkg/__init__.py"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("def answer():\n    return 42\n");
        f.close();
        qputenv("OPENAI_API_KEY", "sk-should-never-reach-the-example-0123456789");

        // Our own deadline far away, Slurm's at five seconds: Slurm kills it (state TIMEOUT).
        m_overrunExecutor = Executor::create(u"slurm"_s, settings({{u"slurm.sbatch_args"_s, u"--time=0:05"_s}}));
        ExecutionLimits limits;
        limits.wallSeconds = 600;
        m_overrun = m_overrunExecutor->start(request("import time\nprint('overrunning', flush=True)\ntime.sleep(600)\n", "true\n", limits), this);
        m_overrunDone = std::make_unique<QSignalSpy>(m_overrun, &ExecutionJob::finished);
    }

    void resourcesFollowTheComputeRequirements()
    {
        SlurmSettings site;
        site.maxCpus = 4;
        ExecutionLimits limits;
        limits.memoryBytes = 2LL << 30;
        limits.wallSeconds = 600;
        const QStringList big = SlurmJobScript::resources(
            R"({"compute_requirements": {"cpu_cores": 64, "ram_gb": 100, "gpu_required": true}})", limits, site);
        QVERIFY2(big.contains(u"--cpus-per-task=4"_s), qPrintable(big.join(u' ')));
        QVERIFY(big.contains(u"--mem=2048M"_s));   // capped by the round's memory limit
        QVERIFY(big.contains(u"--gpus=1"_s));
        QVERIFY(big.contains(u"--time=12"_s));      // 10 minutes, our grace and Slurm's margin
        const QStringList small = SlurmJobScript::resources(R"({"compute_requirements": {"cpu_cores": "2", "ram_gb": 1}})", limits, site);
        QVERIFY(small.contains(u"--cpus-per-task=2"_s));
        QVERIFY(small.contains(u"--mem=1024M"_s));
        QVERIFY(!small.join(u' ').contains(u"--gpus"_s));
        site.maxGpus = 0;   // a site without GPUs never asks for one
        QVERIFY(!SlurmJobScript::resources(R"({"compute_requirements": {"gpu_required": true}})", limits, site).join(u' ').contains(u"gpus"_s));
        QVERIFY(SlurmJobScript::resources("not json", limits, site).contains(u"--cpus-per-task=1"_s));
    }

    void settingsAreValidated()
    {
        QVERIFY_THROWS_EXCEPTION(wb::Error, Executor::create(u"slurm"_s, settings({{u"slurm.max_cpus"_s, u"many"_s}})));
        QVERIFY_THROWS_EXCEPTION(wb::Error, Executor::create(u"slurm"_s, settings({{u"slurm.partiton"_s, u"debug"_s}})));
        QVERIFY_THROWS_EXCEPTION(wb::Error, Executor::create(u"slurm"_s, settings({{u"slurm.sbatch_args"_s, u"--comment='open"_s}})));
        QCOMPARE(SlurmSettings::splitArguments(u"--comment='two words' --mail-type=END \"a\\\"b\""_s),
                 QStringList({u"--comment=two words"_s, u"--mail-type=END"_s, u"a\"b"_s}));
    }

    void unreachableControllerIsAClearError()
    {
        const QByteArray good = qgetenv("SLURM_CONF");
        QFile in(m_cluster->configPath());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray conf = in.readAll();
        conf = QString::fromUtf8(conf).replace(QRegularExpression(u"SlurmctldPort=\\d+"_s), u"SlurmctldPort=9"_s).toUtf8();   // nobody listens
        const QString bad = m_cluster->directory() + u"/unreachable.conf"_s;
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(conf);
        out.close();
        qputenv("SLURM_CONF", QFile::encodeName(bad));
        try {
            Executor::create(u"slurm"_s, settings());
            qputenv("SLURM_CONF", good);
            QFAIL("an unreachable controller was accepted");
        } catch (const wb::Error &e) {
            qputenv("SLURM_CONF", good);
            QVERIFY2(e.message().startsWith(u"Slurm is not available: "_s), qPrintable(e.message()));
        }
    }

    void completesAndCollects()
    {
        const QByteArray mainPy =
            "import json, os, sys\n"
            "sys.path.insert(0, os.environ['REPO_DIR'])\n"
            "import mypkg\n"
            "import matplotlib.pyplot as plt\n"
            "print('python', sys.executable)\n"
            "print('answer', mypkg.answer())\n"
            "print('key', 'OPENAI_API_KEY' in os.environ)\n"
            "print('uid', os.getuid())\n"
            "print('nice', os.nice(0))\n"
            "print('to stderr', file=sys.stderr)\n"
            "plt.plot([0, 1], [0, 1]); plt.savefig('to_save/line.png')\n"
            "json.dump({'answer': mypkg.answer()}, open('results.json', 'w'))\n"
            "json.dump([{'type': 'info', 'runtime_sec': 0.01, 'message': 'done'}], open('log.json', 'w'))\n"
            "os.symlink('/etc/passwd', 'to_save/passwd')\n"
            "json.dump({'kept': True}, open('retain/state.json', 'w'))\n"
            "print('mark', os.environ.get('WB_MARK'))\n"
            "print('pid', os.getpid())\n"
            "sys.stdout.write('no newline at the end')\n";
        QString jobId;
        const ExecutionResult r = execute(mainPy,
                                          "pip install -r requirements.txt\nexport WB_MARK=42\nsetsid sleep 300 &\ncd /tmp\n"
                                          "echo setup done\n",
                                          {}, R"({"compute_requirements": {"cpu_cores": 2, "ram_gb": 1}})", &jobId);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QCOMPARE(r.setupExitCode.value(), 0);
        QCOMPARE(r.exitCode.value(), 0);
        QVERIFY(!jobId.isEmpty());
        const QString out = RoundOutput::text(r, u"stdout"_s);
        QVERIFY2(out.contains(u"answer 42"_s), qPrintable(out));
        QVERIFY2(out.contains(u"/.venv/bin/python"_s), qPrintable(out));   // the round's own virtual environment
        QVERIFY2(out.contains(u"mark 42"_s), qPrintable(out));              // run.sh was sourced
        if (Executor::ownNamespacesWork())   // the node is this machine: each phase in a PID namespace of its own
            QVERIFY2(out.split(u'\n').contains(u"pid 2"_s), qPrintable(out));
        QVERIFY(out.contains(u"key False"_s));
        // Ten steps nicer than the workbench itself (which may run niced already), at most 19.
        const int base = ::getpriority(PRIO_PROCESS, 0);
        QVERIFY2(out.contains(u"nice %1"_s.arg(std::min(19, base + 10))), qPrintable(out));
        QVERIFY(out.contains(u"no newline at the end"_s));
        if (::geteuid() == 0)
            QVERIFY2(out.contains(u"uid 65534"_s), qPrintable(out));   // never generated code as root
        QCOMPARE(RoundOutput::text(r, u"stderr"_s, u"run"_s), u"to stderr"_s);
        QVERIFY2(RoundOutput::text(r, u"stderr"_s, u"setup"_s).startsWith(u"[workbench] This round may not use the network"_s),
                 qPrintable(describe(r)));
        bool setupLine = false, runLine = false;
        for (const auto &l : r.log) {
            setupLine = setupLine || (l.phase == u"setup"_s && l.text == u"setup done"_s);
            runLine = runLine || (l.phase == u"run"_s && l.text == u"answer 42"_s);
        }
        QVERIFY(setupLine && runLine);
        QCOMPARE(RoundOutput::artifact(r, u"results.json"_s)->content, QByteArray("{\"answer\": 42}"));
        QVERIFY(RoundOutput::artifact(r, u"log.json"_s));
        QVERIFY(RoundOutput::artifact(r, u"to_save/line.png"_s)->content.startsWith("\x89PNG"));
        QVERIFY(!RoundOutput::artifact(r, u"to_save/passwd"_s));
        QCOMPARE(RoundOutput::artifact(r, u"retain/state.json"_s)->content, QByteArray("{\"kept\": true}"));
        QVERIFY(r.durationMs > 0);
        // run.sh's daemon ended with the setup phase (its PID namespace), not with the job.
        QCOMPARE(processesOf(QDir(m_cluster->sharedDirectory()).filePath(u"rounds/example-1/round-%1"_s.arg(m_round))), 0);
        // The job asked Slurm for what the example's metadata says. (Its files say "done" while Slurm may
        // still be completing it.)
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster->job(jobId).value(u"JobState"_s), u"COMPLETED"_s, 30000);
        const auto job = m_cluster->job(jobId);
        QCOMPARE(job.value(u"NumCPUs"_s), u"2"_s);
        QCOMPARE(job.value(u"MinMemoryNode"_s), u"1G"_s);
        QCOMPARE(job.value(u"TimeLimit"_s), u"00:47:00"_s);
        // The key never reached Slurm either: slurmctld keeps every job's environment in its state.
        QDirIterator state(m_cluster->directory() + u"/state"_s, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (state.hasNext()) {
            QFile f(state.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("sk-should-never-reach"), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 0);
    }

    void failuresComeBackLikeLocalOnes()
    {
        // All at once: a traceback, a failed setup, an endless printer, a round over its time.
        const auto executor = Executor::create(u"slurm"_s, settings());
        ExecutionLimits capped;
        capped.maxOutputBytes = 200000;
        ExecutionLimits quick;
        quick.wallSeconds = 10;   // Python must start and print within it, also on a busy machine
        quick.killGraceMs = 300;
        const QList<ExecutionRequest> requests{
            request("import math\nprint('start')\nmath.sqrt(-1)\n"),
            request("import os\nprint('main ran', os.environ.get('WB_MARK'))\n",
                    "echo installing\npip install -r requirements.txt\nexport WB_MARK=7\nexit 3\n"),
            request("while True:\n    print('x' * 100)\n", "true\n", capped),
            request("import signal, subprocess, time\n"
                    "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                    "subprocess.Popen(['sleep', '300'])\n"
                    "print('sleeping', flush=True)\n"
                    "time.sleep(300)\n",
                    "true\n", quick)};
        QList<ExecutionJob *> jobs;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (const auto &req : requests) {
            jobs << executor->start(req, this);
            spies.push_back(std::make_unique<QSignalSpy>(jobs.last(), &ExecutionJob::finished));
        }
        const ExecutionResult traceback = wait(jobs[0], *spies[0]);
        QCOMPARE(int(traceback.outcome), int(ExecutionResult::Outcome::Completed));
        QCOMPARE(traceback.exitCode.value(), 1);
        QVERIFY(RoundOutput::text(traceback, u"stderr"_s).contains(u"ValueError: math domain error"_s));
        QVERIFY(RoundOutput::text(traceback, u"stdout"_s).contains(u"start"_s));

        // main.py runs whatever run.sh exited with; both codes are kept.
        const ExecutionResult setup = wait(jobs[1], *spies[1]);
        QCOMPARE(int(setup.outcome), int(ExecutionResult::Outcome::Completed));
        QCOMPARE(setup.setupExitCode.value(), 3);
        QCOMPARE(setup.exitCode.value(), 0);
        QCOMPARE(setup.message, u"run.sh exited with code 3; main.py then ran and exited with code 0."_s);
        QVERIFY(RoundOutput::text(setup).contains(u"installing"_s));
        QVERIFY2(RoundOutput::text(setup, u"stdout"_s).contains(u"main ran 7"_s), qPrintable(describe(setup)));

        const ExecutionResult endless = wait(jobs[2], *spies[2]);
        QCOMPARE(int(endless.outcome), int(ExecutionResult::Outcome::OutputLimit));
        QVERIFY(RoundOutput::text(endless).contains(u"[output truncated"_s));
        qint64 kept = 0;
        for (const auto &l : endless.log)
            if (l.stream == u"stdout"_s)
                kept += l.text.toUtf8().size() + 1;
        QVERIFY2(kept <= capped.maxOutputBytes + 200, qPrintable(QString::number(kept)));

        const ExecutionResult late = wait(jobs[3], *spies[3]);
        QCOMPARE(int(late.outcome), int(ExecutionResult::Outcome::TimedOut));
        QVERIFY(late.message.contains(u"time limit"_s));
        QVERIFY(RoundOutput::text(late).contains(u"sleeping"_s));
    }

    void processLimitIgnoresTheUsersOtherThreads()
    {
        // 700 threads of the user the jobs run as: the round still forks, and its own limit still holds.
        wb::test::ThreadCrowd crowd;
        const QString started = crowd.start(700);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ExecutionLimits limits;
        limits.maxProcesses = 40;
        const ExecutionResult r = execute("import os\n"
                                          "n = 0\n"
                                          "try:\n"
                                          "    for i in range(400):\n"
                                          "        if os.fork() == 0:\n"
                                          "            import time; time.sleep(30); os._exit(0)\n"
                                          "        n += 1\n"
                                          "except OSError as e:\n"
                                          "    print('refused after', n)\n",
                                          "for i in $(seq 20); do (sleep 0.2) & done\nwait\necho forked 20\n", limits);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        const QString out = RoundOutput::text(r, u"stdout"_s);
        QVERIFY2(out.contains(u"forked 20"_s), qPrintable(describe(r)));
        static const QRegularExpression refused(u"refused after (\\d+)"_s);
        const int forks = refused.match(out).captured(1).toInt();
        QVERIFY2(forks >= 20 && forks <= 43, qPrintable(describe(r)));
    }

    void cancelRemovesTheJob()
    {
        const auto executor = Executor::create(u"slurm"_s, settings());
        const ExecutionRequest req = request("import subprocess, time\n"
                                             "subprocess.Popen(['sleep', '300'])\n"
                                             "print('waiting', flush=True)\n"
                                             "time.sleep(300)\n");
        ExecutionJob *job = executor->start(req, this);
        QSignalSpy submitted(job, &ExecutionJob::submitted);
        QSignalSpy lines(job, &ExecutionJob::lineCaptured);
        QSignalSpy done(job, &ExecutionJob::finished);
        QTRY_VERIFY_WITH_TIMEOUT(captured(lines, u"waiting"_s), 60000);
        const QString jobId = submitted.value(0).value(0).toString();
        QVERIFY(m_cluster->activeJobs().contains(jobId));
        job->cancel();
        const ExecutionResult r = wait(job, done, 60000);
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::Cancelled));
        QVERIFY(RoundOutput::text(r, u"stdout"_s).contains(u"waiting"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_cluster->activeJobs().contains(jobId), 30000);   // also done completing
        QCOMPARE(m_cluster->job(jobId).value(u"JobState"_s), u"CANCELLED"_s);
        QTRY_COMPARE_WITH_TIMEOUT(processesOf(req.roundDirectory), 0, 30000);   // nothing of the round runs on
    }

    void severalJobsRunAtOnce()
    {
        // Each round waits until all of them run: they only finish if Slurm runs them side by side.
        const QString meeting = m_cluster->sharedDirectory() + u"/meeting"_s;
        QVERIFY(QDir().mkpath(meeting));
        QFile::setPermissions(meeting, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                           | QFileDevice::WriteOther | QFileDevice::ExeOther);
        constexpr int n = 4;
        const auto executor = Executor::create(u"slurm"_s, settings());
        QList<ExecutionJob *> jobs;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (int i = 0; i < n; ++i) {
            const QByteArray mainPy = QStringLiteral("import os, time\n"
                                                     "open('%1/%2', 'w').close()\n"
                                                     "for _ in range(600):\n"
                                                     "    if len(os.listdir('%1')) >= %3:\n"
                                                     "        print('all met'); break\n"
                                                     "    time.sleep(0.1)\n"
                                                     "else:\n"
                                                     "    raise SystemExit('alone')\n")
                                          .arg(meeting)
                                          .arg(i)
                                          .arg(n)
                                          .toUtf8();
            jobs << executor->start(request(mainPy), this);
            spies.push_back(std::make_unique<QSignalSpy>(jobs.last(), &ExecutionJob::finished));
        }
        for (int i = 0; i < n; ++i) {
            const ExecutionResult r = wait(jobs[i], *spies[size_t(i)]);
            QVERIFY2(r.succeeded() && RoundOutput::text(r).contains(u"all met"_s), qPrintable(describe(r)));
        }
    }

    void reattachesAfterTheWorkbenchWasClosed()
    {
        ExecutionRequest req = request("import json, time\n"
                                       "print('before', flush=True)\n"
                                       "time.sleep(4)\n"
                                       "print('after')\n"
                                       "json.dump({'ok': True}, open('results.json', 'w'))\n");
        QString jobId;
        {
            // The first workbench submits, sees the round run, and goes away.
            const auto executor = Executor::create(u"slurm"_s, settings());
            ExecutionJob *job = executor->start(req, nullptr);
            QSignalSpy submitted(job, &ExecutionJob::submitted);
            QSignalSpy lines(job, &ExecutionJob::lineCaptured);
            QTRY_VERIFY_WITH_TIMEOUT(captured(lines, u"before"_s), 60000);
            jobId = submitted.value(0).value(0).toString();
            delete job;
        }
        QVERIFY(m_cluster->activeJobs().contains(jobId));   // closing the workbench did not stop it

        // The next one re-attaches and collects the whole round.
        const auto executor = Executor::create(u"slurm"_s, settings());
        req.remoteJobId = jobId;
        ExecutionJob *job = executor->start(req, this);
        QSignalSpy submitted(job, &ExecutionJob::submitted);
        QSignalSpy done(job, &ExecutionJob::finished);
        const ExecutionResult r = wait(job, done);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY(submitted.isEmpty());   // not submitted again
        QCOMPARE(RoundOutput::text(r, u"stdout"_s), u"before\nafter"_s);
        QVERIFY(RoundOutput::artifact(r, u"results.json"_s));

        // Re-attaching to a job that ended long ago still collects it from its files.
        const auto next = Executor::create(u"slurm"_s, settings());
        ExecutionJob *again = next->start(req, this);
        QSignalSpy doneAgain(again, &ExecutionJob::finished);
        QVERIFY(doneAgain.wait(60000));
        QVERIFY(doneAgain.first().first().value<ExecutionResult>().succeeded());
    }

    void aVanishedJobIsInterrupted()
    {
        // Slurm knows no job 987654 and the round left no result: the round must run again.
        ExecutionRequest req = request("print('x')\n");
        QVERIFY(QDir().mkpath(req.roundDirectory));
        QVERIFY(QDir().mkpath(SlurmJobScript::jobDirectoryFor(req.roundDirectory)));
        req.remoteJobId = u"987654"_s;
        const auto executor = Executor::create(u"slurm"_s, settings({{u"slurm.file_wait_seconds"_s, u"0"_s}}));
        ExecutionJob *job = executor->start(req, this);
        QSignalSpy done(job, &ExecutionJob::finished);
        const ExecutionResult r = wait(job, done, 60000);
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::Interrupted));
        QVERIFY(r.message.contains(u"987654"_s));
    }

    void slurmTimeLimitIsATimeout()
    {
        const ExecutionResult r = wait(m_overrun, *m_overrunDone, 180000);
        m_overrun = nullptr;   // deleted by wait()
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::TimedOut));
        QVERIFY2(r.message.contains(u"time limit"_s), qPrintable(describe(r)));
        QVERIFY2(RoundOutput::text(r, u"stdout"_s).contains(u"overrunning"_s), qPrintable(describe(r) + jobFiles()));
    }

    void cleanupTestCase()
    {
        if (m_overrun && m_overrunDone && m_overrunDone->isEmpty())
            m_overrun->cancel();
        delete m_overrun;
        m_overrun = nullptr;
        m_overrunExecutor.reset();
        m_cluster.reset();   // cancels what is left and stops the daemons
    }
};

QTEST_GUILESS_MAIN(TstSlurmExecutor)
#include "tst_slurmexecutor.moc"
