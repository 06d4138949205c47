// SPDX-License-Identifier: GPL-3.0-or-later
// Real processes, real Python: each executor's contract and every limit.
#include "exec/executionjob.h"
#include "exec/executor.h"
#include "roundoutput.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace wb::exec;
using wb::test::RoundOutput;

class TstExecutor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_round = 0;

    ExecutionResult execute(const QString &executorName, const QByteArray &mainPy, const QByteArray &runSh = "true\n",
                            ExecutionLimits limits = {}, const QByteArray &requirements = {})
    {
        const auto executor = Executor::create(executorName);
        ExecutionRequest request;
        request.roundDirectory = m_dir.filePath(u"round-%1"_s.arg(++m_round));
        request.mainPy = mainPy;
        request.runSh = runSh;
        request.requirementsTxt = requirements;
        request.repositoryDirectory = m_dir.filePath(u"repo"_s);
        request.limits = limits;
        ExecutionJob *job = executor->start(request, this);
        QSignalSpy spy(job, &ExecutionJob::finished);
        if (!spy.wait(120000))
            qFatal("the round did not finish");
        job->deleteLater();
        return spy.first().first().value<ExecutionResult>();
    }

    void executors()
    {
        QTest::addColumn<QString>("executor");
        QTest::newRow("local") << u"local"_s;
        if (Executor::bwrapWorks())
            QTest::newRow("bwrap") << u"bwrap"_s;
        else
            qWarning("bubblewrap cannot create a sandbox here: the bwrap rows are skipped");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(u"repo/mypkg"_s)));
        QFile f(m_dir.filePath(u"repo/mypkg/__init__.py"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("def answer():\n    return 42\n");
        f.close();
        // Round directories of the "nobody" user must be reachable.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                                | QFileDevice::ExeGroup);
        qputenv("OPENAI_API_KEY", "sk-should-never-reach-the-example-0123456789");
    }

    void completesAndCollects_data() { executors(); }
    void completesAndCollects()
    {
        QFETCH(QString, executor);
        const QByteArray mainPy =
            "import json, os, sys\n"
            "sys.path.insert(0, os.environ['REPO_DIR'])\n"
            "import mypkg\n"
            "import matplotlib.pyplot as plt\n"
            "print('python', sys.executable)\n"
            "print('answer', mypkg.answer())\n"
            "print('key', 'OPENAI_API_KEY' in os.environ)\n"
            "os.makedirs('to_save', exist_ok=True)\n"
            "plt.plot([0, 1], [0, 1]); plt.savefig('to_save/line.png')\n"
            "json.dump({'answer': mypkg.answer()}, open('results.json', 'w'))\n"
            "json.dump([{'type': 'info', 'runtime_sec': 0.01, 'message': 'done'}], open('log.json', 'w'))\n"
            "os.symlink('/etc/passwd', 'to_save/passwd')\n";
        const ExecutionResult r = execute(executor, mainPy, "pip install -r requirements.txt\necho setup done\n", {}, "numpy\nmatplotlib\n");
        QVERIFY2(r.succeeded(), qPrintable(r.message + u'\n' + RoundOutput::text(r)));
        QCOMPARE(r.setupExitCode.value(), 0);
        QCOMPARE(r.exitCode.value(), 0);
        const QString out = RoundOutput::text(r, u"stdout"_s);
        QVERIFY2(out.contains(u"answer 42"_s), qPrintable(out));
        QVERIFY2(out.contains(u"/.bin/python"_s), qPrintable(out));
        QVERIFY(out.contains(u"key False"_s));
        QVERIFY2(RoundOutput::text(r).contains(u"Requirement already satisfied: numpy"_s), qPrintable(RoundOutput::text(r)));
        bool setupLine = false, runLine = false;
        for (const auto &l : r.log) {
            setupLine = setupLine || (l.phase == u"setup"_s && l.text == u"setup done"_s);
            runLine = runLine || (l.phase == u"run"_s && l.text == u"answer 42"_s);
            QVERIFY(l.atMs > 0);
        }
        QVERIFY(setupLine && runLine);
        QVERIFY(RoundOutput::artifact(r, u"results.json"_s));
        QCOMPARE(RoundOutput::artifact(r, u"results.json"_s)->content, QByteArray("{\"answer\": 42}"));
        QVERIFY(RoundOutput::artifact(r, u"log.json"_s));
        QVERIFY(RoundOutput::artifact(r, u"to_save/line.png"_s));
        QVERIFY(RoundOutput::artifact(r, u"to_save/line.png"_s)->content.startsWith("\x89PNG"));
        QVERIFY(!RoundOutput::artifact(r, u"to_save/passwd"_s));   // links are never followed
    }

    void tracebackIsCapturedWithTheExitCode_data() { executors(); }
    void tracebackIsCapturedWithTheExitCode()
    {
        QFETCH(QString, executor);
        const ExecutionResult r = execute(executor, "import math\nprint('start')\nmath.sqrt(-1)\n");
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::Completed));
        QCOMPARE(r.exitCode.value(), 1);
        const QString err = RoundOutput::text(r, u"stderr"_s);
        QVERIFY(err.contains(u"Traceback (most recent call last):"_s));
        QVERIFY(err.contains(u"line 3"_s));
        QVERIFY(err.contains(u"ValueError: math domain error"_s));
    }

    void roundsRunAtLowPriority_data() { executors(); }
    void roundsRunAtLowPriority()
    {
        // Rounds are batch work: the niceness keeps the desktop (and the workbench's GUI thread) responsive.
        QFETCH(QString, executor);
        const int base = ::getpriority(PRIO_PROCESS, 0);
        const ExecutionResult r = execute(executor, "import os\nprint('nice', os.nice(0))\n");
        QCOMPARE(r.exitCode.value_or(-1), 0);
        QVERIFY2(RoundOutput::text(r, u"stdout"_s).contains(u"nice %1"_s.arg(std::min(19, base + 10))), qPrintable(RoundOutput::text(r, u"stdout"_s)));
    }

    void failedSetupSkipsTheRun_data() { executors(); }
    void failedSetupSkipsTheRun()
    {
        QFETCH(QString, executor);
        const ExecutionResult r = execute(executor, "print('never')\n", "echo installing\npip install -r requirements.txt\n",
                                          {}, "package-that-does-not-exist-anywhere==9.9\n");
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::SetupFailed));
        QVERIFY(r.setupExitCode.value() != 0);
        QVERIFY(!r.exitCode.has_value());
        QVERIFY(!RoundOutput::text(r).contains(u"never"_s));
    }

    void timeoutStopsEvenASigtermIgnorer_data() { executors(); }
    void timeoutStopsEvenASigtermIgnorer()
    {
        QFETCH(QString, executor);
        ExecutionLimits limits;
        limits.wallSeconds = 6;   // room for Python to start and print under a loaded CI machine
        limits.killGraceMs = 300;
        const ExecutionResult r = execute(executor,
                                          "import signal, subprocess, time\n"
                                          "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                                          "subprocess.Popen(['sleep', '300'])\n"
                                          "print('sleeping', flush=True)\n"
                                          "time.sleep(300)\n",
                                          "true\n", limits);
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::TimedOut));
        QVERIFY(r.message.contains(u"time limit"_s));
        QVERIFY(RoundOutput::text(r).contains(u"sleeping"_s));
    }

    void endlessOutputIsCapped_data() { executors(); }
    void endlessOutputIsCapped()
    {
        QFETCH(QString, executor);
        ExecutionLimits limits;
        limits.maxOutputBytes = 200000;
        const ExecutionResult r = execute(executor, "while True:\n    print('x' * 100)\n", "true\n", limits);
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::OutputLimit));
        QVERIFY(RoundOutput::text(r).contains(u"[output truncated"_s));
        qint64 kept = 0;
        for (const auto &l : r.log)
            if (l.stream == u"stdout"_s)
                kept += l.text.size() + 1;
        QVERIFY(kept <= limits.maxOutputBytes + 200);
    }

    void memoryHogHitsTheLimit_data() { executors(); }
    void memoryHogHitsTheLimit()
    {
        QFETCH(QString, executor);
        ExecutionLimits limits;
        limits.memoryBytes = 512LL << 20;
        const ExecutionResult r = execute(executor, "x = bytearray(4 * 1024 ** 3)\nprint('allocated')\n", "true\n", limits);
        QVERIFY(!r.succeeded());
        QVERIFY2(RoundOutput::text(r).contains(u"MemoryError"_s), qPrintable(RoundOutput::text(r)));
        QVERIFY(!RoundOutput::text(r).contains(u"allocated"_s));
    }

    void processCountIsLimited_data() { executors(); }
    void processCountIsLimited()
    {
        QFETCH(QString, executor);
        ExecutionLimits limits;
        limits.maxProcesses = 20;
        limits.wallSeconds = 20;
        const ExecutionResult r = execute(executor,
                                          "import os\n"
                                          "n = 0\n"
                                          "try:\n"
                                          "    for i in range(200):\n"
                                          "        if os.fork() == 0:\n"
                                          "            import time; time.sleep(30); os._exit(0)\n"
                                          "        n += 1\n"
                                          "except OSError as e:\n"
                                          "    print('refused after', n, e.strerror)\n",
                                          "true\n", limits);
        QVERIFY2(RoundOutput::text(r).contains(u"refused after"_s), qPrintable(RoundOutput::text(r)));
        QCOMPARE(r.exitCode.value(), 0);
    }

    void writesStayInsideTheRound_data() { executors(); }
    void writesStayInsideTheRound()
    {
        QFETCH(QString, executor);
        const ExecutionResult r = execute(executor,
                                          "import os\n"
                                          "for target in [os.path.join(os.path.dirname(os.environ['ROUND_DIR']), 'escaped.txt'),\n"
                                          "               '/etc/wb-escaped.txt', os.path.join(os.environ['REPO_DIR'], 'escaped.txt')]:\n"
                                          "    try:\n"
                                          "        open(target, 'w').write('x')\n"
                                          "        print('WROTE', target)\n"
                                          "    except OSError as e:\n"
                                          "        print('refused', target, e.strerror)\n");
        QVERIFY2(!RoundOutput::text(r).contains(u"WROTE"_s), qPrintable(RoundOutput::text(r)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"escaped.txt"_s)));
        QVERIFY(!QFile::exists(u"/etc/wb-escaped.txt"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"repo/escaped.txt"_s)));
    }

    void cancel()
    {
        const auto executor = Executor::create(u"local"_s);
        ExecutionRequest request;
        request.roundDirectory = m_dir.filePath(u"round-cancel"_s);
        request.mainPy = "import time\nprint('waiting', flush=True)\ntime.sleep(300)\n";
        request.runSh = "true\n";
        ExecutionJob *job = executor->start(request, this);
        QSignalSpy lines(job, &ExecutionJob::lineCaptured);
        QSignalSpy done(job, &ExecutionJob::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty() && lines.last().first().value<LogLine>().text == u"waiting"_s, 30000);
        job->cancel();
        QVERIFY(done.wait(10000));
        QCOMPARE(int(done.first().first().value<ExecutionResult>().outcome), int(ExecutionResult::Outcome::Cancelled));
    }

    void capabilitiesDescribeTheEnvironment()
    {
        const auto local = Executor::create(u"local"_s);
        const ExecutorCapabilities c = local->capabilities();
        QVERIFY(c.pythonVersion.startsWith(u"3."_s));
        QVERIFY2(c.installedPackages.join(u' ').contains(u"numpy"_s), qPrintable(c.installedPackages.join(u", "_s)));
        const QString text = c.describe(45 * 60);
        QVERIFY(text.contains(u"NO network"_s));
        QVERIFY(text.contains(u"REPO_DIR"_s));
        QVERIFY(text.contains(u"45 minutes"_s));
        QVERIFY_THROWS_EXCEPTION(wb::Error, Executor::create(u"docker"_s));
    }
};

QTEST_GUILESS_MAIN(TstExecutor)
#include "tst_executor.moc"
