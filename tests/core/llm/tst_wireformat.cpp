// SPDX-License-Identifier: GPL-3.0-or-later
// Request and response shapes as the providers document them.
#include "llm/batchformat.h"
#include "llm/providerprofile.h"
#include "llm/secretredactor.h"
#include "llm/stageschemas.h"
#include "llm/wireformat.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb::llm;

namespace {
LlmRequest request(const QString &provider, const QString &stage = {})
{
    LlmRequest r;
    r.provider = provider;
    r.model = u"m"_s;
    r.stage = stage;
    r.system = u"You are careful."_s;
    r.prompt = u"Classify this file."_s;
    r.maxTokens = 2048;
    r.temperature = 0.0;
    r.reasoningEffort = u"high"_s;
    return r;
}

nlohmann::json bodyFor(const QString &provider, const QString &stage = {})
{
    const ProviderProfile profile = ProviderCatalog::instance().get(provider);
    std::optional<nlohmann::json> schema;
    if (!stage.isEmpty())
        schema = StageSchemas::get(stage);
    return WireFormat::create(profile.format)->body(request(provider, stage), profile, schema);
}
} // namespace

class TstWireFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAiRequest()
    {
        const auto body = bodyFor(u"openai"_s, u"file_classification"_s);
        QVERIFY(body["model"] == "m");
        QVERIFY(body["messages"][0]["role"] == "system");
        QVERIFY(body["messages"][1]["role"] == "user");
        QVERIFY(body["messages"][1]["content"] == "Classify this file.");
        QVERIFY(body["max_completion_tokens"] == 2048);
        QVERIFY(!body.contains("max_tokens"));
        QVERIFY(body["reasoning_effort"] == "high");
        QVERIFY(body["response_format"]["type"] == "json_schema");
        QVERIFY(body["response_format"]["json_schema"]["name"] == "file_classification");
        QVERIFY(body["response_format"]["json_schema"]["strict"] == true);
        QVERIFY(body["response_format"]["json_schema"]["schema"]["properties"].size() == 8u);
        QVERIFY(body["stream"] == false);
    }

    void localServersUseProfileQuirks_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("capField");
        QTest::addColumn<bool>("reasoningEffort");
        QTest::newRow("vllm") << u"vllm"_s << u"max_tokens"_s << true;
        QTest::newRow("ollama") << u"ollama"_s << u"max_tokens"_s << true;
        QTest::newRow("llama.cpp") << u"llamacpp"_s << u"max_tokens"_s << false;
        QTest::newRow("lmstudio") << u"lmstudio"_s << u"max_tokens"_s << false;
        QTest::newRow("openrouter") << u"openrouter"_s << u"max_tokens"_s << true;
    }

    void localServersUseProfileQuirks()
    {
        QFETCH(QString, provider);
        QFETCH(QString, capField);
        QFETCH(bool, reasoningEffort);
        const auto body = bodyFor(provider, u"repository_summary"_s);
        QVERIFY(body[capField.toStdString()] == 2048);
        QCOMPARE(body.contains("max_completion_tokens"), capField == u"max_completion_tokens"_s);
        // OpenRouter takes the effort as reasoning: {effort}; the others as reasoning_effort.
        QCOMPARE(body.contains("reasoning_effort") || body.contains("reasoning"), reasoningEffort);
        QCOMPARE(body.contains("reasoning"), reasoningEffort && provider == u"openrouter"_s);
        QVERIFY(body.contains("response_format"));
    }

    void schemaInPromptWithoutServerSupport()
    {
        const auto body = bodyFor(u"openai-compatible"_s, u"judge_verdict"_s);
        QVERIFY(!body.contains("response_format"));
        const QString prompt = QString::fromStdString(body["messages"][1]["content"].get<std::string>());
        QVERIFY(prompt.startsWith(u"Classify this file."_s));
        QVERIFY(prompt.contains(u"JSON schema"_s));
        QVERIFY(prompt.contains(u"\"is_finished\""_s));
    }

    void anthropicRequest()
    {
        const auto body = bodyFor(u"anthropic"_s, u"example_generation"_s);
        QVERIFY(body["model"] == "m");
        QVERIFY(body["max_tokens"] == 2048);
        QVERIFY(body["system"] == "You are careful.");
        QVERIFY(body["messages"].size() == 1u);
        QVERIFY(body["messages"][0]["role"] == "user");
        QVERIFY(body["tools"][0]["name"] == "example_generation");
        QVERIFY(body["tools"][0]["input_schema"]["properties"].contains("main_py"));
        QVERIFY(body["tool_choice"]["type"] == "tool");
        QVERIFY(body["tool_choice"]["name"] == "example_generation");
        QVERIFY(body["temperature"] == 0.0);
        QVERIFY(!body.contains("reasoning_effort"));
        const ProviderProfile profile = ProviderCatalog::instance().get(u"anthropic"_s);
        const auto headers = WireFormat::create(profile.format)->headers(profile, u"sk-ant-test-0123456789abcdef"_s);
        QVERIFY(headers.contains(std::pair<QByteArray, QByteArray>{"anthropic-version", "2023-06-01"}));
        QVERIFY(headers.contains(std::pair<QByteArray, QByteArray>{"x-api-key", "sk-ant-test-0123456789abcdef"}));
        QCOMPARE(WireFormat::create(profile.format)->path(), u"/v1/messages"_s);
    }

    void anthropicMarksTheSharedPrefix()
    {
        const ProviderProfile profile = ProviderCatalog::instance().get(u"anthropic"_s);
        const auto format = WireFormat::create(profile.format);
        LlmRequest r = request(u"anthropic"_s, u"file_classification"_s);
        r.prompt = u"Shared instructions and summary.\nFile: a.py (python)\n"_s;
        const nlohmann::json plain = format->body(r, profile, StageSchemas::get(r.stage));
        QVERIFY(plain["messages"][0]["content"] == "Shared instructions and summary.\nFile: a.py (python)\n");   // as before
        r.cachePrefixChars = 33;
        r.cacheKey = u"k"_s;
        const nlohmann::json body = format->body(r, profile, StageSchemas::get(r.stage));
        const auto &content = body["messages"][0]["content"];
        QCOMPARE(content.size(), 2u);
        QVERIFY(content[0]["type"] == "text");
        QVERIFY(content[0]["text"] == "Shared instructions and summary.\n");
        QVERIFY(content[0]["cache_control"] == nlohmann::json({{"type", "ephemeral"}}));   // the default 5-minute lifetime
        QVERIFY(content[1]["text"] == "File: a.py (python)\n");
        QVERIFY(!content[1].contains("cache_control"));
        QVERIFY(body["system"] == "You are careful.");   // before the messages in the prefix order
        QVERIFY(!body.contains("prompt_cache_key"));
        // The whole prompt shared: one block, marked.
        r.cachePrefixChars = r.prompt.size();
        const nlohmann::json whole = format->body(r, profile, StageSchemas::get(r.stage));
        QCOMPARE(whole["messages"][0]["content"].size(), 1u);
        QVERIFY(whole["messages"][0]["content"][0].contains("cache_control"));
    }

    void anthropicBatchKeepsTheCacheAnHour()
    {
        const ProviderProfile profile = ProviderCatalog::instance().get(u"anthropic"_s);
        LlmRequest r = request(u"anthropic"_s, u"file_classification"_s);
        r.prompt = u"Shared.\nFile: a.py\n"_s;
        r.cachePrefixChars = 8;
        const nlohmann::ordered_json body = WireFormat::create(profile.format)->body(r, profile, StageSchemas::get(r.stage));
        const auto batch = BatchFormat::create(profile);
        const auto create = batch->createRequest(u"https://api.anthropic.example"_s, {{u"e1-a"_s, body}}, {}, {});
        const auto sent = nlohmann::json::parse(create.body.toStdString());
        const auto &content = sent["requests"][0]["params"]["messages"][0]["content"];
        QVERIFY(content[0]["cache_control"] == nlohmann::json({{"type", "ephemeral"}, {"ttl", "1h"}}));
        QVERIFY(!content[1].contains("cache_control"));
    }

    void openAiCacheKeyOnlyWhereTheProfileTakesIt_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<bool>("key");
        QTest::newRow("openai") << u"openai"_s << true;
        QTest::newRow("openrouter") << u"openrouter"_s << false;
        QTest::newRow("vllm") << u"vllm"_s << false;
        QTest::newRow("ollama") << u"ollama"_s << false;
    }

    void openAiCacheKeyOnlyWhereTheProfileTakesIt()
    {
        QFETCH(QString, provider);
        QFETCH(bool, key);
        const ProviderProfile profile = ProviderCatalog::instance().get(provider);
        QCOMPARE(profile.supportsPromptCacheKey, key);
        const auto format = WireFormat::create(profile.format);
        LlmRequest r = request(provider, u"file_classification"_s);
        r.prompt = u"Shared.\nFile: a.py\n"_s;
        const nlohmann::json plain = format->body(r, profile, StageSchemas::get(r.stage));
        r.cachePrefixChars = 8;
        r.cacheKey = u"0123456789abcdef"_s;
        const nlohmann::json body = format->body(r, profile, StageSchemas::get(r.stage));
        // The prompt stays one string: OpenAI caches a byte-identical prefix by itself.
        QVERIFY(body["messages"].back()["content"] == "Shared.\nFile: a.py\n");
        QCOMPARE(body.contains("prompt_cache_key"), key);
        if (key)
            QVERIFY(body["prompt_cache_key"] == "0123456789abcdef");
        nlohmann::json withoutKey = body;
        withoutKey.erase("prompt_cache_key");
        QVERIFY(withoutKey == plain);   // nothing else changes
    }

    void openAiResponse()
    {
        const ProviderProfile profile = ProviderCatalog::instance().get(u"vllm"_s);
        const auto reply = WireFormat::create(profile.format)->parse(nlohmann::json::parse("{\n"
            "            \"id\": \"chatcmpl-1\", \"object\": \"chat.completion\", \"created\": 1, \"model\": \"gpt-oss-120b\",\n"
            "            \"choices\": [{\"index\": 0, \"finish_reason\": \"stop\",\n"
            "                         \"message\": {\"role\": \"assistant\", \"content\": \"{\\\"a\\\":1}\", \"reasoning\": \"thinking...\", \"refusal\": null}}],\n"
            "            \"usage\": {\"prompt_tokens\": 50, \"completion_tokens\": 20, \"total_tokens\": 70,\n"
            "                      \"completion_tokens_details\": {\"reasoning_tokens\": 12}}}"), profile);
        QCOMPARE(reply.text, u"{\"a\":1}"_s);
        QCOMPARE(reply.reasoning, u"thinking..."_s);
        QCOMPARE(reply.finishReason, u"stop"_s);
        QCOMPARE(reply.usage.output, 20);
        QCOMPARE(reply.usage.reasoning, 12);
    }

    void openAiNullContentAndLength()
    {
        const ProviderProfile profile = ProviderCatalog::instance().get(u"openai"_s);
        const auto reply = WireFormat::create(profile.format)->parse(nlohmann::json::parse("{\n"
            "            \"choices\": [{\"finish_reason\": \"length\", \"message\": {\"role\": \"assistant\", \"content\": null}}],\n"
            "            \"usage\": {\"prompt_tokens\": 5, \"completion_tokens\": 64, \"completion_tokens_details\": {\"reasoning_tokens\": 64}}}"), profile);
        QVERIFY(reply.text.isEmpty());
        QCOMPARE(reply.finishReason, u"length"_s);
    }

    void anthropicResponse()
    {
        const ProviderProfile profile = ProviderCatalog::instance().get(u"anthropic"_s);
        const auto reply = WireFormat::create(profile.format)->parse(nlohmann::json::parse("{\n"
            "            \"id\": \"msg_1\", \"type\": \"message\", \"role\": \"assistant\", \"model\": \"claude-sonnet-4-5-20250929\",\n"
            "            \"content\": [{\"type\": \"thinking\", \"thinking\": \"hmm\", \"signature\": \"x\"},\n"
            "                        {\"type\": \"text\", \"text\": \"Here it is.\"},\n"
            "                        {\"type\": \"tool_use\", \"id\": \"toolu_1\", \"name\": \"judge_verdict\", \"input\": {\"is_finished\": true}}],\n"
            "            \"stop_reason\": \"tool_use\", \"stop_sequence\": null,\n"
            "            \"usage\": {\"input_tokens\": 21, \"cache_creation_input_tokens\": 0, \"cache_read_input_tokens\": 188086, \"output_tokens\": 393}}"),
                                                                     profile);
        QCOMPARE(reply.text, u"Here it is."_s);
        QCOMPARE(reply.reasoning, u"hmm"_s);
        QVERIFY(reply.structured.value()["is_finished"] == true);
        QCOMPARE(reply.usage.cacheRead, 188086);
    }

    void malformedResponsesAreErrors_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("openai no choices") << u"openai"_s << QByteArray("{\"object\":\"chat.completion\"}");
        QTest::newRow("openai empty choices") << u"openai"_s << QByteArray("{\"choices\":[]}");
        QTest::newRow("openai null message") << u"openai"_s << QByteArray("{\"choices\":[{\"message\":null}]}");
        QTest::newRow("anthropic no content") << u"anthropic"_s << QByteArray("{\"type\":\"message\"}");
        QTest::newRow("array") << u"anthropic"_s << QByteArray("[]");
    }

    void malformedResponsesAreErrors()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, body);
        const ProviderProfile profile = ProviderCatalog::instance().get(provider);
        QVERIFY_THROWS_EXCEPTION(wb::Error, WireFormat::create(profile.format)->parse(nlohmann::json::parse(body.constData()), profile));
    }

    void errorBodies()
    {
        auto e = WireFormat::parseError("{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}");
        QCOMPARE(e.message, u"Rate limit reached for requests"_s);
        QCOMPARE(e.code, u"rate_limit_exceeded"_s);
        e = WireFormat::parseError("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},\"request_id\":\"req_1\"}");
        QCOMPARE(e.type, u"overloaded_error"_s);
        e = WireFormat::parseError("<html>502 Bad Gateway</html>");
        QCOMPARE(e.message, u"<html>502 Bad Gateway</html>"_s);
    }

    void baseUrlResolution()
    {
        const ProviderProfile profile = ProviderCatalog::instance().get(u"openai"_s);
        qputenv("OPENAI_BASE_URL", "http://127.0.0.1:9999/v1/");
        QCOMPARE(ProviderCatalog::resolveBaseUrl(profile), u"http://127.0.0.1:9999/v1"_s);
        QCOMPARE(ProviderCatalog::resolveBaseUrl(profile, u"http://x/v1"_s), u"http://x/v1"_s);
        qunsetenv("OPENAI_BASE_URL");
        QCOMPARE(ProviderCatalog::resolveBaseUrl(profile), u"https://api.openai.com/v1"_s);
        QVERIFY_THROWS_EXCEPTION(wb::Error, ProviderCatalog::instance().get(u"skynet"_s));
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("mustNotContain");
        QTest::newRow("known key") << u"Incorrect API key provided: my-very-secret-local-key-123."_s
                                   << QStringList{u"my-very-secret-local-key-123"_s} << u"my-very-secret"_s;
        QTest::newRow("openai shape") << u"key sk-proj-AbCdEfGhIjKlMnOpQrStUv was rejected"_s << QStringList{} << u"AbCdEfGh"_s;
        QTest::newRow("anthropic shape") << u"x sk-ant-api03-AAAAAAAAAAAAAAAAAAAAAAAA y"_s << QStringList{} << u"AAAAAAAAAAAA"_s;
        QTest::newRow("bearer header") << u"Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345"_s << QStringList{} << u"abcdefghijkl"_s;
    }

    void redaction()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, secrets);
        QFETCH(QString, mustNotContain);
        const QString out = SecretRedactor::redact(text, secrets);
        QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
        QVERIFY(out.contains(u"[REDACTED]"_s));
    }
};

QTEST_APPLESS_MAIN(TstWireFormat)
#include "tst_wireformat.moc"
