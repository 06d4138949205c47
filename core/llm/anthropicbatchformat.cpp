// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/anthropicbatchformat.h"

#include "llm/jsonextractor.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::AnthropicBatchFormat)
};

QString text(const nlohmann::json &o, const char *key)
{
    return o.is_object() && o.contains(key) && o[key].is_string() ? QString::fromStdString(o[key].get<std::string>()) : QString();
}

int number(const nlohmann::json &o, const char *key)
{
    return o.is_object() && o.contains(key) && o[key].is_number_integer() ? o[key].get<int>() : 0;
}

/** Every cache breakpoint of @p params gets the 1-hour lifetime: a batch's requests may run an hour apart. */
void longCacheLifetime(nlohmann::ordered_json &params)
{
    auto mark = [](nlohmann::ordered_json &blocks) {
        if (!blocks.is_array())
            return;
        for (auto &block : blocks)
            if (block.is_object() && block.contains("cache_control") && block["cache_control"].is_object())
                block["cache_control"]["ttl"] = "1h";
    };
    if (params.contains("system"))
        mark(params["system"]);
    if (params.contains("messages") && params["messages"].is_array())
        for (auto &message : params["messages"])
            if (message.is_object() && message.contains("content"))
                mark(message["content"]);
}

QString batchUrl(const QString &baseUrl, const QString &batchId)
{
    return baseUrl + u"/v1/messages/batches/"_s + QString::fromLatin1(QUrl::toPercentEncoding(batchId));
}
} // namespace

std::optional<BatchHttpRequest> AnthropicBatchFormat::uploadRequest(const QString &, const QList<BatchLine> &, const QString &) const
{
    return std::nullopt;
}

QString AnthropicBatchFormat::uploadedFileId(const nlohmann::json &) const
{
    return {};
}

BatchHttpRequest AnthropicBatchFormat::createRequest(const QString &baseUrl, const QList<BatchLine> &lines, const QString &,
                                                     const QString &) const
{
    nlohmann::ordered_json requests = nlohmann::ordered_json::array();
    for (const BatchLine &line : lines) {
        nlohmann::ordered_json params = line.body;
        longCacheLifetime(params);
        requests.push_back({{"custom_id", line.customId.toStdString()}, {"params", params}});
    }
    const nlohmann::ordered_json body{{"requests", requests}};
    return {"POST", baseUrl + u"/v1/messages/batches"_s, "application/json", QByteArray::fromStdString(body.dump())};
}

BatchHttpRequest AnthropicBatchFormat::statusRequest(const QString &baseUrl, const QString &batchId) const
{
    return {"GET", batchUrl(baseUrl, batchId), {}, {}};
}

BatchHttpRequest AnthropicBatchFormat::cancelRequest(const QString &baseUrl, const QString &batchId) const
{
    return {"POST", batchUrl(baseUrl, batchId) + u"/cancel"_s, {}, {}};
}

BatchStatus AnthropicBatchFormat::parseStatus(const nlohmann::json &reply, const QString &baseUrl) const
{
    BatchStatus s;
    s.batchId = text(reply, "id");
    s.providerStatus = text(reply, "processing_status");
    if (s.batchId.isEmpty() || s.providerStatus.isEmpty())
        throw Error(Tr::tr("The answer is not a message batch (no id or processing_status)."), Error::Kind::InvalidInput);
    s.ended = s.providerStatus == u"ended"_s;
    if (reply.contains("request_counts") && reply["request_counts"].is_object()) {
        const auto &counts = reply["request_counts"];
        s.succeeded = number(counts, "succeeded");
        s.errored = number(counts, "errored");
        s.expired = number(counts, "expired");
        s.cancelled = number(counts, "canceled");
        s.total = number(counts, "processing") + s.succeeded + s.errored + s.expired + s.cancelled;
    }
    if (s.ended) {
        // results_url is the documented way to the results; the key is sent only to the configured server.
        const QUrl results(text(reply, "results_url"));
        const QUrl base(baseUrl);
        const bool sameOrigin = results.isValid() && results.scheme() == base.scheme() && results.host() == base.host()
                                && results.port(-1) == base.port(-1);
        s.resultUrls << (sameOrigin ? results.toString() : batchUrl(baseUrl, s.batchId) + u"/results"_s);
    }
    return s;
}

std::optional<BatchResultLine> AnthropicBatchFormat::parseResultLine(const QByteArray &line) const
{
    const nlohmann::json j = JsonExtractor::parse(line).value_or(nlohmann::json());   // server data: depth-limited
    if (!j.is_object() || text(j, "custom_id").isEmpty() || !j.contains("result") || !j["result"].is_object())
        return std::nullopt;
    const auto &result = j["result"];
    const QString type = text(result, "type");
    BatchResultLine r;
    r.customId = text(j, "custom_id");
    if (type == u"succeeded"_s && result.contains("message")) {
        r.outcome = BatchResultLine::Outcome::Succeeded;
        r.httpStatus = 200;
        r.body = QByteArray::fromStdString(result["message"].dump());
        return r;
    }
    if (type == u"errored"_s) {
        r.outcome = BatchResultLine::Outcome::Errored;
        const nlohmann::json error = result.value("error", nlohmann::json());   // {type: "error", error: {type, message}}
        const nlohmann::json inner = error.is_object() ? error.value("error", error) : nlohmann::json();
        r.error = text(inner, "message");
        if (const QString kind = text(inner, "type"); !kind.isEmpty())
            r.error = r.error.isEmpty() ? kind : u"%1 [%2]"_s.arg(r.error, kind);
        r.requestId = text(error, "request_id");
        r.body = QByteArray::fromStdString(error.dump());
        return r;
    }
    if (type == u"expired"_s) {
        r.outcome = BatchResultLine::Outcome::Expired;
        r.error = Tr::tr("expired before it was processed");
        return r;
    }
    if (type == u"canceled"_s) {
        r.outcome = BatchResultLine::Outcome::Cancelled;
        r.error = Tr::tr("cancelled before it was processed");
        return r;
    }
    return std::nullopt;
}

} // namespace wb::llm
