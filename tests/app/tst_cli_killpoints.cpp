// SPDX-License-Identifier: GPL-3.0-or-later
// An answer received is an answer paid: `codedistiller run` killed with SIGKILL at many points of a
// campaign, then resumed, sends no request again whose answer the server had written out before the kill
// (beyond the moment it takes to read and record one).
#include "distillationscript.h"
#include "fakellmserver.h"
#include "gitfixture.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace Qt::StringLiterals;

namespace {

// How long after the server wrote an answer the workbench may still be reading and recording it.
constexpr qint64 kReadingMs = 250;

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
    env.insert(u"ANTHROPIC_API_KEY"_s, u"sk-ant-test"_s);
    return env;
}

} // namespace

class TstCliKillPoints : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_repos;

    /** @p provider "vllm" (no prompt cache) or "anthropic" (cached prefix, the first classification warms it). */
    QStringList runArgs(const wb::test::FakeLlmServer &server, const QString &campaign, const QString &provider) const
    {
        const bool anthropic = provider == u"anthropic"_s;
        return {u"run"_s, u"--campaign"_s, campaign, u"--provider"_s, provider,
                u"--base-url"_s, anthropic ? server.anthropicBaseUrl() : server.openAiBaseUrl(),
                u"--model"_s, anthropic ? u"claude-haiku-4-5-20251001"_s : u"gpt-oss-120b"_s, u"--executor"_s, u"local"_s,
                u"--max-rounds"_s, u"1"_s, u"--round-timeout"_s, u"2"_s, u"--concurrency"_s, u"3"_s};
    }

    int run(const QString &workspace, const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(CODEDISTILLER_BIN), QStringList{u"--workspace"_s, workspace} + args);
        if (!p.waitForFinished(300000))
            qFatal("codedistiller did not finish");
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A package with many modules: classification sends dozens of requests whose answers arrive
        // spread over a few seconds, so kills land between, during and after them.
        for (int r = 0; r < 3; ++r) {
            const QString path = m_dir.filePath(u"matlib%1"_s.arg(r));
            wb::test::GitFixture repo(path);
            QByteArray init = "from .core import lattice_energy\n";
            // Tabulated coefficients: files of a few hundred kB, as real packages have, which take the
            // workbench a while to read and fit into prompts while other answers arrive.
            QByteArray tables = "COEFFICIENTS = [\n";
            for (int line = 0; line < 4000; ++line)
                tables += "    (" + QByteArray::number(line) + ", " + QByteArray::number(line * 0.37, 'f', 6) + ", "
                          + QByteArray::number(line * 1.91, 'f', 6) + "),\n";
            tables += "]\n";
            for (int i = 0; i < 24; ++i) {
                const QByteArray name = "potential" + QByteArray::number(i);
                repo.addFile("matlib/" + name + ".py",
                             "\"\"\"Pair potential " + QByteArray::number(i) + " of library " + QByteArray::number(r)
                                 + ".\"\"\"\n\n\ndef energy(r):\n    return " + QByteArray::number(i + 1) + " * (r ** -12 - r ** -6)\n"
                                 + tables);
                init += "from . import " + name + "\n";
            }
            repo.addFile("matlib/__init__.py", init);
            // A README long enough that Claude Haiku 4.5's classification prompts reach its cache minimum (4,096).
            QByteArray background;
            for (int p = 0; p < 60; ++p)
                background += "Pair potential family " + QByteArray::number(p)
                              + " describes the interaction of two atoms at distance r by a repulsive and an attractive term; "
                                "its coefficients were fitted to cohesive energies, lattice constants and elastic moduli of "
                                "the noble gases and simple metals, and tabulated for fast lookup in the modules below.\n\n";
            repo.addFile("README.md", "# matlib " + QByteArray::number(r)
                                          + "\n\nLattice energies with many pair potentials.\n\n```python\nfrom matlib import lattice_energy\n```\n\n"
                                          + background);
            repo.addFile("setup.py", "from setuptools import setup\nsetup(name='matlib', packages=['matlib'])\n");
            repo.addFile("matlib/core.py", "def lattice_energy(a):\n    return a\n");
            repo.addFile("examples/demo.py", "from matlib import lattice_energy\nprint(lattice_energy(1.6))\n");
            repo.commit("many potentials");
            m_repos << path;
        }
    }

    void killAnywhereRepeatsNoAnsweredCall_data()
    {
        QTest::addColumn<int>("killAfterMs");
        QTest::addColumn<QString>("provider");
        for (int ms : {400, 1000, 1600, 2200, 2800, 4000})
            QTest::newRow(qPrintable(u"kill after %1 ms"_s.arg(ms))) << ms << u"vllm"_s;
        // The cached classification prefix: the first call alone, the others after it (kills between them).
        for (int ms : {300, 900, 1800, 3000})
            QTest::newRow(qPrintable(u"anthropic, kill after %1 ms"_s.arg(ms))) << ms << u"anthropic"_s;
    }

    void killAnywhereRepeatsNoAnsweredCall()
    {
        QFETCH(int, killAfterMs);
        QFETCH(QString, provider);
        wb::test::FakeLlmServer server;
        const auto script = wb::test::DistillationScript::handler();
        server.setHandler([&script](const wb::test::RecordedRequest &request) {
            wb::test::FakeResponse r = script(request);
            // Answers take 50-450 ms, by request: the kill meets some in flight and some just written.
            r.delayMs = 50 + int(qHash(request.body) % 400);
            return r;
        });
        const QString ws = m_dir.filePath(u"kill-%1-%2.cdw"_s.arg(provider).arg(killAfterMs));
        for (const QString &repo : std::as_const(m_repos))
            QCOMPARE(run(ws, {u"add"_s, repo}), 0);

        QProcess victim;
        victim.setProcessEnvironment(environment());
        victim.start(QStringLiteral(CODEDISTILLER_BIN), QStringList{u"--workspace"_s, ws} + runArgs(server, u"k"_s, provider));
        QVERIFY(victim.waitForStarted());
        QTest::qWait(killAfterMs);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        // Only a running process: processId() is 0 once it has ended, and kill(0) would hit the whole group.
        if (victim.state() != QProcess::Running || victim.processId() <= 0)
            QFAIL(qPrintable(u"the campaign ended before the kill: "_s + QString::fromUtf8(victim.readAllStandardError().right(2000))));
        ::kill(pid_t(victim.processId()), SIGKILL);
        victim.waitForFinished();
        const qsizetype before = server.requests().size();
        qInfo("killed after %lld requests, %lld answers", qint64(before), qint64(server.writtenAnswers().size()));
        if (victim.exitStatus() == QProcess::NormalExit)
            QSKIP("the campaign finished before the kill");

        QByteArray err;
        const int rc = run(ws, {u"run"_s, u"--resume"_s, u"k"_s}, &err);
        QVERIFY2(rc == 0 || rc == 1, err.constData());

        QHash<QByteArray, qint64> writtenBeforeKill;   // request body hash → when its answer was written
        for (const auto &a : server.writtenAnswers())
            if (a.writtenAtMs <= killedAt)
                writtenBeforeKill.insert(QCryptographicHash::hash(a.requestBody, QCryptographicHash::Sha256), a.writtenAtMs);
        const QList<wb::test::RecordedRequest> requests = server.requests();
        QStringList repeated;
        for (qsizetype i = before; i < requests.size(); ++i) {
            const auto it = writtenBeforeKill.constFind(QCryptographicHash::hash(requests[i].body, QCryptographicHash::Sha256));
            if (it != writtenBeforeKill.constEnd())
                qInfo("again after the kill: %s, answered %lld ms before it",
                      qPrintable(wb::test::DistillationScript::stageOf(requests[i])), killedAt - *it);
            if (it != writtenBeforeKill.constEnd() && *it <= killedAt - kReadingMs)
                repeated << u"%1 (answered %2 ms before the kill)"_s.arg(wb::test::DistillationScript::stageOf(requests[i]))
                                .arg(killedAt - *it);
        }
        QVERIFY2(repeated.isEmpty(), qPrintable(u"paid twice: "_s + repeated.join(u", "_s)));
        QVERIFY(requests.size() > before);   // the resumed run did go on
        if (provider == u"anthropic"_s) {
            // The path under test: classification prompts long enough to be cached, sent with cache_control.
            const bool cached = std::any_of(requests.cbegin(), requests.cend(), [](const wb::test::RecordedRequest &r) {
                return wb::test::DistillationScript::stageOf(r) == u"file_classification"_s && r.body.contains("\"cache_control\"");
            });
            QVERIFY2(cached, "no classification request carried cache_control");
        }
    }
};

QTEST_GUILESS_MAIN(TstCliKillPoints)
#include "tst_cli_killpoints.moc"
