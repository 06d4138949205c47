// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller agent-preview` as a user runs it: the index's size and fit, the planner request over
// the loopback server in both wire formats, names checked, the call recorded with its cost, a malformed
// answer, and an index too large for a model (its window made small by the user's model catalogue).
#include "clirun.h"
#include "codeblocklibrary.h"
#include "fakellmserver.h"
#include "tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using wb::test::CliRun;
using wb::test::FakeResponse;

namespace {
QString fenced(const QString &prompt, const QStringList &names)
{
    const QJsonObject answer{{u"prompt"_s, prompt}, {u"codeblocks"_s, QJsonArray::fromStringList(names)}};
    return u"My plan:\n```\n"_s + QString::fromUtf8(QJsonDocument(answer).toJson()) + u"```\n"_s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TstCliAgentPreview : public QObject
{
    Q_OBJECT

    wb::test::TempWorkspace m_tmp;
    QTemporaryDir m_config;
    QByteArray m_index;         // the summaries file the export writes
    QStringList m_names;

    CliRun cli(const QStringList &args) { return wb::test::runCli(QStringLiteral(CODEDISTILLER_BIN), m_tmp.location(), args); }

    QString overridePath() const { return m_config.filePath(u"codedistiller-workbench/models.json"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());   // the user's model catalogue goes here
        qunsetenv("OPENAI_BASE_URL");
        qunsetenv("ANTHROPIC_BASE_URL");
        qputenv("OPENAI_API_KEY", "sk-test-cli-agentpreview-0123456789");
        qputenv("ANTHROPIC_API_KEY", "sk-ant-test-cli-agentpreview-01234");
        wb::test::CodeblockLibrary::build(m_tmp.workspace(), 4);
        QTemporaryDir out;
        const CliRun r = cli({u"--json"_s, u"export"_s, u"--format"_s, u"codescientist"_s, u"--out"_s, out.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_index = readAll(out.filePath(u"codeblocks/codeblock_summaries.json"_s));
        m_names = QJsonDocument::fromJson(m_index).object().keys();
        QCOMPARE(m_names.size(), 4);
    }

    void sizeAndFitPerModel()
    {
        CliRun r = cli({u"--json"_s, u"agent-preview"_s, u"any idea"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        const QJsonObject index = o.value(u"index"_s).toObject();
        QCOMPARE(index.value(u"entries"_s).toInt(), 4);
        QCOMPARE(index.value(u"bytes"_s).toInteger(), qint64(m_index.size()));
        QVERIFY(index.value(u"tokens_estimate"_s).toInteger() > 0);
        const QJsonArray models = o.value(u"models"_s).toArray();
        QVERIFY(models.size() >= 5);
        for (const auto &m : models) {
            QCOMPARE(m.toObject().value(u"fit"_s).toString(), u"fits"_s);
            QVERIFY(m.toObject().value(u"share"_s).toDouble() < 0.05);
        }
        QVERIFY(o.value(u"margin"_s).toObject().value(u"reason"_s).toString().contains(u"margin"_s));
        QVERIFY(!o.contains(u"planner"_s));

        r = cli({u"agent-preview"_s, u"any idea"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QByteArray("Codeblock index: 4 entries, " + QByteArray::number(m_index.size()) + " bytes")), r.out.constData());
        QVERIFY(r.out.contains("WINDOW") && r.out.contains("claude-sonnet-4-5-20250929"));
    }

    void openAiPlannerGetsTheWholeIndex()
    {
        wb::test::FakeLlmServer server;
        server.enqueue(FakeResponse::openAi(fenced(u"Run a MINI_PILOT."_s, {m_names[0], m_names[2], u"Logger/Debugging"_s}),
                                            {{"prompt_tokens", 3000}, {"completion_tokens", 400}}));
        const QString idea = u"Does fingerprint similarity predict shared crystal space groups?"_s;
        const CliRun r = cli({u"--json"_s, u"agent-preview"_s, idea, u"--model"_s, u"openai/gpt-5-mini"_s, u"--base-url"_s,
                              server.openAiBaseUrl()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(server.requestCount(), 1);
        const auto body = server.requests().first().json();
        const QString prompt = QString::fromStdString(body["messages"].back()["content"].get<std::string>());
        QVERIFY(prompt.contains(QString::fromUtf8(m_index).trimmed()));   // the whole file, byte for byte
        QCOMPARE(prompt.count(idea), 2);
        const QJsonObject planner = r.json().object().value(u"planner"_s).toObject();
        QCOMPARE(planner.value(u"sent"_s).toBool(), true);
        QCOMPARE(planner.value(u"known"_s).toArray(), QJsonArray::fromStringList({m_names[0], m_names[2]}));
        QCOMPARE(planner.value(u"unknown"_s).toArray(), QJsonArray{u"Logger/Debugging"_s});
        QCOMPARE(planner.value(u"prompt"_s).toString(), u"Run a MINI_PILOT."_s);
        const double cost = (3000 * 0.25 + 400 * 2.0) / 1e6;
        QCOMPARE(planner.value(u"cost_usd"_s).toDouble(), cost);

        const CliRun calls = cli({u"--json"_s, u"llm"_s, u"calls"_s, u"--limit"_s, u"1"_s});
        const QJsonObject call = calls.json().array().first().toObject();
        QCOMPARE(call.value(u"stage"_s).toString(), u"agent_preview"_s);
        QCOMPARE(call.value(u"id"_s).toInteger(), planner.value(u"call_id"_s).toInteger());
        QCOMPARE(call.value(u"cost_usd"_s).toDouble(), cost);
        QCOMPARE(call.value(u"status"_s).toString(), u"ok"_s);
    }

    void anthropicPlannerInText()
    {
        wb::test::FakeLlmServer server;
        server.enqueue(FakeResponse::anthropicText(fenced(u"Plan."_s, {m_names[1], m_names[1].toLower()})));
        const CliRun r = cli({u"agent-preview"_s, u"molecular descriptors for solubility"_s, u"--model"_s,
                              u"anthropic/claude-haiku-4-5-20251001"_s, u"--base-url"_s, server.anthropicBaseUrl()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(server.requests().first().path, QByteArray("/v1/messages"));
        QVERIFY(QString::fromStdString(server.requests().first().json().dump()).contains(u"molecular descriptors for solubility"_s));
        QVERIFY2(r.out.contains("Picked codeblocks: 2"), r.out.constData());
        QVERIFY(r.out.contains(QByteArray("UNKNOWN: " + m_names[1].toLower().toUtf8())));
        QVERIFY(r.out.contains(QByteArray("did it mean '" + m_names[1].toUtf8() + "'")));
        QVERIFY(r.out.contains("cost $0.000027"));   // 12 in × $1 + 3 out × $5 per 1M
    }

    void malformedAnswerFailsAndIsKept()
    {
        wb::test::FakeLlmServer server;
        server.enqueue(FakeResponse::openAi(u"Sorry, here are some thoughts but no JSON."_s));
        const CliRun r = cli({u"agent-preview"_s, u"an idea"_s, u"--model"_s, u"openai/gpt-5-mini"_s, u"--base-url"_s, server.openAiBaseUrl()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("holds no JSON") && r.err.contains("kept as call"), r.err.constData());
        const QJsonObject call = cli({u"--json"_s, u"llm"_s, u"calls"_s, u"--limit"_s, u"1"_s}).json().array().first().toObject();
        QCOMPARE(call.value(u"stage"_s).toString(), u"agent_preview"_s);
    }

    void tooLargeForTheModelIsNotSent()
    {
        // The user's catalogue gives the model a window smaller than the index needs.
        QDir().mkpath(QFileInfo(overridePath()).absolutePath());
        QFile f(overridePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"models": {"claude-haiku-4-5-20251001": {"context_window": 8000}}})");
        f.close();
        const CliRun models = cli({u"--json"_s, u"llm"_s, u"models"_s});
        bool overridden = false;
        for (const auto &m : models.json().object().value(u"models"_s).toArray())
            overridden |= m.toObject().value(u"model"_s).toString() == u"claude-haiku-4-5-20251001"_s
                          && m.toObject().value(u"context_window"_s).toInt() == 8000;
        QVERIFY(overridden);

        wb::test::FakeLlmServer server;
        CliRun r = cli({u"agent-preview"_s, u"regression confidence intervals"_s, u"--model"_s, u"anthropic/claude-haiku-4-5-20251001"_s,
                        u"--base-url"_s, server.anthropicBaseUrl()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(server.requestCount(), 0);
        QVERIFY2(r.err.contains("does not fit claude-haiku-4-5-20251001") && r.err.contains("nothing was sent"), r.err.constData());
        QVERIFY(r.out.contains("TOO LARGE"));
        QVERIFY2(r.out.contains("would hand the planner instead"), r.out.constData());
        QVERIFY(r.out.contains("statsmodels"));   // the entry that matches the idea is offered

        r = cli({u"--json"_s, u"agent-preview"_s, u"regression confidence intervals"_s, u"--model"_s,
                 u"anthropic/claude-haiku-4-5-20251001"_s, u"--base-url"_s, server.anthropicBaseUrl()});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject planner = r.json().object().value(u"planner"_s).toObject();
        QCOMPARE(planner.value(u"sent"_s).toBool(), false);
        QCOMPARE(planner.value(u"fit"_s).toObject().value(u"fit"_s).toString(), u"too_large"_s);
        QVERIFY(planner.value(u"fallback"_s).toArray().first().toString().startsWith(u"statsmodels"_s));
        QCOMPARE(server.requestCount(), 0);
        QFile::remove(overridePath());
    }

    void usageErrors()
    {
        QCOMPARE(cli({u"agent-preview"_s}).exitCode, 2);
        QCOMPARE(cli({u"agent-preview"_s, u"idea"_s, u"--model"_s, u"gpt-5"_s}).exitCode, 2);
        QCOMPARE(cli({u"agent-preview"_s, u"idea"_s, u"--model"_s, u"skynet/m1"_s}).exitCode, 2);
        QCOMPARE(cli({u"agent-preview"_s, u"--help"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TstCliAgentPreview)
#include "tst_cli_agentpreview.moc"
