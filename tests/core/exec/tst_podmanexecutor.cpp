// SPDX-License-Identifier: GPL-3.0-or-later
// Real Podman containers: the paper's contract (a fresh container per round, /app, limits) and the
// executor contract (output, exit codes, timeouts, artifacts as with the local executor).
#include "exec/executionjob.h"
#include "exec/executor.h"
#include "exec/podmanexecutor.h"
#include "roundoutput.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wb::exec;
using wb::test::RoundOutput;

namespace {
/** Containers (running or not) of the round @p roundDirectory, by the executor's label. */
QStringList containersOf(const QString &roundDirectory)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"podman"_s),
            {u"ps"_s, u"--all"_s, u"--format"_s, u"{{.Names}}"_s, u"--filter"_s, u"label=io.codedistiller.round="_s + roundDirectory});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("podman ps failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

class TstPodmanExecutor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_round = 0;

    ExecutionRequest request(const QByteArray &mainPy, const QByteArray &runSh = "true\n", ExecutionLimits limits = {})
    {
        ExecutionRequest r;
        r.roundDirectory = m_dir.filePath(u"round-%1"_s.arg(++m_round));
        r.mainPy = mainPy;
        r.runSh = runSh;
        r.repositoryDirectory = m_dir.filePath(u"repo"_s);
        r.limits = limits;
        return r;
    }

    ExecutionResult execute(const ExecutionRequest &r, const ExecutorSettings &settings = {})
    {
        const auto executor = Executor::create(u"podman"_s, settings);
        ExecutionJob *job = executor->start(r, this);
        QSignalSpy spy(job, &ExecutionJob::finished);
        if (!spy.wait(180000))
            qFatal("the round did not finish");
        job->deleteLater();
        return spy.first().first().value<ExecutionResult>();
    }

    ExecutionResult execute(const QByteArray &mainPy, const QByteArray &runSh = "true\n", ExecutionLimits limits = {})
    {
        return execute(request(mainPy, runSh, limits));
    }

private Q_SLOTS:
    void initTestCase()
    {
        try {
            Executor::create(u"podman"_s);
        } catch (const wb::Error &e) {
            QSKIP(qPrintable(e.message()));
        }
        QVERIFY(QDir().mkpath(m_dir.filePath(u"repo/mypkg"_s)));
        QFile f(m_dir.filePath(u"repo/mypkg/__init__.py"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("def answer():\n    return 42\n");
        f.close();
        qputenv("OPENAI_API_KEY", "sk-should-never-reach-the-example-0123456789");
    }

    void completesAndCollectsInApp()
    {
        const QByteArray mainPy =
            "import json, os, sys\n"
            "sys.path.insert(0, os.environ['REPO_DIR'])\n"
            "import mypkg, numpy\n"
            "import matplotlib.pyplot as plt\n"
            "print('cwd', os.getcwd(), os.environ['ROUND_DIR'], os.environ['REPO_DIR'])\n"
            "print('answer', mypkg.answer(), 'numpy', numpy.__version__)\n"
            "print('key', 'OPENAI_API_KEY' in os.environ)\n"
            "print('uid', os.getuid())\n"
            "print('warning', file=sys.stderr)\n"
            "plt.plot([0, 1], [0, 1]); plt.savefig('to_save/line.png')\n"
            "json.dump({'answer': mypkg.answer()}, open('results.json', 'w'))\n"
            "json.dump([{'type': 'info', 'runtime_sec': 0.01, 'message': 'done'}], open('log.json', 'w'))\n"
            "json.dump({'kept': True}, open('retain/state.json', 'w'))\n"
            "print('mark', os.environ.get('WB_MARK'), sys.executable)\n"
            "os.symlink('/etc/passwd', 'to_save/passwd')\n";
        const ExecutionResult r = execute(mainPy, "echo setup in $(pwd)\npip install -r requirements.txt\nexport WB_MARK=42\ncd /tmp\n");
        QVERIFY2(r.succeeded(), qPrintable(r.message + u'\n' + RoundOutput::text(r)));
        QCOMPARE(r.setupExitCode.value(), 0);
        QCOMPARE(r.exitCode.value(), 0);
        const QString out = RoundOutput::text(r, u"stdout"_s);
        QVERIFY2(out.contains(u"setup in /app"_s), qPrintable(out));
        QVERIFY2(out.contains(u"cwd /app /app /repo"_s), qPrintable(out));
        QVERIFY(out.contains(u"answer 42 numpy 1."_s));
        QVERIFY(out.contains(u"key False"_s));
        QVERIFY2(out.contains(u"mark 42 /app/.venv/bin/python"_s), qPrintable(out));   // run.sh sourced, the round's venv
        QVERIFY(out.contains(::geteuid() == 0 ? u"uid 65534"_s : u"uid 0"_s));
        // stderr apart, and nothing of podman's or the init's; in setup only the workbench's notice
        QCOMPARE(RoundOutput::text(r, u"stderr"_s, u"run"_s), u"warning"_s);
        QVERIFY2(RoundOutput::text(r, u"stderr"_s, u"setup"_s).startsWith(u"[workbench] This round may not use the network"_s),
                 qPrintable(RoundOutput::text(r, u"stderr"_s, u"setup"_s)));
        QCOMPARE(RoundOutput::text(r, u"stderr"_s, u"setup"_s).count(u'\n'), 0);
        bool setupLine = false, runLine = false;
        for (const auto &l : r.log) {
            setupLine = setupLine || (l.phase == u"setup"_s && l.text == u"setup in /app"_s);
            runLine = runLine || (l.phase == u"run"_s && l.text == u"key False"_s);
        }
        QVERIFY(setupLine && runLine);
        QCOMPARE(RoundOutput::artifact(r, u"results.json"_s) ? RoundOutput::artifact(r, u"results.json"_s)->content : QByteArray(), QByteArray("{\"answer\": 42}"));
        QVERIFY(RoundOutput::artifact(r, u"log.json"_s));
        QVERIFY(RoundOutput::artifact(r, u"to_save/line.png"_s));
        QVERIFY(RoundOutput::artifact(r, u"to_save/line.png"_s)->content.startsWith("\x89PNG"));
        QVERIFY(!RoundOutput::artifact(r, u"to_save/passwd"_s));
        QCOMPARE(RoundOutput::artifact(r, u"retain/state.json"_s) ? RoundOutput::artifact(r, u"retain/state.json"_s)->content : QByteArray(),
                 QByteArray("{\"kept\": true}"));
        QVERIFY(containersOf(m_dir.filePath(u"round-%1"_s.arg(m_round))).isEmpty());   // --rm
    }

    void exitCodesComeBackAsTheyAre()
    {
        ExecutionResult r = execute("import math\nprint('start')\nmath.sqrt(-1)\n");
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::Completed));
        QCOMPARE(r.exitCode.value(), 1);
        QVERIFY(RoundOutput::text(r, u"stderr"_s).contains(u"ValueError: math domain error"_s));
        QVERIFY(RoundOutput::text(r, u"stderr"_s).contains(u"line 3"_s));
        r = execute("import sys\nsys.exit(7)\n");
        QCOMPARE(r.exitCode.value(), 7);
        QCOMPARE(r.message, u"main.py exited with code 7."_s);
        r = execute("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n");   // as a crash, like the local executor's
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::Completed));
        QVERIFY(!r.exitCode.has_value());
        QCOMPARE(r.signal, u"crash"_s);
        // main.py runs whatever run.sh exited with, like the method's wrapper; both codes are kept.
        r = execute("import os\nprint('main ran', os.environ.get('WB_MARK'))\n", "echo installing\nexport WB_MARK=7\nexit 3\n");
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::Completed));
        QCOMPARE(r.setupExitCode.value(), 3);
        QCOMPARE(r.exitCode.value(), 0);
        QCOMPARE(r.message, u"run.sh exited with code 3; main.py then ran and exited with code 0."_s);
        QVERIFY(RoundOutput::text(r, u"stdout"_s).contains(u"main ran 7"_s));
    }

    void pipFailsFastWithoutNetwork()
    {
        const ExecutionRequest req = [this] {
            ExecutionRequest r = request("try:\n    import wbdemo\nexcept ImportError:\n    print('wbdemo missing')\n",
                                         "pip install -r requirements.txt\n");
            r.requirementsTxt = "numpy\nwbdemo==1.0\n";
            return r;
        }();
        const ExecutionResult r = execute(req);
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::Completed));
        QVERIFY(r.setupExitCode.value() != 0);
        QCOMPARE(r.exitCode.value(), 0);
        QVERIFY(RoundOutput::text(r, u"stdout"_s).contains(u"wbdemo missing"_s));
        int notices = 0;
        qint64 first = 0, last = 0;
        for (const auto &l : r.log) {
            if (l.phase != u"setup"_s)
                continue;
            first = first ? first : l.atMs;
            last = l.atMs;
            notices += l.text.startsWith(u"[workbench] "_s) && l.text.contains(u"may not use the network"_s) ? 1 : 0;
        }
        QVERIFY2(notices == 2, qPrintable(RoundOutput::text(r)));
        QVERIFY2(last - first < 30000, qPrintable(QString::number(last - first)));
    }

    void memoryLimit()
    {
        ExecutionLimits limits;
        limits.memoryBytes = 512LL << 20;
        const ExecutionResult r = execute(
            "print(open('/sys/fs/cgroup/memory/memory.limit_in_bytes').read().strip()"
            " if __import__('os').path.exists('/sys/fs/cgroup/memory/memory.limit_in_bytes')"
            " else open('/sys/fs/cgroup/memory.max').read().strip(), flush=True)\n"
            "x = bytearray(4 * 1024 ** 3)\nprint('allocated')\n",
            "true\n", limits);
        QVERIFY(!r.succeeded());
        QCOMPARE(r.exitCode.value_or(-1), 1);
        QVERIFY2(RoundOutput::text(r).contains(u"MemoryError"_s), qPrintable(RoundOutput::text(r)));
        QVERIFY(!RoundOutput::text(r).contains(u"allocated"_s));
        QVERIFY2(RoundOutput::text(r, u"stdout"_s).startsWith(QString::number(512LL << 20)), qPrintable(RoundOutput::text(r)));   // the cgroup's limit
    }

    void processCountIsLimited()
    {
        ExecutionLimits limits;
        limits.maxProcesses = 20;
        const ExecutionResult r = execute("import os\n"
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

    void timeoutKillsTheContainer()
    {
        ExecutionLimits limits;
        limits.wallSeconds = 3;
        limits.killGraceMs = 500;
        const ExecutionRequest req = request("import signal, subprocess, time\n"
                                             "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                                             "subprocess.Popen(['sleep', '300'])\n"
                                             "print('sleeping', flush=True)\n"
                                             "time.sleep(300)\n",
                                             "true\n", limits);
        const auto executor = Executor::create(u"podman"_s);
        ExecutionJob *job = executor->start(req, this);
        QSignalSpy lines(job, &ExecutionJob::lineCaptured);
        QSignalSpy done(job, &ExecutionJob::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty() && lines.last().first().value<LogLine>().text == u"sleeping"_s, 60000);
        QCOMPARE(containersOf(req.roundDirectory).size(), 1);   // the round's container, while it runs
        QVERIFY(done.wait(60000));
        const auto r = done.first().first().value<ExecutionResult>();
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::TimedOut));
        QVERIFY(r.message.contains(u"time limit"_s));
        QVERIFY(containersOf(req.roundDirectory).isEmpty());   // killed and removed, nothing left behind
        job->deleteLater();
    }

    void cancelRemovesTheContainer()
    {
        const ExecutionRequest req = request("import time\nprint('waiting', flush=True)\ntime.sleep(300)\n");
        const auto executor = Executor::create(u"podman"_s);
        ExecutionJob *job = executor->start(req, this);
        QSignalSpy lines(job, &ExecutionJob::lineCaptured);
        QSignalSpy done(job, &ExecutionJob::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty() && lines.last().first().value<LogLine>().text == u"waiting"_s, 60000);
        QCOMPARE(containersOf(req.roundDirectory).size(), 1);
        job->cancel();
        QVERIFY(done.wait(30000));
        QCOMPARE(int(done.first().first().value<ExecutionResult>().outcome), int(ExecutionResult::Outcome::Cancelled));
        QVERIFY(containersOf(req.roundDirectory).isEmpty());
        job->deleteLater();
    }

    void endlessOutputIsCapped()
    {
        ExecutionLimits limits;
        limits.maxOutputBytes = 200000;
        const ExecutionRequest req = request("while True:\n    print('x' * 100)\n", "true\n", limits);
        const ExecutionResult r = execute(req);
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::OutputLimit));
        QVERIFY(RoundOutput::text(r).contains(u"[output truncated"_s));
        QVERIFY(containersOf(req.roundDirectory).isEmpty());
    }

    void roundsRunAtLowPriority()
    {
        const int base = ::getpriority(PRIO_PROCESS, 0);
        const ExecutionResult r = execute("import os\nprint('nice', os.nice(0))\n");
        QCOMPARE(r.exitCode.value_or(-1), 0);
        QVERIFY2(RoundOutput::text(r, u"stdout"_s).contains(u"nice %1"_s.arg(std::min(19, base + 10))), qPrintable(RoundOutput::text(r)));
    }

    void networkOnlyWhenAllowed()
    {
        // A server on every address of the host, which is the container's gateway when it has a network.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::AnyIPv4));
        const QByteArray mainPy = "import socket, struct\n"
                                  "print('interfaces', sorted(l.split(':')[0].strip() for l in open('/proc/net/dev').readlines()[2:]))\n"
                                  "gateway = '192.0.2.1'\n"
                                  "for line in open('/proc/net/route').readlines()[1:]:\n"
                                  "    f = line.split()\n"
                                  "    if f[1] == '00000000':\n"
                                  "        gateway = socket.inet_ntoa(struct.pack('<L', int(f[2], 16)))\n"
                                  "try:\n"
                                  "    socket.create_connection((gateway, " + QByteArray::number(server.serverPort()) + "), timeout=10)\n"
                                  "    print('reached the host')\n"
                                  "except OSError as e:\n"
                                  "    print('unreachable', e)\n";
        ExecutionResult r = execute(mainPy);
        QCOMPARE(r.exitCode.value_or(-1), 0);
        QVERIFY2(RoundOutput::text(r, u"stdout"_s).contains(u"interfaces ['lo']"_s), qPrintable(RoundOutput::text(r)));
        QVERIFY(RoundOutput::text(r, u"stdout"_s).contains(u"unreachable"_s));

        ExecutorSettings online;
        online.network = true;
        r = execute(request(mainPy), online);
        QCOMPARE(r.exitCode.value_or(-1), 0);
        QVERIFY2(RoundOutput::text(r, u"stdout"_s).contains(u"'eth0'"_s), qPrintable(RoundOutput::text(r)));
        QVERIFY2(RoundOutput::text(r, u"stdout"_s).contains(u"reached the host"_s), qPrintable(RoundOutput::text(r)));
    }

    void systemAndCheckoutAreReadOnly()
    {
        const ExecutionResult r = execute("import os\n"
                                          "for target in ['/etc/wb-escaped.txt', '/usr/wb-escaped.txt', '/wb-escaped.txt',\n"
                                          "               os.path.join(os.environ['REPO_DIR'], 'escaped.txt')]:\n"
                                          "    try:\n"
                                          "        open(target, 'w').write('x')\n"
                                          "        print('WROTE', target)\n"
                                          "    except OSError as e:\n"
                                          "        print('refused', target, e.strerror)\n"
                                          "open('/tmp/scratch', 'w').write('private /tmp is writable')\n");
        QCOMPARE(r.exitCode.value_or(-1), 0);
        QVERIFY2(!RoundOutput::text(r).contains(u"WROTE"_s), qPrintable(RoundOutput::text(r)));
        QCOMPARE(RoundOutput::text(r, u"stdout"_s).count(u"refused"_s), 4);
        QVERIFY(!QFile::exists(u"/etc/wb-escaped.txt"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"repo/escaped.txt"_s)));
    }

    void capabilitiesNameTheContainer()
    {
        const auto executor = Executor::create(u"podman"_s);
        const ExecutorCapabilities c = executor->capabilities();
        QCOMPARE(c.name, u"podman"_s);
        QVERIFY(c.sandboxed);
        QCOMPARE(c.workingDirectory, u"/app"_s);
        QCOMPARE(c.repositoryDirectory, u"/repo"_s);
        QVERIFY(c.installedPackages.join(u' ').contains(u"numpy"_s));   // the host's /usr, read-only
        QVERIFY(c.describe(600).contains(u"Working directory: /app"_s));
    }

    void missingImageIsAClearError()
    {
        ExecutorSettings settings;
        settings.siteSettings.insert(PodmanExecutor::imageSettingKey(), u"localhost/codedistiller-no-such-image:1"_s);
        try {
            Executor::create(u"podman"_s, settings);
            QFAIL("an image that is not there was accepted");
        } catch (const wb::Error &e) {
            QVERIFY2(e.message().startsWith(u"Podman cannot run containers here: "_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"localhost/codedistiller-no-such-image:1"_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"podman.image"_s), qPrintable(e.message()));
        }
    }

    void missingPodmanIsAClearError()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", m_dir.path().toLocal8Bit());   // no podman on it
        QString message;
        try {
            Executor::create(u"podman"_s);
        } catch (const wb::Error &e) {
            message = e.message();
        }
        qputenv("PATH", path);
        QVERIFY2(message.startsWith(u"Podman cannot run containers here: podman is not installed"_s), qPrintable(message));
        QVERIFY(message.contains(u"runc"_s));
    }
};

QTEST_GUILESS_MAIN(TstPodmanExecutor)
#include "tst_podmanexecutor.moc"
