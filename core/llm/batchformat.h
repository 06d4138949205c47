// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/providerprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>

namespace wb::llm {

/** One request of a batch: its custom_id and the body a synchronous call would send. */
struct BatchLine
{
    QString customId;
    nlohmann::ordered_json body;
};

/** One HTTP request of a batch protocol. Authentication headers are the wire format's. */
struct BatchHttpRequest
{
    QByteArray method = "GET";
    QString url;
    QByteArray contentType;   ///< empty: no body
    QByteArray body;
};

/** What the provider says about a batch, in both providers' terms. */
struct BatchStatus
{
    QString batchId;
    QString providerStatus;   ///< the provider's own word (validating, in_progress, ended, ...)
    bool ended = false;       ///< processing is over: results can be read (also after expiry or cancel)
    bool failed = false;      ///< the provider refused the batch as a whole; no results will come
    QString error;            ///< why it failed
    int total = 0;
    int succeeded = 0;
    int errored = 0;
    int expired = 0;
    int cancelled = 0;
    QStringList resultUrls;   ///< where the result lines are (OpenAI: output and error file; Anthropic: results_url)
};

/** One result line, matched to its request by custom_id. */
struct BatchResultLine
{
    enum class Outcome { Succeeded, Errored, Expired, Cancelled };
    QString customId;
    Outcome outcome = Outcome::Errored;
    QByteArray body;          ///< Succeeded: the response body exactly as a synchronous call receives it
    int httpStatus = 0;
    QString requestId;
    QString error;            ///< Errored / Expired / Cancelled: the provider's message
};

/**
 * The batch protocol of one wire format: OpenAI Batch (upload a JSONL file with purpose "batch", create
 * the batch, poll it, read the output and error files) or Anthropic Message Batches (requests inline,
 * poll until "ended", read results_url). Builds requests and reads answers; sends nothing itself.
 */
class BatchFormat
{
public:
    virtual ~BatchFormat() = default;

    /** The batch protocol of @p profile's format; throws wb::Error when the profile has none. */
    static std::unique_ptr<BatchFormat> create(const ProviderProfile &profile);

    /** The input file upload, for formats that need one (OpenAI); nullopt where requests go inline. */
    virtual std::optional<BatchHttpRequest> uploadRequest(const QString &baseUrl, const QList<BatchLine> &lines,
                                                          const QString &endpoint) const = 0;
    /** The id of the uploaded file; throws wb::Error (InvalidInput) on an unexpected answer. */
    virtual QString uploadedFileId(const nlohmann::json &reply) const = 0;
    /** Creates the batch; @p endpoint is the path of the synchronous call (e.g. /v1/chat/completions). */
    virtual BatchHttpRequest createRequest(const QString &baseUrl, const QList<BatchLine> &lines, const QString &endpoint,
                                           const QString &inputFileId) const = 0;
    virtual BatchHttpRequest statusRequest(const QString &baseUrl, const QString &batchId) const = 0;
    virtual BatchHttpRequest cancelRequest(const QString &baseUrl, const QString &batchId) const = 0;
    /** Reads a batch object (create, status and cancel answer with one); throws wb::Error (InvalidInput). */
    virtual BatchStatus parseStatus(const nlohmann::json &reply, const QString &baseUrl) const = 0;
    /** One line of a result file; nullopt when it is not a result line (malformed JSON, no custom_id). */
    virtual std::optional<BatchResultLine> parseResultLine(const QByteArray &line) const = 0;

    /** A multipart/form-data body; returns the content type with its boundary. */
    static QByteArray multipart(const QList<std::pair<QByteArray, QByteArray>> &fields, const QByteArray &fileField,
                                const QByteArray &fileName, const QByteArray &fileType, const QByteArray &content,
                                QByteArray *contentType);
};

} // namespace wb::llm
