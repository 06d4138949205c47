// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol's model settings as they go over the wire, per provider: reasoning effort and completion
// budget for reasoning models, temperature 0 and a plan field for the others, one repeated request at
// temperature 0.1 after an unusable answer, the method's provider pin for gpt-oss on OpenRouter.
#include "fakellmserver.h"
#include "llm/llmcall.h"
#include "llm/llmclient.h"
#include "pipeline/protocol.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using test::FakeResponse;

namespace {
const nlohmann::json kClassification{{"classification", "code_example"},       {"description", "Relaxes a slab."},
                                     {"important_information", nullptr},        {"computational_requirements", nullptr},
                                     {"highly_relevant_files", nlohmann::json::array()}, {"how_relevant_rating", 4},
                                     {"stand_alone_example", true},             {"needs_gpu", false}};

llm::LlmResult run(llm::LlmClient &client, const llm::LlmRequest &request)
{
    llm::LlmCall *call = client.send(request);
    QSignalSpy spy(call, &llm::LlmCall::finished);
    if (!spy.wait(20000))
        qFatal("the call did not finish");
    return spy.first().first().value<llm::LlmResult>();
}
} // namespace

class TstStageSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        for (const char *key : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENROUTER_API_KEY"})
            qputenv(key, "sk-test-0123456789");
    }

    void onTheWire_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QByteArray>("capField");
        QTest::addColumn<QByteArray>("effortPath");   // "" when no reasoning effort is sent
        QTest::addColumn<bool>("temperature");
        QTest::newRow("openai gpt-5") << u"openai"_s << u"gpt-5"_s << QByteArray("max_completion_tokens") << QByteArray("reasoning_effort")
                                      << false;
        QTest::newRow("openai gpt-5-mini") << u"openai"_s << u"gpt-5-mini-2025-08-07"_s << QByteArray("max_completion_tokens")
                                           << QByteArray("reasoning_effort") << false;
        QTest::newRow("openrouter gpt-oss") << u"openrouter"_s << u"openai/gpt-oss-120b"_s << QByteArray("max_tokens")
                                            << QByteArray("reasoning.effort") << false;
        QTest::newRow("vllm gpt-oss") << u"vllm"_s << u"gpt-oss-120b"_s << QByteArray("max_tokens") << QByteArray("reasoning_effort") << false;
        QTest::newRow("anthropic claude sonnet 4.5") << u"anthropic"_s << u"claude-sonnet-4-5-20250929"_s << QByteArray("max_tokens")
                                                     << QByteArray() << true;
        QTest::newRow("anthropic claude haiku 4.5") << u"anthropic"_s << u"claude-haiku-4-5-20251001"_s << QByteArray("max_tokens")
                                                    << QByteArray() << true;
        QTest::newRow("ollama, an unknown model") << u"ollama"_s << u"qwen2.5-coder:32b"_s << QByteArray("max_tokens") << QByteArray()
                                                  << true;
    }
    void onTheWire()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(QByteArray, capField);
        QFETCH(QByteArray, effortPath);
        QFETCH(bool, temperature);
        test::FakeLlmServer server;
        const bool anthropic = provider == u"anthropic"_s;
        // First an answer that is no JSON at all, then a usable one: the method repeats the request once.
        server.enqueue(anthropic ? FakeResponse::anthropicText(u"I think this file is quite relevant."_s)
                                 : FakeResponse::openAi(u"I think this file is quite relevant."_s));
        server.enqueue(anthropic ? FakeResponse::anthropicTool(u"file_classification"_s, kClassification)
                                 : FakeResponse::openAi(QString::fromStdString(kClassification.dump())));
        llm::LlmClient client(nullptr, llm::PriceCatalog::load());
        const auto protocol = pipeline::Protocol::load(pipeline::Protocol::defaultName());
        llm::LlmRequest request;
        request.provider = provider;
        request.model = model;
        request.stage = u"file_classification"_s;
        request.prompt = u"File: examples/relax.py\n\nfrom ase.build import fcc111\n"_s;
        request.baseUrl = anthropic ? server.anthropicBaseUrl() : server.openAiBaseUrl();
        protocol.stageSettings(request.stage, client.modelProfiles().find(model)).apply(request);
        const llm::LlmResult r = run(client, request);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(nlohmann::json::parse(r.json.toStdString())["how_relevant_rating"].get<int>(), 4);
        QVERIFY(!nlohmann::json::parse(r.json.toStdString()).contains("plan"));

        const auto requests = server.requests();
        QCOMPARE(requests.size(), 2);
        const auto first = requests[0].json();
        const auto second = requests[1].json();
        QCOMPARE(first[capField.toStdString()].get<int>(), 32000);
        if (effortPath.isEmpty()) {
            QVERIFY(!first.contains("reasoning_effort") && !first.contains("reasoning"));
        } else if (effortPath == "reasoning.effort") {
            QCOMPARE(first["reasoning"]["effort"].get<std::string>(), "high");
        } else {
            QCOMPARE(first[effortPath.toStdString()].get<std::string>(), "high");
        }
        QCOMPARE(first.contains("temperature"), temperature);
        // The schema: reasoning models answer at once, the others get a leading "plan" field.
        QCOMPARE(requests[0].body.contains(R"("properties":{"plan":)"), temperature);
        if (temperature) {
            QCOMPARE(first["temperature"].get<double>(), 0.0);
            QCOMPARE(second["temperature"].get<double>(), 0.1);   // the repeated request
        } else {
            QVERIFY(!second.contains("temperature"));
        }
        // CodeDistiller pins gpt-oss to one OpenRouter provider (models.json's request_extras).
        if (provider == u"openrouter"_s)
            QCOMPARE(first["provider"]["only"][0].get<std::string>(), "cerebras");
        else
            QVERIFY(!first.contains("provider"));
    }

    void theJudgesKeyOrderLetsItDecideLast()
    {
        // Structured output is generated in schema order: the verdict comes after the issues.
        llm::LlmClient client(nullptr, llm::PriceCatalog::load());
        llm::LlmRequest request;
        request.provider = u"openai"_s;
        request.model = u"gpt-5"_s;
        request.stage = u"judge_verdict"_s;
        request.prompt = u"x"_s;
        const auto body = client.prepare(request).body;
        QStringList keys;
        for (const auto &[key, value] : body["response_format"]["json_schema"]["schema"]["properties"].items())
            keys << QString::fromStdString(key);
        QVERIFY(keys.indexOf(u"critical_issues"_s) < keys.indexOf(u"is_finished"_s));
        QVERIFY(keys.indexOf(u"faithfulness_accurate_completeness_statement"_s) < keys.indexOf(u"is_finished"_s));
    }
};

QTEST_GUILESS_MAIN(TstStageSettings)
#include "tst_stagesettings.moc"
