// SPDX-License-Identifier: GPL-3.0-or-later
// The client against a loopback server that speaks both wire formats and injects faults.
#include "fakellmserver.h"
#include "llm/cassette.h"
#include "llm/llmcall.h"
#include "llm/llmclient.h"
#include "store/blobstore.h"
#include "store/llmcallstore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using llm::LlmResult;
using test::FakeResponse;

namespace {

const char *const kPlantedKey = "sk-ant-planted-SECRET-0123456789abcdef";

nlohmann::json classification(int rating = 4)
{
    return {{"classification", "code_example"},
            {"description", "Relaxes a crystal structure with EMT."},
            {"important_information", nullptr},
            {"computational_requirements", nullptr},
            {"highly_relevant_files", nlohmann::json::array()},
            {"how_relevant_rating", rating},
            {"stand_alone_example", true},
            {"needs_gpu", false}};
}

LlmResult run(llm::LlmClient &client, const llm::LlmRequest &request, int timeoutMs = 20000)
{
    llm::LlmCall *call = client.send(request);
    QSignalSpy spy(call, &llm::LlmCall::finished);
    if (!spy.wait(timeoutMs))
        qFatal("the call did not finish");
    return spy.first().first().value<LlmResult>();
}

llm::LlmClientOptions fastOptions()
{
    llm::LlmClientOptions o;
    o.retry.maxRetries = 2;
    o.retry.initialDelaySeconds = 0.01;
    o.retry.maxDelaySeconds = 0.05;
    o.totalTimeoutMs = 5000;
    o.connectTimeoutMs = 5000;
    o.idleTimeoutMs = 5000;
    return o;
}

} // namespace

class TstLlmClient : public QObject
{
    Q_OBJECT

    llm::LlmRequest vllm(const test::FakeLlmServer &server, const QString &stage = u"file_classification"_s) const
    {
        llm::LlmRequest r;
        r.provider = u"vllm"_s;
        r.model = u"gpt-oss-120b"_s;
        r.stage = stage;
        r.system = u"You classify files of scientific repositories."_s;
        r.prompt = u"File: examples/relax.py\n\nfrom ase.build import bulk\n"_s;
        r.maxTokens = 1024;
        r.baseUrl = server.openAiBaseUrl();
        return r;
    }

    llm::LlmRequest anthropic(const test::FakeLlmServer &server, const QString &stage = u"file_classification"_s) const
    {
        llm::LlmRequest r = vllm(server, stage);
        r.provider = u"anthropic"_s;
        r.model = u"claude-haiku-4-5-20251001"_s;
        r.baseUrl = server.anthropicBaseUrl();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        qputenv("ANTHROPIC_API_KEY", kPlantedKey);
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("VLLM_BASE_URL");
    }

    void openAiFormatStageCall()
    {
        test::FakeLlmServer server;
        server.enqueue(FakeResponse::openAi(QString::fromStdString(classification().dump()),
                                            {{"prompt_tokens", 1200}, {"completion_tokens", 300}, {"total_tokens", 1500},
                                             {"prompt_tokens_details", {{"cached_tokens", 200}}},
                                             {"completion_tokens_details", {{"reasoning_tokens", 120}}}}));
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        const LlmResult r = run(client, vllm(server));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(nlohmann::json::parse(r.json.constData())["how_relevant_rating"] == 4);
        QCOMPARE(r.usage.inputUncached, 1000);
        QCOMPARE(r.usage.cacheRead, 200);
        QCOMPARE(r.usage.reasoning, 120);
        QCOMPARE(r.costUsd.value(), (1000 * 0.15 + 200 * 0.15 + 300 * 0.60) / 1e6);
        QCOMPARE(r.requestId, u"req_test_openai"_s);
        QCOMPARE(r.attempts, 1);

        const auto requests = server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].path, QByteArray("/v1/chat/completions"));
        const auto body = requests[0].json();
        QVERIFY(body["response_format"]["json_schema"]["name"] == "file_classification");
        QVERIFY(body["max_tokens"] == 1024);
        QVERIFY(!requests[0].headers.contains("authorization"));   // vLLM needs no key

        const auto calls = store::LlmCallStore(tmp.workspace()).calls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].status, u"ok"_s);
        QCOMPARE(calls[0].stage, u"file_classification"_s);
        QCOMPARE(calls[0].inputTokens, 1000);
        QCOMPARE(calls[0].cachedInputTokens, 200);
        QCOMPARE(calls[0].outputTokens, 300);
        QCOMPARE(calls[0].requestHash, r.requestHash);
        QVERIFY(!calls[0].requestBlob.isEmpty() && !calls[0].responseBlob.isEmpty());
    }

    void anthropicForcedTool()
    {
        test::FakeLlmServer server;
        server.enqueue(FakeResponse::anthropicTool(u"file_classification"_s, classification(5),
                                                   {{"input_tokens", 100}, {"cache_read_input_tokens", 4000},
                                                    {"cache_creation_input_tokens", 0}, {"output_tokens", 50}}));
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        const LlmResult r = run(client, anthropic(server));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(nlohmann::json::parse(r.json.constData())["how_relevant_rating"] == 5);
        QCOMPARE(r.costUsd.value(), (100 * 1.0 + 4000 * 0.10 + 50 * 5.0) / 1e6);
        const auto req = server.requests().first();
        QCOMPARE(req.path, QByteArray("/v1/messages"));
        QCOMPARE(req.headers.value("x-api-key"), QByteArray(kPlantedKey));
        QCOMPARE(req.headers.value("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(req.json()["tool_choice"]["name"] == "file_classification");
    }

    void schemaInPromptAndTolerantParsing()
    {
        test::FakeLlmServer server;
        server.enqueue(FakeResponse::openAi(u"Sure, here is the classification:\n```json\n"_s
                                            + QString::fromStdString(classification(3).dump(2)) + u"\n```\nHope it helps."_s));
        llm::LlmClient client(nullptr, llm::PriceCatalog::load(), fastOptions());
        auto request = vllm(server);
        request.provider = u"openai-compatible"_s;
        const LlmResult r = run(client, request);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(nlohmann::json::parse(r.json.constData())["how_relevant_rating"] == 3);
        QVERIFY(!server.requests().first().json().contains("response_format"));
    }

    void oneRepairRequestThenSuccess()
    {
        test::FakeLlmServer server;
        server.enqueue(FakeResponse::openAi(QString::fromStdString(classification(9).dump())));
        server.enqueue(FakeResponse::openAi(QString::fromStdString(classification(2).dump())));
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        const LlmResult r = run(client, vllm(server));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.usage.inputUncached, 24);   // both attempts' usage counts
        const QString repairPrompt = QString::fromStdString(server.requests()[1].json()["messages"][1]["content"].get<std::string>());
        QVERIFY(repairPrompt.contains(u"is not usable as an answer to the required JSON schema"_s));
        QVERIFY(repairPrompt.contains(u"how_relevant_rating"_s));
    }

    void wrongSchemaTwiceIsAClearError()
    {
        test::FakeLlmServer server;
        server.enqueue(FakeResponse::openAi(u"{\"classification\": null}"_s));
        server.enqueue(FakeResponse::openAi(u"no JSON at all"_s));
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        const LlmResult r = run(client, vllm(server));
        QCOMPARE(int(r.status), int(LlmResult::Status::Failed));
        QCOMPARE(int(r.errorKind), int(LlmResult::ErrorKind::Schema));
        QVERIFY2(r.error.contains(u"file_classification"_s), qPrintable(r.error));
        QCOMPARE(server.requestCount(), 2);
        const auto calls = store::LlmCallStore(tmp.workspace()).calls();
        QCOMPARE(calls.first().status, u"error"_s);
        QVERIFY(calls.first().error.startsWith(u"schema:"_s));
    }

    void faultMatrix_data()
    {
        QTest::addColumn<QList<FakeResponse>>("script");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("requests");   // as the server saw them

        const FakeResponse good = FakeResponse::openAi(QString::fromStdString(classification().dump()));
        QTest::newRow("429 with retry-after-ms")
            << QList<FakeResponse>{FakeResponse::error(429, {{"error", {{"message", "Rate limit reached for requests"}, {"type", "requests"}}}},
                                                       {{"retry-after-ms", "30"}}),
                                   good}
            << true << int(LlmResult::ErrorKind::None) << 2;
        QTest::newRow("500 then 529 then success")
            << QList<FakeResponse>{FakeResponse::error(500, {{"error", {{"message", "boom"}}}}),
                                   FakeResponse::error(529, {{"type", "error"}, {"error", {{"type", "overloaded_error"}, {"message", "Overloaded"}}}}),
                                   good}
            << true << int(LlmResult::ErrorKind::None) << 3;
        QTest::newRow("500 three times")
            << QList<FakeResponse>{FakeResponse::error(500, {}), FakeResponse::error(502, {}), FakeResponse::error(503, {})}
            << false << int(LlmResult::ErrorKind::Server) << 3;
        QTest::newRow("connection reset then success")
            << QList<FakeResponse>{FakeResponse::withFault(FakeResponse::Fault::Reset), good} << true << int(LlmResult::ErrorKind::None) << 2;
        QTest::newRow("truncated body then success")
            << QList<FakeResponse>{FakeResponse::withFault(FakeResponse::Fault::Truncate), good} << true << int(LlmResult::ErrorKind::None) << 2;
        QTest::newRow("stall past the timeout")
            << QList<FakeResponse>{FakeResponse::withFault(FakeResponse::Fault::Stall), FakeResponse::withFault(FakeResponse::Fault::Stall),
                                   FakeResponse::withFault(FakeResponse::Fault::Stall)}
            << false << int(LlmResult::ErrorKind::Timeout) << 3;
        QTest::newRow("quota is never retried")
            << QList<FakeResponse>{FakeResponse::error(429, {{"error", {{"message", "You exceeded your current quota"}, {"type", "insufficient_quota"}, {"code", "insufficient_quota"}}}}), good}
            << false << int(LlmResult::ErrorKind::Quota) << 1;
        QTest::newRow("retry-after beyond the limit")
            << QList<FakeResponse>{FakeResponse::error(429, {{"error", {{"message", "slow down"}}}}, {{"retry-after", "3600"}}), good}
            << false << int(LlmResult::ErrorKind::RateLimit) << 1;
        QTest::newRow("400 is not retried")
            << QList<FakeResponse>{FakeResponse::error(400, {{"error", {{"message", "Unsupported value: 'temperature'"}, {"param", "temperature"}, {"code", "unsupported_value"}}}}), good}
            << false << int(LlmResult::ErrorKind::Request) << 1;
        FakeResponse notJson;
        notJson.body = "<html><body>502 Bad Gateway</body></html>";
        QTest::newRow("200 with a body that is not JSON") << QList<FakeResponse>{notJson} << false
                                                          << int(LlmResult::ErrorKind::InvalidResponse) << 1;
        FakeResponse wrongShape;
        wrongShape.body = "{\"object\": \"chat.completion\", \"choices\": []}";
        QTest::newRow("valid JSON of the wrong shape") << QList<FakeResponse>{wrongShape} << false
                                                       << int(LlmResult::ErrorKind::InvalidResponse) << 1;
    }

    void faultMatrix()
    {
        QFETCH(QList<FakeResponse>, script);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(int, requests);
        test::FakeLlmServer server;
        for (const auto &r : script)
            server.enqueue(r);
        test::TempWorkspace tmp;
        auto options = fastOptions();
        options.totalTimeoutMs = 400;
        options.idleTimeoutMs = 400;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), options);
        const LlmResult r = run(client, vllm(server));
        QVERIFY2(r.ok() == ok, qPrintable(r.error));
        QCOMPARE(int(r.errorKind), kind);
        QCOMPARE(server.requestCount(), requests);
        // Qt resends a request once by itself when the connection drops before any answer: the server
        // may then see one more request than the client counted as attempts.
        QVERIFY(r.attempts == requests || (r.attempts == requests - 1 && QByteArray(QTest::currentDataTag()).contains("reset")));
        if (!ok) {
            QVERIFY(!r.error.isEmpty());
            QVERIFY2(r.error.contains(u"vLLM"_s), qPrintable(r.error));
        }
        // Exactly one complete row per call, whatever happened.
        const auto calls = store::LlmCallStore(tmp.workspace()).calls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].status, ok ? u"ok"_s : u"error"_s);
    }

    void fiveMegabyteResponse()
    {
        test::FakeLlmServer server;
        const QString big(5 * 1024 * 1024, u'x');
        server.enqueue(FakeResponse::openAi(big));
        server.enqueue(FakeResponse::openAi(big));
        llm::LlmClient client(nullptr, llm::PriceCatalog::load(), fastOptions());
        auto request = vllm(server, QString());
        LlmResult r = run(client, request);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.text.size(), big.size());

        auto options = fastOptions();
        options.maxResponseBytes = 1024 * 1024;
        llm::LlmClient limited(nullptr, llm::PriceCatalog::load(), options);
        r = run(limited, request);
        QCOMPARE(int(r.errorKind), int(LlmResult::ErrorKind::TooLarge));
    }

    void emptyAnswerFromTheTokenCap()
    {
        test::FakeLlmServer server;
        FakeResponse capped;
        capped.body = "{\"choices\":[{\"index\":0,\"finish_reason\":\"length\",\"message\":{\"role\":\"assistant\",\"content\":null}}],\n"
            "                          \"usage\":{\"prompt_tokens\":10,\"completion_tokens\":64,\"completion_tokens_details\":{\"reasoning_tokens\":64}}}";
        server.enqueue(capped);
        llm::LlmClient client(nullptr, llm::PriceCatalog::load(), fastOptions());
        const LlmResult r = run(client, vllm(server, QString()));
        QCOMPARE(int(r.errorKind), int(LlmResult::ErrorKind::InvalidResponse));
        QVERIFY2(r.error.contains(u"token cap"_s), qPrintable(r.error));
        QVERIFY(r.usage.known);   // what it cost is still known
    }

    void cancelAbortsAndRecordsOnce()
    {
        test::FakeLlmServer server;
        server.enqueue(FakeResponse::withFault(FakeResponse::Fault::Stall));
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        llm::LlmCall *call = client.send(vllm(server));
        QSignalSpy spy(call, &llm::LlmCall::finished);
        QTRY_COMPARE(server.requestCount(), 1);
        call->cancel();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(int(spy.first().first().value<LlmResult>().status), int(LlmResult::Status::Cancelled));
        QTest::qWait(50);
        QCOMPARE(spy.size(), 1);
        const auto calls = store::LlmCallStore(tmp.workspace()).calls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].status, u"cancelled"_s);
    }

    void identicalRequestsComeFromTheCache()
    {
        test::FakeLlmServer server;
        server.enqueue(FakeResponse::openAi(QString::fromStdString(classification().dump())));
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        const LlmResult first = run(client, vllm(server));
        QVERIFY(first.ok());
        QVERIFY(first.costUsd.value() > 0);
        const LlmResult second = run(client, vllm(server));
        QVERIFY(second.ok());
        QVERIFY(second.fromCache);
        QCOMPARE(second.json, first.json);
        QCOMPARE(second.costUsd.value(), 0.0);
        QCOMPARE(server.requestCount(), 1);
        server.enqueue(FakeResponse::openAi(QString::fromStdString(classification().dump())));
        auto noCache = vllm(server);
        noCache.useCache = false;
        QVERIFY(run(client, noCache).ok());
        QCOMPARE(server.requestCount(), 2);
        const auto calls = store::LlmCallStore(tmp.workspace()).calls();
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls[1].status, u"cached"_s);
    }

    void replayServesOnlyRecordedAnswers()
    {
        test::FakeLlmServer server;
        server.enqueue(FakeResponse::anthropicTool(u"file_classification"_s, classification()));
        test::TempWorkspace online;
        {
            llm::LlmClient client(online.workspace(), llm::PriceCatalog::load(), fastOptions());
            QVERIFY(run(client, anthropic(server)).ok());
        }
        const QString cassette = online.path(u"calls.jsonl"_s);
        QCOMPARE(llm::Cassette::exportFrom(online.workspace(), cassette), 1);

        test::TempWorkspace offline;
        auto options = fastOptions();
        options.replay = true;
        options.cassettePath = cassette;
        llm::LlmClient replay(offline.workspace(), llm::PriceCatalog::load(), options);
        const LlmResult hit = run(replay, anthropic(server));
        QVERIFY2(hit.ok(), qPrintable(hit.error));
        QVERIFY(hit.fromCache);
        auto other = anthropic(server);
        other.prompt = u"A request never recorded."_s;
        const LlmResult miss = run(replay, other);
        QCOMPARE(int(miss.errorKind), int(LlmResult::ErrorKind::CacheMiss));
        QVERIFY2(miss.error.contains(u"Replay"_s), qPrintable(miss.error));
        QCOMPARE(server.requestCount(), 1);   // replay never touched the network
    }

    void replayMatchesContentRules()
    {
        // A hand-written cassette answers by stage and prompt content, first matching rule wins.
        auto completion = [](int rating) {
            return nlohmann::json{{"choices", {{{"index", 0}, {"finish_reason", "stop"},
                                                {"message", {{"role", "assistant"}, {"content", classification(rating).dump()}}}}}},
                                  {"usage", {{"prompt_tokens", 10}, {"completion_tokens", 5}}}};
        };
        auto rule = [&](nlohmann::json match, int rating) {
            return nlohmann::json{{"match", match}, {"provider", "vllm"}, {"model", "m"}, {"response", completion(rating)}}.dump();
        };
        test::TempWorkspace ws;
        const QString path = ws.path(u"rules.jsonl"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(nlohmann::json{{"comment", "rules for the test"}}.dump().c_str());
        f.write("\n");
        f.write(rule({{"stage", "file_classification"}, {"prompt_contains", {"relax.py"}}, {"prompt_excludes", {"EMT"}}}, 5).c_str());
        f.write("\n");
        f.write(rule({{"stage", "file_classification"}, {"prompt_contains", {"relax.py"}}}, 3).c_str());
        f.write("\n");
        f.close();

        test::FakeLlmServer server;
        auto options = fastOptions();
        options.replay = true;
        options.cassettePath = path;
        llm::LlmClient replay(nullptr, llm::PriceCatalog::load(), options);
        auto request = vllm(server);
        const LlmResult first = run(replay, request);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(nlohmann::json::parse(first.json.toStdString())["how_relevant_rating"].get<int>(), 5);
        request.prompt += u"uses EMT"_s;
        const LlmResult second = run(replay, request);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(nlohmann::json::parse(second.json.toStdString())["how_relevant_rating"].get<int>(), 3);
        request.prompt = u"File: other.py"_s;
        QCOMPARE(int(run(replay, request).errorKind), int(LlmResult::ErrorKind::CacheMiss));
        request.prompt = u"File: examples/relax.py"_s;
        request.stage = u"judge_verdict"_s;   // rules are per stage
        QCOMPARE(int(run(replay, request).errorKind), int(LlmResult::ErrorKind::CacheMiss));
        QCOMPARE(server.requestCount(), 0);
    }

    void cassetteRejectsEntriesWithoutKey()
    {
        test::TempWorkspace ws;
        const QString path = ws.path(u"bad.jsonl"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"provider\": \"vllm\", \"model\": \"m\", \"response\": {}}\n");
        f.close();
        try {
            llm::Cassette::load(path);
            QFAIL("an entry without request_hash or match was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"line 1"_s), qPrintable(e.message()));
        }
    }

    void concurrencyLimitPerProvider()
    {
        test::FakeLlmServer server;
        for (int i = 0; i < 4; ++i) {
            FakeResponse r = FakeResponse::openAi(u"pong"_s);
            r.delayMs = 60;
            server.enqueue(r);
        }
        llm::LlmClient client(nullptr, llm::PriceCatalog::load(), fastOptions());
        QList<llm::LlmCall *> calls;
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (int i = 0; i < 4; ++i) {
            auto request = vllm(server, QString());
            request.provider = u"ollama"_s;   // max_concurrency 1 in its profile
            request.prompt += QString::number(i);
            calls << client.send(request);
            spies << std::make_shared<QSignalSpy>(calls.last(), &llm::LlmCall::finished);
        }
        for (const auto &spy : spies)
            QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 10000);
        QCOMPARE(server.requestCount(), 4);
        QCOMPARE(server.maxInFlight(), 1);
    }

    void configurationErrors()
    {
        llm::LlmClient client(nullptr, llm::PriceCatalog::load(), fastOptions());
        llm::LlmRequest r;
        r.provider = u"openai"_s;
        r.model = u"gpt-5"_s;
        r.prompt = u"hi"_s;
        LlmResult result = run(client, r);
        QCOMPARE(int(result.errorKind), int(LlmResult::ErrorKind::Authentication));
        QVERIFY(result.error.contains(u"OPENAI_API_KEY"_s));
        r.provider = u"nonexistent"_s;
        QCOMPARE(int(run(client, r).errorKind), int(LlmResult::ErrorKind::Configuration));
        r.provider = u"vllm"_s;
        r.stage = u"no_such_stage"_s;
        QCOMPARE(int(run(client, r).errorKind), int(LlmResult::ErrorKind::Configuration));
        r.stage.clear();
        r.baseUrl = u"ftp://example.invalid"_s;
        QCOMPARE(int(run(client, r).errorKind), int(LlmResult::ErrorKind::Configuration));
    }

    void temperatureIsDroppedWhereTheModelRejectsIt()
    {
        test::FakeLlmServer server;
        llm::LlmClient client(nullptr, llm::PriceCatalog::load(), fastOptions());
        auto r = vllm(server, QString());
        r.model = u"gpt-5"_s;
        r.temperature = 0.0;
        QVERIFY(run(client, r).ok());
        QVERIFY(!server.requests().last().json().contains("temperature"));
        r.model = u"gpt-oss-120b"_s;
        QVERIFY(run(client, r).ok());
        QVERIFY(server.requests().last().json()["temperature"] == 0.0);
    }

    void plantedKeyNeverReachesTheWorkspace()
    {
        test::FakeLlmServer server;
        // A server that echoes the key back in its error, as some proxies do.
        server.enqueue(FakeResponse::error(401, {{"type", "error"},
                                                 {"error", {{"type", "authentication_error"},
                                                            {"message", std::string("invalid x-api-key: ") + kPlantedKey}}}}));
        server.enqueue(FakeResponse::anthropicTool(u"file_classification"_s, classification()));
        test::TempWorkspace tmp;
        {
            llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
            const LlmResult failed = run(client, anthropic(server));
            QCOMPARE(int(failed.errorKind), int(LlmResult::ErrorKind::Authentication));
            QVERIFY2(!failed.error.contains(QLatin1StringView(kPlantedKey)), qPrintable(failed.error));
            QVERIFY(failed.error.contains(u"[REDACTED]"_s));
            auto again = anthropic(server);
            again.prompt += u" again"_s;
            QVERIFY(run(client, again).ok());
            QVERIFY(server.requests().last().headers.value("x-api-key") == kPlantedKey);   // it was used
        }
        store::exec(tmp.workspace()->database(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        // Every file of the workspace (database, WAL, cache) and every stored blob, uncompressed.
        QDirIterator it(tmp.dir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kPlantedKey), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 0);
        const store::BlobStore blobs(tmp.workspace());
        QSqlQuery q = store::exec(tmp.workspace()->database(), u"SELECT sha256 FROM blobs"_s);
        int blobCount = 0;
        while (q.next()) {
            QVERIFY(!blobs.get(q.value(0).toString())->contains(kPlantedKey));
            ++blobCount;
        }
        QVERIFY(blobCount >= 3);
        for (const auto &c : store::LlmCallStore(tmp.workspace()).calls())
            QVERIFY(!c.error.contains(QLatin1StringView(kPlantedKey)));
    }
};

QTEST_GUILESS_MAIN(TstLlmClient)
#include "tst_llmclient.moc"
