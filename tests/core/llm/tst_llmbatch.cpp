// SPDX-License-Identifier: GPL-3.0-or-later
// Provider batches (OpenAI Batch, Anthropic Message Batches) against the loopback server's batch endpoints.
#include "fakebatchapi.h"
#include "fakellmserver.h"
#include "llm/llmbatch.h"
#include "llm/llmclient.h"
#include "store/llmbatchstore.h"
#include "store/llmcallstore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using llm::LlmResult;
using test::FakeResponse;

namespace {

nlohmann::json classification(int rating)
{
    return {{"classification", "code_example"},
            {"description", "A file."},
            {"important_information", nullptr},
            {"computational_requirements", nullptr},
            {"highly_relevant_files", nlohmann::json::array()},
            {"how_relevant_rating", rating},
            {"stand_alone_example", true},
            {"needs_gpu", false}};
}

QString promptOf(const test::RecordedRequest &request)
{
    const auto body = request.json();
    if (!body.is_object() || !body.contains("messages"))
        return {};
    return QString::fromStdString(body["messages"].back().value("content", std::string()));
}

/** file<N>.py is rated N % 5 + 1; a prompt naming "broken.py" is answered with the wrong shape until repaired. */
test::FakeResponse answer(const test::RecordedRequest &request)
{
    static const QRegularExpression file(u"File: file(\\d+)\\.py"_s);
    const QString prompt = promptOf(request);
    const auto m = file.match(prompt);
    nlohmann::json content = classification(m.hasMatch() ? m.captured(1).toInt() % 5 + 1 : 3);
    if (prompt.contains(u"broken.py"_s) && !prompt.contains(u"Your previous answer was"_s))
        content = {{"classification", 7}};
    if (request.path.endsWith("/v1/messages"))
        return FakeResponse::anthropicTool(u"file_classification"_s, content, {{"input_tokens", 1000}, {"output_tokens", 200}});
    return FakeResponse::openAi(QString::fromStdString(content.dump()),
                                {{"prompt_tokens", 1000}, {"completion_tokens", 200}, {"total_tokens", 1200}});
}

llm::LlmClientOptions fastOptions()
{
    llm::LlmClientOptions o;
    o.retry.initialDelaySeconds = 0.01;
    o.retry.maxDelaySeconds = 0.05;
    o.batchPollIntervalMs = 10;
    return o;
}

struct Outcome
{
    QHash<QString, LlmResult> results;
    llm::BatchProgress progress;
};

} // namespace

class TstLlmBatch : public QObject
{
    Q_OBJECT

    llm::LlmRequest request(const test::FakeLlmServer &server, const QString &provider, const QString &file) const
    {
        llm::LlmRequest r;
        r.provider = provider;
        r.stage = u"file_classification"_s;
        r.system = u"You classify files of scientific repositories."_s;
        r.prompt = u"File: %1\n\nimport numpy\n"_s.arg(file);
        r.maxTokens = 1024;
        if (provider == u"openai"_s) {
            r.model = u"gpt-5-mini"_s;
            r.baseUrl = server.openAiBaseUrl();
        } else {
            r.model = u"claude-haiku-4-5-20251001"_s;
            r.baseUrl = server.anthropicBaseUrl();
        }
        return r;
    }

    QList<llm::BatchItem> items(const test::FakeLlmServer &server, const QString &provider, int count) const
    {
        QList<llm::BatchItem> out;
        for (int i = 0; i < count; ++i)
            out.append({u"r%1"_s.arg(i), request(server, provider, u"file%1.py"_s.arg(i)), QByteArray::number(i)});
        return out;
    }

    static Outcome collect(llm::LlmBatch *batch)
    {
        Outcome out;
        const auto connection = connect(batch, &llm::LlmBatch::itemFinished, batch,
                                        [&out](const QString &id, const QByteArray &, const LlmResult &r) {
                                            QVERIFY2(!out.results.contains(id), qPrintable(id));
                                            out.results.insert(id, r);
                                        });
        QSignalSpy finished(batch, &llm::LlmBatch::finished);
        batch->start();
        if (!finished.wait(20000))
            qFatal("the batch did not finish");
        disconnect(connection);
        out.progress = finished.first().first().value<llm::BatchProgress>();
        return out;
    }

    static int synchronousCalls(const test::FakeLlmServer &server)
    {
        int n = 0;
        for (const auto &r : server.requests())
            n += r.path == "/v1/chat/completions" || r.path == "/v1/messages";
        return n;
    }

    static int count(const test::FakeLlmServer &server, const QByteArray &method, const QString &pattern)
    {
        const QRegularExpression re(u"^"_s + pattern + u"$"_s);
        int n = 0;
        for (const auto &r : server.requests())
            n += r.method == method && re.match(QString::fromLatin1(r.path)).hasMatch();
        return n;
    }

    static QString createPath(const QString &provider)
    {
        return provider == u"openai"_s ? u"/v1/batches"_s : u"/v1/messages/batches"_s;
    }

    static double fullCost(const QString &provider)
    {
        // 1000 input and 200 output tokens at the list price (resources/llm/models.json).
        return provider == u"openai"_s ? (1000 * 0.25 + 200 * 2.0) / 1e6 : (1000 * 1.0 + 200 * 5.0) / 1e6;
    }

    static void providers()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("openai") << u"openai"_s;
        QTest::newRow("anthropic") << u"anthropic"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        qputenv("OPENAI_API_KEY", "sk-test-openai-batch");
        qputenv("ANTHROPIC_API_KEY", "sk-ant-test-batch");
    }

    void happyPath_data() { providers(); }
    void happyPath()
    {
        QFETCH(QString, provider);
        test::FakeLlmServer server;
        server.setHandler(answer);
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        const auto batchItems = items(server, provider, 4);
        llm::LlmBatch *batch = llm::LlmBatch::create(&client, 0, u"file_classification"_s, batchItems, this);
        const Outcome out = collect(batch);

        QCOMPARE(out.results.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const LlmResult r = out.results.value(u"r%1"_s.arg(i));
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(nlohmann::json::parse(r.json.constData())["how_relevant_rating"].get<int>(), i % 5 + 1);   // matched by custom_id
            QCOMPARE(r.costUsd.value(), fullCost(provider) * 0.5);                                              // the batch price
            QCOMPARE(r.requestHash, client.requestHash(batchItems[i].request));
        }
        QCOMPARE(out.progress.state, u"collected"_s);
        QCOMPARE(out.progress.answered, 4);
        QCOMPARE(server.batches().created(), 1);
        QCOMPARE(synchronousCalls(server), 0);
        QCOMPARE(count(server, "POST", createPath(provider)), 1);
        // Each line's body is the synchronous call's body.
        const QByteArray submitted = server.requests().first().body;   // the upload (OpenAI) or the batch (Anthropic)
        for (const auto &item : batchItems)
            QVERIFY(submitted.contains(QByteArray::fromStdString(client.prepare(item.request).body.dump())));
        if (provider == u"openai"_s) {
            QCOMPARE(server.requests().first().path, QByteArray("/v1/files"));
            QVERIFY(server.requests().first().headers.value("authorization").startsWith("Bearer "));
        } else {
            QCOMPARE(server.requests().first().headers.value("x-api-key"), QByteArray("sk-ant-test-batch"));
        }

        // Recorded as batch calls at the batch price; the batch is collected and every request done.
        const auto calls = store::LlmCallStore(tmp.workspace()).calls();
        QCOMPARE(calls.size(), 4);
        QSqlQuery q = store::exec(tmp.workspace()->database(), u"SELECT COUNT(*) FROM llm_calls WHERE batch_id = :b"_s,
                                  {{u":b"_s, batch->id()}});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        store::LlmBatchStore batches(tmp.workspace());
        QVERIFY(batches.batch(batch->id())->collectedAt.isValid());
        QVERIFY(batches.openBatches(0).isEmpty());
        for (const auto &item : batches.items(batch->id())) {
            QCOMPARE(item.state, u"done"_s);
            QCOMPARE(item.outcome, u"succeeded"_s);
        }

        // The answers are in the response cache: the same requests again are not sent anywhere.
        const int before = server.requestCount();
        llm::LlmBatch *again = llm::LlmBatch::create(&client, 0, u"file_classification"_s, batchItems, this);
        const Outcome cached = collect(again);
        QCOMPARE(cached.results.size(), 4);
        QVERIFY(cached.results.value(u"r0"_s).fromCache);
        QCOMPARE(server.requestCount(), before);
    }

    void partialFailureIsRetriedSynchronously_data() { providers(); }
    void partialFailureIsRetriedSynchronously()
    {
        QFETCH(QString, provider);
        test::FakeLlmServer server;
        server.setHandler(answer);
        test::FakeBatchBehaviour behaviour;
        behaviour.failing = {u"r1"_s};
        server.batches().setBehaviour(behaviour);
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        llm::LlmBatch *batch = llm::LlmBatch::create(&client, 0, u"file_classification"_s, items(server, provider, 3), this);
        const Outcome out = collect(batch);
        QCOMPARE(out.results.size(), 3);
        for (const auto &r : out.results)
            QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(synchronousCalls(server), 1);
        QVERIFY(promptOf(server.requests().last()).contains(u"file1.py"_s));
        QCOMPARE(out.results.value(u"r1"_s).costUsd.value(), fullCost(provider));   // synchronous: the full price
        QCOMPARE(out.results.value(u"r0"_s).costUsd.value(), fullCost(provider) * 0.5);
        QCOMPARE(out.progress.failed, 1);
        const auto stored = store::LlmBatchStore(tmp.workspace()).items(batch->id());
        QCOMPARE(stored[1].outcome, u"errored"_s);
        QCOMPARE(stored[0].outcome, u"succeeded"_s);
    }

    void malformedLines_data() { providers(); }
    void malformedLines()
    {
        QFETCH(QString, provider);
        test::FakeLlmServer server;
        server.setHandler(answer);
        test::FakeBatchBehaviour behaviour;
        behaviour.malformed = {u"r2"_s};
        server.batches().setBehaviour(behaviour);
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        auto batchItems = items(server, provider, 3);
        batchItems[1].request = request(server, provider, u"broken.py"_s);   // answered in the wrong shape
        llm::LlmBatch *batch = llm::LlmBatch::create(&client, 0, u"file_classification"_s, batchItems, this);
        const Outcome out = collect(batch);
        for (const auto &r : out.results)
            QVERIFY2(r.ok(), qPrintable(r.error));
        // The wrong shape gets the synchronous call's one repair request; the unreadable line is asked again.
        QCOMPARE(synchronousCalls(server), 2);
        const LlmResult repaired = out.results.value(u"r1"_s);
        QCOMPARE(repaired.attempts, 2);
        QCOMPARE(repaired.costUsd.value(), fullCost(provider) * 0.5 + fullCost(provider));
        QCOMPARE(out.results.value(u"r2"_s).costUsd.value(), fullCost(provider));
        QVERIFY(out.progress.message.contains(u"could not be read"_s));
        QCOMPARE(store::LlmBatchStore(tmp.workspace()).items(batch->id())[2].outcome, u"missing"_s);
    }

    void expiredRequests_data() { providers(); }
    void expiredRequests()
    {
        QFETCH(QString, provider);
        test::FakeLlmServer server;
        server.setHandler(answer);
        test::FakeBatchBehaviour behaviour;
        behaviour.expiring = {u"r0"_s, u"r2"_s};
        server.batches().setBehaviour(behaviour);
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        llm::LlmBatch *batch = llm::LlmBatch::create(&client, 0, u"file_classification"_s, items(server, provider, 3), this);
        const Outcome out = collect(batch);
        for (const auto &r : out.results)
            QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(synchronousCalls(server), 2);
        QCOMPARE(out.progress.providerStatus, provider == u"openai"_s ? u"expired"_s : u"ended"_s);
        const auto stored = store::LlmBatchStore(tmp.workspace()).items(batch->id());
        QCOMPARE(stored[0].outcome, u"expired"_s);
        QCOMPARE(stored[1].outcome, u"succeeded"_s);
    }

    void cancelAtTheProvider_data() { providers(); }
    void cancelAtTheProvider()
    {
        QFETCH(QString, provider);
        test::FakeLlmServer server;
        server.setHandler(answer);
        server.batches().setHold(true);
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        llm::LlmBatch *batch = llm::LlmBatch::create(&client, 0, u"file_classification"_s, items(server, provider, 2), this);
        int answered = 0;
        connect(batch, &llm::LlmBatch::itemFinished, this, [&answered] { ++answered; });
        QSignalSpy finished(batch, &llm::LlmBatch::finished);
        batch->start();
        QTRY_VERIFY_WITH_TIMEOUT(count(server, "GET", createPath(provider) + u"/[^/]+"_s) >= 2, 10000);   // in progress
        batch->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(count(server, "POST", createPath(provider) + u"/[^/]+/cancel"_s), 1);
        const auto progress = finished.first().first().value<llm::BatchProgress>();
        QCOMPARE(progress.state, u"cancelled"_s);
        QCOMPARE(progress.providerStatus, provider == u"openai"_s ? u"cancelling"_s : u"canceling"_s);
        QCOMPARE(answered, 0);
        QCOMPARE(synchronousCalls(server), 0);
        store::LlmBatchStore batches(tmp.workspace());
        QCOMPARE(batches.batch(batch->id())->status, u"cancelled"_s);
        QVERIFY(batches.openBatches(0).isEmpty());   // a cancelled batch is not resumed
    }

    void authenticationErrorAnswersEveryRequest_data() { providers(); }
    void authenticationErrorAnswersEveryRequest()
    {
        QFETCH(QString, provider);
        test::FakeLlmServer server;
        server.setHandler(answer);
        server.enqueue(provider == u"openai"_s
                           ? FakeResponse::error(401, {{"error", {{"message", "Incorrect API key provided: sk-test-****"},
                                                                  {"type", "invalid_request_error"},
                                                                  {"code", "invalid_api_key"}}}})
                           : FakeResponse::error(401, {{"type", "error"},
                                                       {"error", {{"type", "authentication_error"}, {"message", "invalid x-api-key"}}}}));
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        llm::LlmBatch *batch = llm::LlmBatch::create(&client, 0, u"file_classification"_s, items(server, provider, 3), this);
        const Outcome out = collect(batch);
        QCOMPARE(out.results.size(), 3);
        for (const auto &r : out.results) {
            QVERIFY(!r.ok());
            QVERIFY(r.errorKind == LlmResult::ErrorKind::Authentication);
            QVERIFY2(r.error.contains(u"API key"_s) && r.error.contains(u"HTTP 401"_s), qPrintable(r.error));
            QVERIFY(!r.error.contains(u"sk-test-openai-batch"_s));
        }
        QCOMPARE(server.requestCount(), 1);   // no synchronous attempt: it would be refused the same way
        QCOMPARE(store::LlmBatchStore(tmp.workspace()).batch(batch->id())->status, u"failed"_s);
    }

    void refusedBatchIsAnsweredSynchronously()
    {
        test::FakeLlmServer server;
        server.setHandler(answer);
        test::FakeBatchBehaviour behaviour;
        behaviour.refuse = true;
        server.batches().setBehaviour(behaviour);
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        llm::LlmBatch *batch = llm::LlmBatch::create(&client, 0, u"file_classification"_s, items(server, u"openai"_s, 2), this);
        const Outcome out = collect(batch);
        for (const auto &r : out.results)
            QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(synchronousCalls(server), 2);
        QVERIFY2(out.progress.message.contains(u"refused (test)"_s), qPrintable(out.progress.message));
    }

    void resumedBatchIsPolledNotResubmitted_data() { providers(); }
    void resumedBatchIsPolledNotResubmitted()
    {
        QFETCH(QString, provider);
        test::FakeLlmServer server;
        server.setHandler(answer);
        server.batches().setHold(true);
        test::TempWorkspace tmp;
        qint64 id = 0;
        {
            llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
            auto *batch = llm::LlmBatch::create(&client, 0, u"file_classification"_s, items(server, provider, 3), &client);
            id = batch->id();
            batch->start();
            QTRY_VERIFY_WITH_TIMEOUT(count(server, "GET", createPath(provider) + u"/[^/]+"_s) >= 1, 10000);
        }   // closed while the provider works on it
        QCOMPARE(store::LlmBatchStore(tmp.workspace()).openBatches(0).size(), 1);
        server.batches().setHold(false);
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        const Outcome out = collect(llm::LlmBatch::resume(&client, id, this));
        QCOMPARE(out.results.size(), 3);
        for (const auto &r : out.results)
            QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(server.batches().created(), 1);
        QCOMPARE(count(server, "POST", createPath(provider)), 1);
        QCOMPARE(synchronousCalls(server), 0);
    }

    void invalidBatchesAreRefusedBeforeAnythingIsSent()
    {
        test::FakeLlmServer server;
        test::TempWorkspace tmp;
        llm::LlmClient client(tmp.workspace(), llm::PriceCatalog::load(), fastOptions());
        auto batchItems = items(server, u"openai"_s, 2);
        batchItems[1].customId = u"r0"_s;
        QVERIFY_THROWS_EXCEPTION(Error, llm::LlmBatch::create(&client, 0, u"x"_s, batchItems, this));
        batchItems[1].customId = u"has space"_s;
        QVERIFY_THROWS_EXCEPTION(Error, llm::LlmBatch::create(&client, 0, u"x"_s, batchItems, this));
        batchItems = items(server, u"openai"_s, 1);
        batchItems.append({u"other"_s, request(server, u"anthropic"_s, u"a.py"_s), {}});
        QVERIFY_THROWS_EXCEPTION(Error, llm::LlmBatch::create(&client, 0, u"x"_s, batchItems, this));
        llm::LlmRequest local = request(server, u"openai"_s, u"a.py"_s);
        local.provider = u"vllm"_s;
        QVERIFY_THROWS_EXCEPTION(Error, llm::LlmBatch::create(&client, 0, u"x"_s, {{u"v"_s, local, {}}}, this));
        QVERIFY(!llm::LlmBatch::supported(u"vllm"_s));
        QVERIFY(llm::LlmBatch::supported(u"anthropic"_s));
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(store::LlmBatchStore(tmp.workspace()).batches(0).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstLlmBatch)
#include "tst_llmbatch.moc"
