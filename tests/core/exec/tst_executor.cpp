// SPDX-License-Identifier: GPL-3.0-or-later
// Real processes, real Python: each executor's contract and every limit.
#include "exec/executionjob.h"
#include "exec/executor.h"
#include "exec/roundscript.h"
#include "packageindex.h"
#include "roundoutput.h"
#include "threadcrowd.h"
#include "util/error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/stat.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wb::exec;
using wb::test::RoundOutput;

namespace {
// Command lines of the processes on this machine that start with @p mark.
QStringList processesNamed(const QString &mark)
{
    QStringList found;
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile cmdline(u"/proc/"_s + pid + u"/cmdline"_s);
        if (pid.front().isDigit() && cmdline.open(QIODevice::ReadOnly)) {
            const QString line = QString::fromUtf8(cmdline.readAll()).replace(QChar(0), u' ');
            if (line.startsWith(mark))
                found << line.trimmed();
        }
    }
    return found;
}

// Whether process @p pid runs (a zombie nobody reaped yet does not).
bool alive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(')');
    return end >= 0 && line.size() > end + 2 && line.at(end + 2) != 'Z' && line.at(end + 2) != 'X';
}
} // namespace

class TstExecutor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_round = 0;

    ExecutionResult execute(const QString &executorName, const QByteArray &mainPy, const QByteArray &runSh = "true\n",
                            ExecutionLimits limits = {}, const QByteArray &requirements = {}, const ExecutorSettings &settings = {})
    {
        const auto executor = Executor::create(executorName, settings);
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

    // run.sh that leaves two daemons (a session of its own; double-forked) with pid files in pids/.
    static QByteArray daemonsRunSh(const QString &mark)
    {
        // `read < /proc/self/stat` is bash's own pid (a builtin), which `exec` keeps for the sleep.
        return QStringLiteral("mkdir -p pids\n"
                              "setsid bash -c 'read -r pid _ < /proc/self/stat; echo $pid > pids/run-setsid; exec -a %1-run-setsid sleep 300' "
                              "< /dev/null > /dev/null 2>&1 &\n"
                              "( bash -c 'read -r pid _ < /proc/self/stat; echo $pid > pids/run-double; exec -a %1-run-double sleep 300' & ) "
                              "< /dev/null > /dev/null 2>&1\n"
                              "for i in $(seq 100); do [ -s pids/run-setsid ] && [ -s pids/run-double ] && break; sleep 0.05; done\n"
                              "echo started\n")
            .arg(mark)
            .toUtf8();
    }

    // main.py that leaves two daemons the same way.
    static QByteArray daemonsMainPy(const QString &mark)
    {
        return QStringLiteral("import os, time\n"
                              "def daemon(name, double):\n"
                              "    if os.fork() == 0:\n"
                              "        os.setsid()\n"
                              "        if not double or os.fork() == 0:\n"
                              "            pid = open('/proc/self/stat').read().split()[0]\n"
                              "            open('pids/' + name + '.tmp', 'w').write(pid)\n"
                              "            os.rename('pids/' + name + '.tmp', 'pids/' + name)\n"
                              "            os.execvp('sleep', ['%1-' + name, '300'])\n"
                              "        os._exit(0)\n"
                              "    if double:\n"
                              "        os.wait()\n"
                              "daemon('main-double', True)\n"
                              "daemon('main-setsid', False)\n"
                              "for i in range(100):\n"
                              "    if os.path.exists('pids/main-double') and os.path.exists('pids/main-setsid'):\n"
                              "        break\n"
                              "    time.sleep(0.05)\n"
                              "print('daemonised', flush=True)\n")
            .arg(mark)
            .toUtf8();
    }

    // The pids the daemons wrote into the round's pids/ folder, by name.
    static QMap<QString, qint64> daemonPids(const QString &round)
    {
        QMap<QString, qint64> pids;
        const QDir dir(round + u"/pids"_s);
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (!name.endsWith(u".tmp"_s) && f.open(QIODevice::ReadOnly))
                pids.insert(name, f.readAll().trimmed().toLongLong());
        }
        return pids;
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
            "json.dump({'kept': True}, open('retain/state.json', 'w'))\n"
            "os.symlink('/etc/passwd', 'to_save/passwd')\n"
            "os.symlink('/etc', 'retain/etc')\n";
        const ExecutionResult r = execute(executor, mainPy, "pip install -r requirements.txt\necho setup done\n", {}, "numpy\nmatplotlib\n");
        QVERIFY2(r.succeeded(), qPrintable(r.message + u'\n' + RoundOutput::text(r)));
        QCOMPARE(r.setupExitCode.value(), 0);
        QCOMPARE(r.exitCode.value(), 0);
        QCOMPARE(r.message, u"main.py exited with code 0."_s);
        const QString out = RoundOutput::text(r, u"stdout"_s);
        QVERIFY2(out.contains(u"answer 42"_s), qPrintable(out));
        QVERIFY2(out.contains(u"/.venv/bin/python"_s), qPrintable(out));   // the round's own virtual environment
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
        QVERIFY(RoundOutput::artifact(r, u"retain/state.json"_s));
        QCOMPARE(RoundOutput::artifact(r, u"retain/state.json"_s)->content, QByteArray("{\"kept\": true}"));
        for (const auto &a : r.artifacts) {   // nothing of the workbench's own, nothing through a link
            QVERIFY2(a.name == u"log.json"_s || a.name == u"results.json"_s || a.name.startsWith(u"to_save/"_s)
                         || a.name.startsWith(u"retain/"_s),
                     qPrintable(a.name));
            QVERIFY2(!a.name.startsWith(u"retain/etc"_s), qPrintable(a.name));
        }
    }

    void hostileRoundsStoreNothingFromOutside_data()
    {
        // main.py turns the round against the collector, which runs outside any sandbox: it replaces what
        // the workbench reads by links to the user's files or to /etc, or by a FIFO.
        QTest::addColumn<QString>("executor");
        QTest::addColumn<QByteArray>("attack");
        QTest::addColumn<QString>("replaced");
        const QList<std::tuple<const char *, QByteArray, QString>> attacks{
            {"to_save -> /etc", "os.rename('to_save', 'moved'); os.symlink('/etc', 'to_save')", u"to_save"_s},
            {"to_save -> .ssh", "os.rename('to_save', 'moved'); os.symlink(SSH, 'to_save')", u"to_save"_s},
            {"retain -> .ssh", "os.rename('retain', 'moved'); os.symlink(SSH, 'retain')", u"retain"_s},
            {"to_save/sub -> .ssh", "os.symlink(SSH, 'to_save/sub')", u"to_save/sub"_s},
            {"log.json -> key", "os.symlink(SSH + '/id_ed25519', 'log.json')", u"log.json"_s},
            {"results.json -> key", "os.symlink(SSH + '/id_ed25519', 'results.json')", u"results.json"_s},
            {"results.json FIFO", "os.mkfifo('results.json')", u"results.json"_s},
            {"round -> .ssh", "r = os.environ['ROUND_DIR']; os.rename(r, r + '.moved'); os.symlink(os.path.dirname(SSH), r)",
             u"to_save"_s},
        };
        QStringList names{u"local"_s};
        if (Executor::bwrapWorks())
            names << u"bwrap"_s;
        for (const QString &executor : std::as_const(names))
            for (const auto &[tag, attack, replaced] : attacks)
                QTest::addRow("%s, %s", qPrintable(executor), tag) << executor << attack << replaced;
    }
    void hostileRoundsStoreNothingFromOutside()
    {
        QFETCH(QString, executor);
        QFETCH(QByteArray, attack);
        QFETCH(QString, replaced);
        // The user's files: an .ssh-like folder with a key, and a to_save/ and log.json beside it for
        // the round that replaces its own folder.
        const QString home = m_dir.filePath(u"home"_s);
        const QByteArray key = "PRIVATE-KEY-of-the-user-not-the-round";
        for (const QString &file : {u".ssh/id_ed25519"_s, u".ssh/to_save/key"_s, u"to_save/key"_s, u"log.json"_s}) {
            QVERIFY(QDir().mkpath(QFileInfo(home + u'/' + file).absolutePath()));
            QFile f(home + u'/' + file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(key);
        }
        const QByteArray mainPy = "import os\n"
                                  "SSH = " + ("'" + home.toUtf8() + "/.ssh'") + "\n"
                                  "open('to_save/own.txt', 'w').write('own')\n"
                                  "try:\n"
                                  "    " + attack + "\n"
                                  "    print('replaced')\n"
                                  "except OSError as e:\n"
                                  "    print('refused', e)\n";
        QElapsedTimer clock;
        clock.start();
        const ExecutionResult r = execute(executor, mainPy);
        QVERIFY2(r.outcome == ExecutionResult::Outcome::Completed, qPrintable(r.message + u'\n' + RoundOutput::text(r)));
        QVERIFY(clock.elapsed() < 60000);   // a FIFO did not hold the collector
        const bool done = RoundOutput::text(r, u"stdout"_s).contains(u"replaced"_s);   // else refused (a sandbox, nobody)
        for (const Artifact &a : r.artifacts) {
            QVERIFY2(!a.content.contains(key), qPrintable(a.name));
            QVERIFY2(!done || (!a.name.startsWith(replaced + u'/') && a.name != replaced), qPrintable(a.name));
        }
        if (done && !replaced.contains(u'/'))
            QVERIFY2(RoundOutput::text(r, u"system"_s).contains(u"not collected"_s)
                         || RoundOutput::text(r, u"system"_s).contains(u"nothing was collected"_s),
                     qPrintable(RoundOutput::text(r)));
    }

    void sourcedRunShExportsReachMain_data() { executors(); }
    void sourcedRunShExportsReachMain()
    {
        // The method's wrapper sources run.sh in the shell that runs main.py: exports (an activation) carry
        // over, also when run.sh ends with `exit`, and main.py runs in the round directory whatever run.sh did.
        QFETCH(QString, executor);
        const QByteArray mainPy = "import os\n"
                                  "print('mark', os.environ.get('WB_MARK'), os.environ.get('WB_SECOND'))\n"
                                  "print('cwd is round', os.getcwd() == os.environ['ROUND_DIR'])\n"
                                  "print('folders', os.path.isdir('to_save'), os.path.isdir('retain'))\n"
                                  "print('venv', os.environ.get('VIRTUAL_ENV', '').endswith('/.venv'))\n"
                                  "print('pid', os.getpid())\n";
        ExecutionResult r = execute(executor, mainPy, "export WB_MARK=42\nWB_SECOND='two words'; export WB_SECOND\ncd /tmp\n");
        QVERIFY2(r.succeeded(), qPrintable(r.message + u'\n' + RoundOutput::text(r)));
        QString out = RoundOutput::text(r, u"stdout"_s);
        QVERIFY2(out.contains(u"mark 42 two words"_s), qPrintable(out));
        QVERIFY2(out.contains(u"cwd is round True"_s), qPrintable(out));
        QVERIFY2(out.contains(u"folders True True"_s), qPrintable(out));
        QVERIFY2(out.contains(u"venv True"_s), qPrintable(out));
        if (executor == u"bwrap"_s || Executor::ownNamespacesWork())   // a PID namespace of its own per phase
            QVERIFY2(out.split(u'\n').contains(u"pid 2"_s), qPrintable(out));

        r = execute(executor, mainPy, "export WB_MARK=43\nexit 0\necho never\n");
        out = RoundOutput::text(r, u"stdout"_s);
        QVERIFY2(out.contains(u"mark 43 None"_s), qPrintable(out));
        QVERIFY(!out.contains(u"never"_s));
    }

    void mainRunsAfterAFailedSetup_data() { executors(); }
    void mainRunsAfterAFailedSetup()
    {
        // Like the method's wrapper: main.py runs whatever run.sh exited with, and both exit codes are kept.
        QFETCH(QString, executor);
        const QByteArray mainPy = "import os\nprint('main ran', os.environ.get('WB_MARK'))\n";
        ExecutionResult r = execute(executor, mainPy, "export WB_MARK=7\necho installing\nexit 3\n");
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::Completed));
        QCOMPARE(r.setupExitCode.value(), 3);
        QCOMPARE(r.exitCode.value(), 0);
        QCOMPARE(r.message, u"run.sh exited with code 3; main.py then ran and exited with code 0."_s);
        QVERIFY2(RoundOutput::text(r, u"stdout"_s).contains(u"main ran 7"_s), qPrintable(RoundOutput::text(r)));
        bool installing = false;
        for (const auto &l : r.log)
            installing = installing || (l.phase == u"setup"_s && l.text == u"installing"_s);
        QVERIFY(installing);

        r = execute(executor, "import sys\nprint('main ran')\nsys.exit(2)\n", "echo installing\nfalse\n");
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::Completed));
        QCOMPARE(r.setupExitCode.value(), 1);
        QCOMPARE(r.exitCode.value(), 2);
        QCOMPARE(r.message, u"run.sh exited with code 1; main.py then ran and exited with code 2."_s);

        r = execute(executor, "print('main ran')\n", "echo installing\npip install -r requirements.txt\n", {},
                    "package-that-does-not-exist-anywhere==9.9\n");
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::Completed));
        QVERIFY(r.setupExitCode.value() != 0);
        QCOMPARE(r.exitCode.value(), 0);
        QVERIFY(RoundOutput::text(r, u"stdout"_s).contains(u"main ran"_s));
    }

    void aStoppedSetupSkipsMain_data() { executors(); }
    void aStoppedSetupSkipsMain()
    {
        QFETCH(QString, executor);
        ExecutionLimits limits;
        limits.wallSeconds = 3;
        limits.killGraceMs = 300;
        const ExecutionResult r = execute(executor, "print('main ran')\n", "echo installing\nsleep 300\n", limits);
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::TimedOut));
        QVERIFY(!r.exitCode.has_value());
        QVERIFY(!RoundOutput::text(r).contains(u"main ran"_s));
        QVERIFY(RoundOutput::text(r).contains(u"installing"_s));
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
        if (executor == u"local"_s && ::geteuid() != 0)
            QSKIP("the local executor is not a sandbox: an ordinary user's rounds may write wherever the user may "
                  "(only under root do they run as nobody)");
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

    void cancelWhileTheRoundIsPrepared()
    {
        // The folder is made on a worker: a cancel that comes first ends the round without running it,
        // once, and nothing is written into the folder after finished().
        const auto executor = Executor::create(u"local"_s);
        ExecutionRequest request;
        request.roundDirectory = m_dir.filePath(u"round-cancel-early"_s);
        request.mainPy = "print('must not run')\n";
        request.runSh = "true\n";
        ExecutionJob *job = executor->start(request, this);
        QSignalSpy lines(job, &ExecutionJob::lineCaptured);
        QSignalSpy done(job, &ExecutionJob::finished);
        job->cancel();
        QVERIFY(done.wait(10000));
        const auto result = done.first().first().value<ExecutionResult>();
        QCOMPARE(int(result.outcome), int(ExecutionResult::Outcome::Cancelled));
        QVERIFY(!result.exitCode.has_value());
        const QStringList before = QDir(request.roundDirectory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QTest::qWait(300);
        QCOMPARE(done.size(), 1);
        QCOMPARE(QDir(request.roundDirectory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        for (const auto &line : std::as_const(lines))
            QVERIFY(!line.first().value<LogLine>().text.contains(u"must not run"_s));
        job->deleteLater();
    }

    void daemonsEndWithTheirPhase_data() { executors(); }
    void daemonsEndWithTheirPhase()
    {
        // Each phase has a PID namespace of its own: what it started, also in sessions of their own or
        // double-forked, is killed when it ends. Each daemon writes its pid into the round (as /proc of
        // the machine counts it: local rounds see the machine's /proc, a bwrap sandbox its own) and
        // carries a mark in its command line.
        QFETCH(QString, executor);
        if (executor == u"local"_s && !Executor::ownNamespacesWork())
            QSKIP("user namespaces are not available here: see daemonsSurviveWithoutNamespaces");
        const QString mark = u"wb-daemon-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(m_round + 1);
        const ExecutionResult r = execute(executor, daemonsMainPy(mark), daemonsRunSh(mark));
        QVERIFY2(r.succeeded(), qPrintable(r.message + u'\n' + RoundOutput::text(r)));
        QVERIFY(RoundOutput::text(r, u"stdout"_s).contains(u"daemonised"_s));
        const QMap<QString, qint64> pids = daemonPids(m_dir.filePath(u"round-%1"_s.arg(m_round)));
        QCOMPARE(pids.keys(), (QStringList{u"main-double"_s, u"main-setsid"_s, u"run-double"_s, u"run-setsid"_s}));
        if (executor == u"local"_s) {
            for (auto it = pids.cbegin(); it != pids.cend(); ++it) {
                QVERIFY(it.value() > 1);
                QTRY_VERIFY2_WITH_TIMEOUT(!alive(it.value()), qPrintable(it.key()), 5000);
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(processesNamed(mark), QStringList(), 5000);
    }

    void daemonsSurviveWithoutNamespaces()
    {
        // Where unshare cannot give a phase namespaces of its own, a phase is one process group: what
        // stays in it is killed when the phase ends, a daemon in a session of its own can outlive the
        // round (the README says so). Run in a copy of this test whose PATH has no unshare.
        QTemporaryDir pidsOut;
        QVERIFY(pidsOut.isValid());
        ::chmod(QFile::encodeName(pidsOut.path()).constData(), 0755);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, pidsOut.path());   // nothing there: no unshare, no bwrap
        env.insert(u"WB_TEST_NO_NAMESPACES_PIDS"_s, pidsOut.filePath(u"pids"_s));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"daemonsWithoutNamespaces"_s});
        QVERIFY(child.waitForFinished(180000));
        const QString output = QString::fromUtf8(child.readAll());
        QFile pidsFile(pidsOut.filePath(u"pids"_s));
        QVERIFY2(pidsFile.open(QIODevice::ReadOnly), qPrintable(output));
        QStringList survivors;
        for (const QByteArray &line : pidsFile.readAll().split('\n')) {
            const qint64 pid = line.split(' ').value(1).toLongLong();
            if (pid > 1 && alive(pid)) {
                survivors << QString::fromUtf8(line);
                ::kill(pid_t(pid), SIGKILL);
            }
        }
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
        for (const QString &survivor : std::as_const(survivors))
            QVERIFY2(survivor.startsWith(u"main-setsid"_s) || survivor.startsWith(u"main-double"_s)
                         || survivor.startsWith(u"run-setsid"_s) || survivor.startsWith(u"run-double"_s),
                     qPrintable(survivor));   // only daemons: the process group's members are gone
        qInfo("without namespaces, %lld of 4 daemons outlived their round (killed now)", qint64(survivors.size()));
    }

    // The half of daemonsSurviveWithoutNamespaces() that runs without unshare on PATH.
    void daemonsWithoutNamespaces()
    {
        const QString out = qEnvironmentVariable("WB_TEST_NO_NAMESPACES_PIDS");
        if (out.isEmpty())
            QSKIP("run by daemonsSurviveWithoutNamespaces");
        QVERIFY(!Executor::ownNamespacesWork());
        const QString mark = u"wb-fallback-%1"_s.arg(QCoreApplication::applicationPid());
        QByteArray runSh = daemonsRunSh(mark);
        runSh.replace("mkdir -p pids\n", "mkdir -p pids\nsleep 1000 &\necho $! > pids/run-group\n");   // in the phase's group
        QByteArray mainPy = daemonsMainPy(mark);
        mainPy.replace("print('daemonised'", "import subprocess\n"
                                            "p = subprocess.Popen(['sleep', '1000'])\n"
                                            "open('pids/main-group', 'w').write(str(p.pid))\n"
                                            "print('daemonised'");
        const ExecutionResult r = execute(u"local"_s, mainPy, runSh);
        QVERIFY2(r.succeeded(), qPrintable(r.message + u'\n' + RoundOutput::text(r)));
        const QMap<QString, qint64> pids = daemonPids(m_dir.filePath(u"round-%1"_s.arg(m_round)));
        QFile list(out);
        QVERIFY(list.open(QIODevice::WriteOnly));
        for (auto it = pids.cbegin(); it != pids.cend(); ++it)
            list.write(it.key().toUtf8() + ' ' + QByteArray::number(it.value()) + '\n');
        list.close();
        QCOMPARE(pids.size(), 6);
        for (const QString &member : {u"run-group"_s, u"main-group"_s})
            QTRY_VERIFY2_WITH_TIMEOUT(!alive(pids.value(member)), qPrintable(member), 5000);
    }

    void processLimitIgnoresTheUsersOtherThreads_data() { executors(); }
    void processLimitIgnoresTheUsersOtherThreads()
    {
        // The kernel counts a user's threads against RLIMIT_NPROC: with a browser's worth of threads of the
        // rounds' user alive, rounds must still fork, and a fork bomb must still be stopped.
        QFETCH(QString, executor);
        wb::test::ThreadCrowd crowd;
        const QString started = crowd.start(700);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(crowd.threads() >= 700);
        const QByteArray bomb = "import os\n"
                                "n = 0\n"
                                "try:\n"
                                "    for i in range(2000):\n"
                                "        if os.fork() == 0:\n"
                                "            import time; time.sleep(30); os._exit(0)\n"
                                "        n += 1\n"
                                "except OSError as e:\n"
                                "    print('refused after', n, e.strerror)\n";
        const ExecutionResult r = execute(executor, bomb,
                                          "for i in $(seq 50); do (sleep 0.2) & done\nwait\necho forked 50\n"
                                          "pip install -r requirements.txt\n",
                                          {}, "numpy\n");
        QVERIFY2(r.succeeded(), qPrintable(r.message + u'\n' + RoundOutput::text(r)));
        QCOMPARE(r.setupExitCode.value(), 0);
        const QString out = RoundOutput::text(r, u"stdout"_s);
        QVERIFY2(out.contains(u"forked 50"_s), qPrintable(RoundOutput::text(r)));
        static const QRegularExpression refused(u"refused after (\\d+)"_s);
        const int forks = refused.match(out).captured(1).toInt();
        const int limit = ExecutionLimits{}.maxProcesses;
        QVERIFY2(forks >= limit - 20 && forks <= limit + 3, qPrintable(out));   // the round's own limit, not the user's
        QVERIFY(crowd.threads() >= 700);
    }

    void processLimitWithoutNamespacesCountsThreads()
    {
        // Where user namespaces are not available, the limit is relative to the tasks (threads) the user
        // runs already: the same shell lines, run as the rounds' user next to 700 of its threads.
        wb::test::ThreadCrowd crowd;
        const QString started = crowd.start(700);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString shell = RoundScript::processLimit(20, false)
                              + u"for i in 1 2 3; do true & done; wait; echo forked\n"
                                "exec /usr/bin/python3 -c \"\nimport os\nn = 0\ntry:\n    for i in range(200):\n"
                                "        if os.fork() == 0:\n            import time; time.sleep(30); os._exit(0)\n"
                                "        n += 1\nexcept OSError as e:\n    print('refused after', n)\n\""_s;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{u"/bin/bash"_s, u"-c"_s, shell};
        if (::geteuid() == 0)
            args = QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s} + args;
        p.setChildProcessModifier([] { ::setpgid(0, 0); });
        p.start(::geteuid() == 0 ? u"setpriv"_s : args.takeFirst(), args);
        const qint64 group = p.processId();
        QVERIFY(group > 0);
        QVERIFY(p.waitForFinished(60000));
        ::kill(-pid_t(group), SIGKILL);   // the sleeping children
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(out.contains(u"forked"_s), qPrintable(out));
        static const QRegularExpression refused(u"refused after (\\d+)"_s);
        const int forks = refused.match(out).captured(1).toInt();
        // About 20: relative to the 700 threads (an absolute limit refuses at once), and a limit (not all 200). Tasks
        // of the same user that end meanwhile (an earlier round's processes going away) may leave a few more.
        QVERIFY2(forks >= 15 && forks <= 60, qPrintable(out));
    }

    void pipInstallsFromTheIndexWithNetwork_data() { executors(); }
    void pipInstallsFromTheIndexWithNetwork()
    {
        // A lab's mirror (site setting pip.index_url): here a PEP 503 index on 127.0.0.1 with a hand-made
        // wheel. It lands in the round's venv, and Debian's numpy stays importable.
        QFETCH(QString, executor);
        wb::test::PackageIndex index;
        const QString served = index.start(u"wbdemo"_s, u"1.0"_s, "def answer():\n    return 42\n");
        QVERIFY2(served.isEmpty(), qPrintable(served));
        ExecutorSettings online;
        online.network = true;
        online.siteSettings.insert(Executor::pipIndexUrlKey(), index.url());
        const ExecutionResult r = execute(executor,
                                          "import numpy, wbdemo\n"
                                          "print('wbdemo', wbdemo.answer(), wbdemo.__file__)\n"
                                          "print('numpy', numpy.__version__, numpy.__file__)\n",
                                          "pip install -r requirements.txt\n", {}, "wbdemo==1.0\n", online);
        QVERIFY2(r.succeeded(), qPrintable(r.message + u'\n' + RoundOutput::text(r) + u'\n' + index.requests()));
        const QString out = RoundOutput::text(r, u"stdout"_s);
        QVERIFY2(out.contains(u"wbdemo 42 "_s) && out.contains(u"/.venv/lib/python3"_s), qPrintable(out));
        QVERIFY2(out.contains(u"numpy 1."_s) && out.contains(u"/usr/lib/python3/dist-packages/numpy"_s), qPrintable(out));
        QVERIFY2(index.requests().contains(u"GET /simple/wbdemo/"_s), qPrintable(index.requests()));
        QVERIFY(!RoundOutput::text(r).contains(u"may not use the network"_s));
    }

    void pipFailsFastWithoutNetwork_data() { executors(); }
    void pipFailsFastWithoutNetwork()
    {
        QFETCH(QString, executor);
        wb::test::PackageIndex index;   // configured, but a round without network must not use it
        const QString served = index.start(u"wbdemo"_s, u"1.0"_s, "def answer():\n    return 42\n");
        QVERIFY2(served.isEmpty(), qPrintable(served));
        ExecutorSettings offline;
        offline.siteSettings.insert(Executor::pipIndexUrlKey(), index.url());
        const ExecutionResult r = execute(executor,
                                          "try:\n    import wbdemo\n    print('imported')\n"
                                          "except ImportError:\n    print('wbdemo missing')\n",
                                          "pip install -r requirements.txt\n", {}, "numpy\nwbdemo==1.0\n", offline);
        QCOMPARE(int(r.outcome), int(ExecutionResult::Outcome::Completed));
        QVERIFY(r.setupExitCode.value() != 0);
        QCOMPARE(r.exitCode.value(), 0);
        QVERIFY(RoundOutput::text(r, u"stdout"_s).contains(u"wbdemo missing"_s));
        qint64 first = 0, last = 0;
        int notices = 0;
        for (const auto &l : r.log) {
            if (l.phase != u"setup"_s)
                continue;
            first = first ? first : l.atMs;
            last = l.atMs;
            notices += l.text.startsWith(u"[workbench] "_s) && l.text.contains(u"may not use the network"_s) ? 1 : 0;
        }
        QVERIFY2(notices == 2, qPrintable(RoundOutput::text(r)));   // at the start of setup and when pip failed
        QVERIFY2(last - first < 30000, qPrintable(QString::number(last - first)));
        qInfo("%s: the failing pip install took %lld ms of setup", qPrintable(executor), last - first);
        QVERIFY2(!index.requests().contains(u"GET "_s), qPrintable(index.requests()));
    }

    void capabilitiesDescribeTheEnvironment()
    {
        const auto local = Executor::create(u"local"_s);
        const ExecutorCapabilities c = local->capabilities();
        QVERIFY(c.pythonVersion.startsWith(u"3."_s));
        QVERIFY2(c.installedPackages.join(u' ').contains(u"numpy"_s), qPrintable(c.installedPackages.join(u", "_s)));
        const QString text = c.describe(45 * 60);
        for (const QString &fact : {u"NOT a sandbox"_s, u"must not use the network"_s, u"CPU only"_s, u"virtual environment"_s,
                                    u"--system-site-packages"_s, u"*sources* run.sh"_s, u"main.py runs even when run.sh fails"_s,
                                    u"to_save/ and retain/"_s, u"REPO_DIR"_s, u"45 minutes"_s, c.pythonVersion})
            QVERIFY2(text.contains(fact), qPrintable(fact + u" is missing from:\n"_s + text));
        QVERIFY(!text.contains(u"GPU builds"_s) || text.contains(u"no GPU"_s));
        // Local rounds are plain processes: nothing switches the network off or keeps files apart, and the
        // prompt must not say otherwise.
        QVERIFY2(text.contains(u"file isolation and a switched-off network are not"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"There is NO network access"_s), qPrintable(text));

        ExecutorSettings online;
        online.network = true;
        online.siteSettings.insert(Executor::pipIndexUrlKey(), u"http://mirror.example.org/simple/"_s);
        const QString withNetwork = Executor::create(u"local"_s, online)->capabilities().describe(600);
        QVERIFY2(withNetwork.contains(u"Network access is available"_s) && withNetwork.contains(u"http://mirror.example.org/simple/"_s),
                 qPrintable(withNetwork));
        QVERIFY(withNetwork.contains(u"10 minutes"_s));
        if (Executor::bwrapWorks()) {
            const QString sandbox = Executor::create(u"bwrap"_s)->capabilities().describe(600);
            QVERIFY2(sandbox.contains(u"a sandbox (bubblewrap)"_s) && !sandbox.contains(u"NOT a sandbox"_s), qPrintable(sandbox));
            QVERIFY2(sandbox.contains(u"There is NO network access"_s), qPrintable(sandbox));   // bwrap switches it off
            QVERIFY(sandbox.contains(u"Working directory: /work"_s));
        }
        QVERIFY_THROWS_EXCEPTION(wb::Error, Executor::create(u"docker"_s));
    }

    void pipIndexIsASettingOfEveryExecutor()
    {
        for (const QString &name : {u"local"_s, u"bwrap"_s, u"podman"_s, u"slurm"_s, u"auto"_s})
            QVERIFY2(Executor::siteSettingKeys(name).contains(u"pip.index_url"_s), qPrintable(name));
        ExecutorSettings bad;
        bad.siteSettings.insert(Executor::pipIndexUrlKey(), u"ftp://mirror.example.org/simple"_s);
        QVERIFY_THROWS_EXCEPTION(wb::Error, Executor::create(u"local"_s, bad));
        bad.siteSettings.insert(Executor::pipIndexUrlKey(), u"not a url"_s);
        QVERIFY_THROWS_EXCEPTION(wb::Error, Executor::create(u"local"_s, bad));
    }
};

QTEST_GUILESS_MAIN(TstExecutor)
#include "tst_executor.moc"
