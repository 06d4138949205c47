// SPDX-License-Identifier: GPL-3.0-or-later
// The two batch protocols' requests and answers, against the shapes the providers document.
#include "llm/batchformat.h"
#include "llm/providerprofile.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using llm::BatchResultLine;

namespace {
nlohmann::json json(const QByteArray &text)
{
    return nlohmann::json::parse(text.toStdString());
}
} // namespace

class TstBatchFormat : public QObject
{
    Q_OBJECT

    static std::unique_ptr<llm::BatchFormat> format(const QString &provider)
    {
        return llm::BatchFormat::create(llm::ProviderCatalog::instance().get(provider));
    }

private Q_SLOTS:
    void onlyProvidersWithABatchApi()
    {
        QVERIFY(llm::ProviderCatalog::instance().get(u"openai"_s).supportsBatch);
        QVERIFY(llm::ProviderCatalog::instance().get(u"anthropic"_s).supportsBatch);
        QCOMPARE(llm::ProviderCatalog::instance().get(u"openai"_s).batchMaxRequests, 50000);
        QVERIFY_THROWS_EXCEPTION(Error, format(u"vllm"_s));
        QVERIFY_THROWS_EXCEPTION(Error, format(u"openrouter"_s));
    }

    void openAiUploadAndCreate()
    {
        const auto f = format(u"openai"_s);
        const QList<llm::BatchLine> lines{{u"e1-a"_s, {{"model", "gpt-5-mini"}, {"messages", nlohmann::json::array()}}},
                                          {u"e1-b"_s, {{"model", "gpt-5-mini"}, {"messages", nlohmann::json::array()}}}};
        const auto upload = f->uploadRequest(u"https://api.example/v1"_s, lines, u"/v1/chat/completions"_s);
        QVERIFY(upload);
        QCOMPARE(upload->url, u"https://api.example/v1/files"_s);
        QVERIFY(upload->contentType.startsWith("multipart/form-data; boundary="));
        const QByteArray boundary = upload->contentType.mid(upload->contentType.indexOf('=') + 1);
        QVERIFY(upload->body.startsWith(QByteArray("--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n")));
        QVERIFY(upload->body.endsWith(QByteArray("--" + boundary + "--\r\n")));
        // The body exactly as the synchronous call would send it, key order included.
        QVERIFY(upload->body.contains(R"({"custom_id":"e1-a","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-5-mini","messages":[]}})"
                                      "\n"));
        QCOMPARE(f->uploadedFileId(json(R"({"id":"file-abc123","object":"file","purpose":"batch"})")), u"file-abc123"_s);
        QVERIFY_THROWS_EXCEPTION(Error, f->uploadedFileId(json(R"({"object":"file"})")));

        const auto create = f->createRequest(u"https://api.example/v1"_s, lines, u"/v1/chat/completions"_s, u"file-abc123"_s);
        QCOMPARE(create.url, u"https://api.example/v1/batches"_s);
        const auto body = json(create.body);
        QVERIFY(body["input_file_id"] == "file-abc123");
        QVERIFY(body["endpoint"] == "/v1/chat/completions");
        QVERIFY(body["completion_window"] == "24h");
        QCOMPARE(f->statusRequest(u"https://api.example/v1"_s, u"batch_1"_s).url, u"https://api.example/v1/batches/batch_1"_s);
        const auto cancel = f->cancelRequest(u"https://api.example/v1"_s, u"batch_1"_s);
        QCOMPARE(cancel.method, QByteArray("POST"));
        QCOMPARE(cancel.url, u"https://api.example/v1/batches/batch_1/cancel"_s);
    }

    void openAiStatus()
    {
        const auto f = format(u"openai"_s);
        const auto running = f->parseStatus(json(R"({"id":"batch_abc123","object":"batch","status":"in_progress",
            "output_file_id":null,"error_file_id":null,"request_counts":{"total":100,"completed":95,"failed":1}})"),
                                            u"https://api.example/v1"_s);
        QCOMPARE(running.batchId, u"batch_abc123"_s);
        QVERIFY(!running.ended && !running.failed);
        QCOMPARE(running.total, 100);
        QCOMPARE(running.succeeded, 95);
        QCOMPARE(running.errored, 1);
        QVERIFY(running.resultUrls.isEmpty());

        const auto done = f->parseStatus(json(R"({"id":"batch_abc123","status":"completed","output_file_id":"file-out",
            "error_file_id":"file-err","request_counts":{"total":2,"completed":1,"failed":1}})"), u"https://api.example/v1"_s);
        QVERIFY(done.ended);
        QCOMPARE(done.resultUrls, (QStringList{u"https://api.example/v1/files/file-out/content"_s,
                                               u"https://api.example/v1/files/file-err/content"_s}));
        for (const char *status : {"expired", "cancelled"})
            QVERIFY(f->parseStatus({{"id", "b"}, {"status", status}}, {}).ended);

        const auto failed = f->parseStatus(json(R"({"id":"batch_x","status":"failed","errors":{"object":"list",
            "data":[{"code":"invalid_json_line","message":"This line is not parseable as valid JSON.","param":null,"line":3}]}})"), {});
        QVERIFY(failed.failed && !failed.ended);
        QVERIFY2(failed.error.contains(u"line 3"_s) && failed.error.contains(u"not parseable"_s), qPrintable(failed.error));
        QVERIFY_THROWS_EXCEPTION(Error, f->parseStatus(json(R"({"error":{"message":"nope"}})"), {}));
    }

    void openAiResultLines()
    {
        const auto f = format(u"openai"_s);
        const auto ok = f->parseResultLine(R"({"id":"batch_req_1","custom_id":"request-2","response":{"status_code":200,
            "request_id":"req_123","body":{"id":"chatcmpl-1","object":"chat.completion","choices":[]}},"error":null})");
        QVERIFY(ok);
        QCOMPARE(ok->customId, u"request-2"_s);
        QVERIFY(ok->outcome == BatchResultLine::Outcome::Succeeded);
        QCOMPARE(ok->requestId, u"req_123"_s);
        QVERIFY(json(ok->body)["object"] == "chat.completion");

        const auto errored = f->parseResultLine(R"({"id":"batch_req_2","custom_id":"request-3","response":{"status_code":400,
            "request_id":"req_4","body":{"error":{"message":"Invalid model","type":"invalid_request_error"}}},"error":null})");
        QVERIFY(errored->outcome == BatchResultLine::Outcome::Errored);
        QCOMPARE(errored->httpStatus, 400);
        QCOMPARE(errored->error, u"Invalid model"_s);

        const auto expired = f->parseResultLine(R"({"id":"batch_req_3","custom_id":"request-4","response":null,
            "error":{"code":"batch_expired","message":"This request could not be executed before the completion window expired."}})");
        QVERIFY(expired->outcome == BatchResultLine::Outcome::Expired);
        const auto cancelled = f->parseResultLine(R"({"custom_id":"r5","response":null,"error":{"code":"batch_cancelled","message":"x"}})");
        QVERIFY(cancelled->outcome == BatchResultLine::Outcome::Cancelled);

        QVERIFY(!f->parseResultLine("{\"id\":\"batch_req_1\",\"custom_id\":\"request-2\",\"resp"));
        QVERIFY(!f->parseResultLine(R"({"id":"batch_req_1","response":{"status_code":200}})"));
    }

    void anthropicCreateAndStatus()
    {
        const auto f = format(u"anthropic"_s);
        QVERIFY(!f->uploadRequest(u"https://api.anthropic.example"_s, {}, {}));
        const QList<llm::BatchLine> lines{{u"my-first-request"_s, {{"model", "claude-haiku-4-5"}, {"max_tokens", 1024}}}};
        const auto create = f->createRequest(u"https://api.anthropic.example"_s, lines, {}, {});
        QCOMPARE(create.url, u"https://api.anthropic.example/v1/messages/batches"_s);
        const auto body = json(create.body);
        QVERIFY(body["requests"][0]["custom_id"] == "my-first-request");
        QVERIFY(body["requests"][0]["params"]["max_tokens"] == 1024);
        QCOMPARE(f->cancelRequest(u"https://api.anthropic.example"_s, u"msgbatch_1"_s).url,
                 u"https://api.anthropic.example/v1/messages/batches/msgbatch_1/cancel"_s);

        // "\/" in the JSON below: moc would take a "//" in a raw string over several lines for a comment.
        const auto running = f->parseStatus(json(R"({"id":"msgbatch_013Zva2CMHLNnXjNJJKqJ2EF","type":"message_batch",
            "processing_status":"in_progress","request_counts":{"processing":100,"succeeded":50,"errored":30,"canceled":10,"expired":10},
            "ended_at":null,"results_url":null})"), u"https://api.anthropic.example"_s);
        QVERIFY(!running.ended);
        QCOMPARE(running.total, 200);
        QCOMPARE(running.succeeded, 50);
        QCOMPARE(running.errored, 30);
        QCOMPARE(running.cancelled, 10);
        QCOMPARE(running.expired, 10);

        const auto ended = f->parseStatus(json(R"({"id":"msgbatch_1","processing_status":"ended",
            "results_url":"https:\/\/api.anthropic.example\/v1\/messages\/batches\/msgbatch_1\/results"})"), u"https://api.anthropic.example"_s);
        QVERIFY(ended.ended);
        QCOMPARE(ended.resultUrls, QStringList{u"https://api.anthropic.example/v1/messages/batches/msgbatch_1/results"_s});
        // The key goes only to the configured server: a results_url elsewhere is replaced by the documented path.
        const auto foreign = f->parseStatus(json(R"({"id":"msgbatch_1","processing_status":"ended",
            "results_url":"https:\/\/elsewhere.example\/steal"})"), u"https://api.anthropic.example"_s);
        QCOMPARE(foreign.resultUrls, QStringList{u"https://api.anthropic.example/v1/messages/batches/msgbatch_1/results"_s});
    }

    void anthropicResultLines()
    {
        const auto f = format(u"anthropic"_s);
        const auto ok = f->parseResultLine(R"({"custom_id":"my-second-request","result":{"type":"succeeded","message":{
            "id":"msg_014VwiXbi91y3JMjcpyGBHX5","type":"message","role":"assistant","model":"claude-haiku-4-5",
            "content":[{"type":"text","text":"Hello again!"}],"stop_reason":"end_turn","usage":{"input_tokens":11,"output_tokens":7}}}})");
        QVERIFY(ok->outcome == BatchResultLine::Outcome::Succeeded);
        QVERIFY(json(ok->body)["content"][0]["text"] == "Hello again!");
        const auto errored = f->parseResultLine(R"({"custom_id":"my-third-request","result":{"type":"errored","error":{
            "type":"error","error":{"type":"invalid_request_error","message":"Validation error"}}}})");
        QVERIFY(errored->outcome == BatchResultLine::Outcome::Errored);
        QCOMPARE(errored->error, u"Validation error [invalid_request_error]"_s);
        QVERIFY(f->parseResultLine(R"({"custom_id":"a","result":{"type":"expired"}})")->outcome == BatchResultLine::Outcome::Expired);
        QVERIFY(f->parseResultLine(R"({"custom_id":"a","result":{"type":"canceled"}})")->outcome == BatchResultLine::Outcome::Cancelled);
        QVERIFY(!f->parseResultLine(R"({"custom_id":"a","result":{"type":"sideways"}})"));
        QVERIFY(!f->parseResultLine("{\"custom_id\":\"a\",\"res"));
    }
};

QTEST_GUILESS_MAIN(TstBatchFormat)
#include "tst_batchformat.moc"
