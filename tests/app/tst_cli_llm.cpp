// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller llm ...` as a user runs it, against the loopback LLM server.
#include "fakellmserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using wb::test::FakeResponse;

class TstCliLlm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    Run run(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
        env.remove(u"OPENAI_API_KEY"_s);
        env.remove(u"OPENAI_BASE_URL"_s);
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CODEDISTILLER_BIN), QStringList{u"--workspace"_s, m_workspace} + args);
        if (!p.waitForFinished(60000))
            qFatal("codedistiller did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(u"llm.cdw"_s);
    }

    void pingOpenAiFormat()
    {
        wb::test::FakeLlmServer server;
        server.enqueue(FakeResponse::openAi(u"pong"_s, {{"prompt_tokens", 20}, {"completion_tokens", 2}}));
        QProcessEnvironment env;
        env.insert(u"OPENAI_API_KEY"_s, u"sk-test-cli-0123456789abcdefgh"_s);
        env.insert(u"OPENAI_BASE_URL"_s, server.openAiBaseUrl());
        const Run r = run({u"llm"_s, u"ping"_s, u"--provider"_s, u"openai"_s, u"--model"_s, u"gpt-5-mini"_s, u"--json"_s}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(u"ok"_s).toBool(), true);
        QCOMPARE(o.value(u"answer"_s).toString(), u"pong"_s);
        QCOMPARE(o.value(u"usage"_s).toObject().value(u"input"_s).toInt(), 20);
        QCOMPARE(o.value(u"cost_usd"_s).toDouble(), (20 * 0.25 + 2 * 2.0) / 1e6);
        QVERIFY(r.err.contains("retires on 2026-12-11") || QDate::currentDate() > QDate(2026, 12, 11));
        const auto req = server.requests().first();
        QCOMPARE(req.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer sk-test-cli-0123456789abcdefgh"));
    }

    void pingAnthropicWithBaseUrlOption()
    {
        wb::test::FakeLlmServer server;
        QProcessEnvironment env;
        env.insert(u"ANTHROPIC_API_KEY"_s, u"sk-ant-test-cli-0123456789abcdef"_s);
        const Run r = run({u"llm"_s, u"ping"_s, u"--provider"_s, u"anthropic"_s, u"--base-url"_s, server.anthropicBaseUrl(),
                           u"--model"_s, u"claude-haiku-4-5-20251001"_s}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("\"pong\""));
        QVERIFY(r.out.contains("cost $0.000027"));   // 12 in × $1 + 3 out × $5 per 1M
        QCOMPARE(server.requests().first().path, QByteArray("/v1/messages"));
    }

    void pingFailuresAreClear()
    {
        // Dead endpoint: exit 1 and a message naming the server.
        const Run dead = run({u"llm"_s, u"ping"_s, u"--provider"_s, u"vllm"_s, u"--base-url"_s, u"http://127.0.0.1:9/v1"_s,
                              u"--model"_s, u"m"_s, u"--max-retries"_s, u"0"_s});
        QCOMPARE(dead.exitCode, 1);
        QVERIFY2(dead.err.contains("Cannot reach vLLM"), dead.err.constData());
        // No key.
        const Run noKey = run({u"llm"_s, u"ping"_s, u"--provider"_s, u"openai"_s, u"--model"_s, u"gpt-5"_s});
        QCOMPARE(noKey.exitCode, 1);
        QVERIFY(noKey.err.contains("OPENAI_API_KEY"));
        // Usage errors.
        QCOMPARE(run({u"llm"_s, u"ping"_s, u"--model"_s, u"m"_s}).exitCode, 2);
        QCOMPARE(run({u"llm"_s, u"ping"_s, u"--provider"_s, u"skynet"_s, u"--model"_s, u"m"_s}).exitCode, 2);
        QCOMPARE(run({u"llm"_s, u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(run({u"llm"_s}).exitCode, 2);
        QCOMPARE(run({u"llm"_s, u"ping"_s, u"--help"_s}).exitCode, 0);
    }

    void callsModelsAndOfflineReplay()
    {
        Run r = run({u"llm"_s, u"calls"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray calls = r.json().array();
        QVERIFY(calls.size() >= 4);
        QCOMPARE(calls.last().toObject().value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(!r.out.contains("sk-test-cli"));

        r = run({u"llm"_s, u"models"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject catalogue = r.json().object();
        QVERIFY(catalogue.value(u"as_of"_s).toString().startsWith(u"20"_s));
        bool sonnet = false;
        for (const auto &m : catalogue.value(u"models"_s).toArray()) {
            if (m.toObject().value(u"model"_s).toString() == u"claude-sonnet-4-5-20250929"_s) {
                sonnet = true;
                QCOMPARE(m.toObject().value(u"retires_on"_s).toString(), u"2026-11-30"_s);
                QCOMPARE(m.toObject().value(u"output"_s).toDouble(), 15.0);
            }
        }
        QVERIFY(sonnet);

        const QString cassette = m_dir.filePath(u"calls.jsonl"_s);
        r = run({u"llm"_s, u"export-cassette"_s, cassette});
        QCOMPARE(r.exitCode, 0);
        // Offline: the anthropic ping is answered from the cassette with no server at all.
        QTemporaryDir other;
        QProcessEnvironment env;
        env.insert(u"ANTHROPIC_API_KEY"_s, u"sk-ant-unused-0123456789abcdef"_s);
        QProcess p;
        QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
        full.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
        p.setProcessEnvironment(full);
        p.start(QStringLiteral(CODEDISTILLER_BIN),
                {u"--workspace"_s, other.filePath(u"w.cdw"_s), u"--json"_s, u"llm"_s, u"ping"_s, u"--provider"_s, u"anthropic"_s,
                 u"--model"_s, u"claude-haiku-4-5-20251001"_s, u"--replay"_s, u"--cassette"_s, cassette});
        QVERIFY(p.waitForFinished(30000));
        const QJsonObject replayed = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(replayed.value(u"from_cache"_s).toBool(), true);
        QCOMPARE(replayed.value(u"answer"_s).toString(), u"pong"_s);
    }
};

QTEST_GUILESS_MAIN(TstCliLlm)
#include "tst_cli_llm.moc"
