// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller run --economy`: the classification batch survives kill -9 and is collected on --resume.
#include "clirun.h"
#include "distillationscript.h"
#include "fakebatchapi.h"
#include "fakellmserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace Qt::StringLiterals;

class TstCliEconomy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    static wb::test::CliRun run(const QString &workspace, const QStringList &args)
    {
        return wb::test::runCli(QStringLiteral(CODEDISTILLER_BIN), workspace, args);
    }

    static QStringList runArgs(const wb::test::FakeLlmServer &server, const QString &provider, const QString &campaign)
    {
        return {u"run"_s, u"--campaign"_s, campaign, u"--provider"_s, provider, u"--base-url"_s, server.openAiBaseUrl(),
                u"--model"_s, u"gpt-5-mini"_s, u"--executor"_s, u"local"_s, u"--max-rounds"_s, u"3"_s, u"--round-timeout"_s, u"2"_s,
                u"--economy"_s, u"--batch-poll"_s, u"0.05"_s};
    }

    static int count(const wb::test::FakeLlmServer &server, const QByteArray &method, const QString &pattern)
    {
        const QRegularExpression re(u"^"_s + pattern + u"$"_s);
        int n = 0;
        for (const auto &r : server.requests())
            n += r.method == method && re.match(QString::fromLatin1(r.path)).hasMatch();
        return n;
    }

    static int synchronousClassifications(const wb::test::FakeLlmServer &server)
    {
        int n = 0;
        for (const auto &r : server.requests())
            n += r.path == "/v1/chat/completions" && wb::test::DistillationScript::stageOf(r) == u"file_classification"_s;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("OPENAI_API_KEY", "sk-test-cli-economy");
        m_repo = m_dir.filePath(u"matlib"_s);
        wb::test::DistillationScript::makeRepository(m_repo);
    }

    void economyNeedsABatchApi()
    {
        wb::test::FakeLlmServer server;
        const QString ws = m_dir.filePath(u"nobatch.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);
        const auto r = run(ws, runArgs(server, u"vllm"_s, u"x"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--economy needs a provider with a batch API; vllm has none"), r.err.constData());
        QCOMPARE(server.requestCount(), 0);
    }

    void killMinus9DuringTheBatchThenResume()
    {
        wb::test::FakeLlmServer server;
        server.setHandler(wb::test::DistillationScript::handler());
        server.batches().setHold(true);
        const QString ws = m_dir.filePath(u"economy.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);

        QProcess victim;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
        victim.setProcessEnvironment(env);
        victim.start(QStringLiteral(CODEDISTILLER_BIN), QStringList{u"--workspace"_s, ws} + runArgs(server, u"openai"_s, u"cheap"_s));
        QVERIFY(victim.waitForStarted());
        // Kill while the provider works on the batch.
        QTRY_VERIFY_WITH_TIMEOUT(count(server, "GET", u"/v1/batches/[^/]+"_s) >= 2, 120000);
        ::kill(pid_t(victim.processId()), SIGKILL);
        QVERIFY(victim.waitForFinished(10000));
        QCOMPARE(victim.exitStatus(), QProcess::CrashExit);

        auto status = run(ws, {u"status"_s, u"--json"_s});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject batch = status.json().array().first().toObject().value(u"batches"_s).toArray().first().toObject();
        QCOMPARE(batch.value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(batch.value(u"provider_batch_id"_s).toString(), server.batches().ids().first());
        QVERIFY(batch.value(u"requests"_s).toInt() >= 5);
        status = run(ws, {u"status"_s});
        const QByteArray id = server.batches().ids().first().toUtf8();
        QVERIFY2(status.out.contains(QByteArray("cheap: batch " + id + " at openai (file_classification): submitted / in_progress")),
                 status.out.constData());

        server.batches().setHold(false);
        const auto resumed = run(ws, {u"run"_s, u"--resume"_s, u"cheap"_s, u"--batch-poll"_s, u"0.05"_s, u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(resumed.json().object().value(u"success"_s).toInt(), 1);
        QCOMPARE(server.batches().created(), 1);   // collected, not submitted again
        QCOMPARE(count(server, "POST", u"/v1/files"_s), 1);
        QCOMPARE(synchronousClassifications(server), 0);
        QVERIFY2(resumed.err.contains(QByteArray("waiting for classification batch " + id)), resumed.err.constData());

        status = run(ws, {u"status"_s, u"--json"_s});
        const QJsonObject collected = status.json().array().first().toObject().value(u"batches"_s).toArray().first().toObject();
        QCOMPARE(collected.value(u"status"_s).toString(), u"collected"_s);
        QCOMPARE(collected.value(u"succeeded"_s).toInt(), batch.value(u"requests"_s).toInt());
    }
};

QTEST_GUILESS_MAIN(TstCliEconomy)
#include "tst_cli_economy.moc"
