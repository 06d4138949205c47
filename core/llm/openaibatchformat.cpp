// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/openaibatchformat.h"

#include "llm/jsonextractor.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::OpenAiBatchFormat)
};

QString text(const nlohmann::json &o, const char *key)
{
    return o.is_object() && o.contains(key) && o[key].is_string() ? QString::fromStdString(o[key].get<std::string>()) : QString();
}

int number(const nlohmann::json &o, const char *key)
{
    return o.is_object() && o.contains(key) && o[key].is_number_integer() ? o[key].get<int>() : 0;
}

QString pathPart(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

std::optional<BatchHttpRequest> OpenAiBatchFormat::uploadRequest(const QString &baseUrl, const QList<BatchLine> &lines,
                                                                 const QString &endpoint) const
{
    QByteArray jsonl;
    for (const BatchLine &line : lines) {
        const nlohmann::ordered_json entry{{"custom_id", line.customId.toStdString()},
                                   {"method", "POST"},
                                   {"url", endpoint.toStdString()},
                                   {"body", line.body}};
        jsonl += QByteArray::fromStdString(entry.dump()) + '\n';
    }
    BatchHttpRequest r;
    r.method = "POST";
    r.url = baseUrl + u"/files"_s;
    r.body = multipart({{"purpose", "batch"}}, "file", "batch.jsonl", "application/jsonl", jsonl, &r.contentType);
    return r;
}

QString OpenAiBatchFormat::uploadedFileId(const nlohmann::json &reply) const
{
    const QString id = text(reply, "id");
    if (id.isEmpty())
        throw Error(Tr::tr("The file upload was answered without a file id."), Error::Kind::InvalidInput);
    return id;
}

BatchHttpRequest OpenAiBatchFormat::createRequest(const QString &baseUrl, const QList<BatchLine> &, const QString &endpoint,
                                                  const QString &inputFileId) const
{
    const nlohmann::json body{{"input_file_id", inputFileId.toStdString()},
                              {"endpoint", endpoint.toStdString()},
                              {"completion_window", "24h"},
                              {"metadata", {{"created_by", "codedistiller-workbench"}}}};
    return {"POST", baseUrl + u"/batches"_s, "application/json", QByteArray::fromStdString(body.dump())};
}

BatchHttpRequest OpenAiBatchFormat::statusRequest(const QString &baseUrl, const QString &batchId) const
{
    return {"GET", baseUrl + u"/batches/"_s + pathPart(batchId), {}, {}};
}

BatchHttpRequest OpenAiBatchFormat::cancelRequest(const QString &baseUrl, const QString &batchId) const
{
    return {"POST", baseUrl + u"/batches/"_s + pathPart(batchId) + u"/cancel"_s, {}, {}};
}

BatchStatus OpenAiBatchFormat::parseStatus(const nlohmann::json &reply, const QString &baseUrl) const
{
    BatchStatus s;
    s.batchId = text(reply, "id");
    s.providerStatus = text(reply, "status");
    if (s.batchId.isEmpty() || s.providerStatus.isEmpty())
        throw Error(Tr::tr("The answer is not a batch object (no id or status)."), Error::Kind::InvalidInput);
    s.ended = s.providerStatus == u"completed"_s || s.providerStatus == u"expired"_s || s.providerStatus == u"cancelled"_s;
    s.failed = s.providerStatus == u"failed"_s;
    if (reply.contains("request_counts") && reply["request_counts"].is_object()) {
        const auto &counts = reply["request_counts"];
        s.total = number(counts, "total");
        s.succeeded = number(counts, "completed");
        s.errored = number(counts, "failed");
    }
    if (reply.contains("errors") && reply["errors"].is_object() && reply["errors"].contains("data")
        && reply["errors"]["data"].is_array()) {
        QStringList messages;
        for (const auto &e : reply["errors"]["data"]) {
            QString m = text(e, "message");
            if (e.is_object() && e.contains("line") && e["line"].is_number_integer())
                m = Tr::tr("line %1: %2").arg(e["line"].get<int>()).arg(m);
            messages << m;
        }
        s.error = messages.mid(0, 5).join(u"; "_s);
    }
    for (const char *key : {"output_file_id", "error_file_id"})
        if (const QString file = text(reply, key); !file.isEmpty())
            s.resultUrls << baseUrl + u"/files/"_s + pathPart(file) + u"/content"_s;
    return s;
}

std::optional<BatchResultLine> OpenAiBatchFormat::parseResultLine(const QByteArray &line) const
{
    const nlohmann::json j = JsonExtractor::parse(line).value_or(nlohmann::json());   // server data: depth-limited
    if (!j.is_object() || text(j, "custom_id").isEmpty())
        return std::nullopt;
    BatchResultLine r;
    r.customId = text(j, "custom_id");
    const nlohmann::json response = j.value("response", nlohmann::json());
    const nlohmann::json error = j.value("error", nlohmann::json());
    if (response.is_object()) {
        r.httpStatus = number(response, "status_code");
        r.requestId = text(response, "request_id");
        if (response.contains("body"))
            r.body = QByteArray::fromStdString(response["body"].dump());
    }
    const QString code = text(error, "code");
    if (r.httpStatus >= 200 && r.httpStatus < 300 && !error.is_object()) {
        r.outcome = BatchResultLine::Outcome::Succeeded;
        return r;
    }
    r.outcome = code == u"batch_expired"_s     ? BatchResultLine::Outcome::Expired
                : code == u"batch_cancelled"_s ? BatchResultLine::Outcome::Cancelled
                                               : BatchResultLine::Outcome::Errored;
    r.error = text(error, "message");
    if (r.error.isEmpty() && response.is_object() && response.contains("body") && response["body"].is_object())
        r.error = text(response["body"].value("error", nlohmann::json()), "message");
    if (r.error.isEmpty())
        r.error = r.httpStatus > 0 ? Tr::tr("HTTP %1").arg(r.httpStatus) : code;
    return r;
}

} // namespace wb::llm
