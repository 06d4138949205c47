// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller run --executor podman` as a process against the scripted model: every round in a container.
#include "clirun.h"
#include "distillationscript.h"
#include "fakellmserver.h"

#include "exec/executor.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstCliPodman : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    wb::test::CliRun run(const QString &workspace, const QStringList &args)
    {
        return wb::test::runCli(QStringLiteral(CODEDISTILLER_BIN), workspace, args, 600000);
    }

    QStringList runArgs(const wb::test::FakeLlmServer &server, const QString &campaign) const
    {
        return {u"run"_s, u"--campaign"_s, campaign, u"--provider"_s, u"vllm"_s, u"--base-url"_s, server.openAiBaseUrl(),
                u"--model"_s, u"gpt-oss-120b"_s, u"--executor"_s, u"podman"_s, u"--max-rounds"_s, u"3"_s,
                u"--round-timeout"_s, u"3"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        try {
            wb::exec::Executor::create(u"podman"_s);
        } catch (const wb::Error &e) {
            QSKIP(qPrintable(e.message()));
        }
        m_repo = m_dir.filePath(u"matlib"_s);
        wb::test::DistillationScript::makeRepository(m_repo);
    }

    void roundsRunInContainers()
    {
        wb::test::FakeLlmServer server;
        server.setHandler(wb::test::DistillationScript::handler());
        const QString ws = m_dir.filePath(u"podman.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);
        wb::test::CliRun r = run(ws, runArgs(server, u"contained"_s) << u"--json"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(u"success"_s).toInt(), 1);

        // Round 1 failed with the script's traceback, seen from inside the container: /app and /repo.
        r = run(ws, {u"show"_s, u"1"_s, u"--round"_s, u"1"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject round1 = r.json().object().value(u"rounds"_s).toArray().first().toObject();
        QCOMPARE(round1.value(u"exit_code"_s).toInt(), 1);
        QString log;
        for (const auto &l : round1.value(u"log"_s).toArray())
            log += l.toObject().value(u"line"_s).toString() + u'\n';
        QVERIFY2(log.contains(u"File \"/app/main.py\", line 5"_s), qPrintable(log));
        QVERIFY2(log.contains(u"TypeError"_s), qPrintable(log));

        // Round 2 (the repair) succeeded and its artifacts came back from /app/to_save.
        r = run(ws, {u"show"_s, u"1"_s, u"--round"_s, u"2"_s, u"--json"_s});
        const QJsonObject round2 = r.json().object().value(u"rounds"_s).toArray().first().toObject();
        QCOMPARE(round2.value(u"exit_code"_s).toInt(), 0);
        QStringList artifacts;
        for (const auto &a : round2.value(u"artifacts"_s).toArray())
            artifacts << a.toObject().value(u"name"_s).toString();
        QVERIFY2(artifacts.contains(u"to_save/energy.png"_s), qPrintable(artifacts.join(u", "_s)));
        QVERIFY(artifacts.contains(u"results.json"_s));

        // The workspace's image is the campaign's: a resumed campaign runs with it, here one that is not there.
        r = run(ws, {u"run"_s, u"--resume"_s, u"contained"_s, u"--podman-image"_s, u"localhost/codedistiller-missing:9"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Podman cannot run containers here: ") && r.err.contains("localhost/codedistiller-missing:9"),
                 r.err.constData());
    }

    void unavailableImageIsRefusedBeforeAnythingRuns()
    {
        wb::test::FakeLlmServer server;
        server.setHandler(wb::test::DistillationScript::handler());
        const QString ws = m_dir.filePath(u"noimage.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);
        const wb::test::CliRun r = run(ws, runArgs(server, u"noimage"_s) << u"--podman-image"_s << u"localhost/codedistiller-missing:9"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Podman cannot run containers here: "), r.err.constData());
        QVERIFY2(r.err.contains("localhost/codedistiller-missing:9"), r.err.constData());
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(run(ws, {u"status"_s, u"--json"_s}).json().array().size(), 0);   // no campaign was created
    }
};

QTEST_GUILESS_MAIN(TstCliPodman)
#include "tst_cli_podman.moc"
