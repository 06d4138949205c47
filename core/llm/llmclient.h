// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/cassette.h"
#include "llm/llmrequest.h"
#include "llm/llmresult.h"
#include "llm/modelprofiles.h"
#include "llm/pricecatalog.h"
#include "llm/providerprofile.h"
#include "llm/retrypolicy.h"

#include <QHash>
#include <QObject>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace wb::llm {
class WireFormat;
}

namespace wb::store {
class Workspace;
}

namespace wb::llm {

class LlmCall;
struct CallState;
struct ProviderState;

struct LlmClientOptions
{
    RetryOptions retry;
    int connectTimeoutMs = 10000;      ///< until the request is sent
    int idleTimeoutMs = 300000;        ///< no bytes for this long: timeout
    int totalTimeoutMs = 600000;       ///< per attempt
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    bool replay = false;               ///< answer only from the cache / cassette; never use the network
    QString cassettePath;              ///< optional recorded responses (see Cassette)
    QHash<QString, int> maxConcurrency;///< per provider id, overrides the profile's max_concurrency
    int batchPollIntervalMs = 30000;   ///< how often a provider batch is asked whether it has ended (see LlmBatch)
};

/** A request as the client sends it. */
struct PreparedRequest
{
    ProviderProfile profile;
    nlohmann::ordered_json body;   ///< exactly the body of the synchronous call
    QString hash;          ///< the request hash (cache key)
    QString baseUrl;
    QString endpoint;      ///< the path of the synchronous call on the server, e.g. /v1/chat/completions
};

/**
 * Sends LlmRequests to OpenAI-format and Anthropic-format servers: provider profiles, structured output
 * (validated against the stage schema, one repair request on failure), retries with the SDKs' policy,
 * per-provider concurrency and rate limits, timeouts, cancellation, usage and cost, and — with a
 * workspace — the call log and the content-addressed response cache. Asynchronous; lives in one
 * thread (GUI or pipeline) and needs its event loop. Secrets never leave it unredacted.
 */
class LlmClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmClient)

public:
    /** @p workspace may be null: then nothing is recorded and nothing is cached. Throws wb::Error. */
    LlmClient(std::shared_ptr<store::Workspace> workspace, PriceCatalog prices, LlmClientOptions options = {},
              QObject *parent = nullptr);
    ~LlmClient() override;

    /** Starts @p request; connect to the returned call's finished() (emitted asynchronously). */
    LlmCall *send(const LlmRequest &request);

    /**
     * Takes @p responseBody — the answer to @p request that a provider batch (@p batchId in llm_batches)
     * returned — through the synchronous call's handling: parsing, schema validation and, when the answer
     * does not validate, one repair request sent synchronously. The batch's share is priced at the batch
     * price; the call is recorded with the batch. finished() follows like for send().
     */
    LlmCall *adopt(const LlmRequest &request, const QByteArray &responseBody, qint64 batchId, const QString &requestId = {});

    /** A key to use for @p provider instead of the environment / secret store (e.g. from the GUI). */
    void setApiKey(const QString &provider, const QString &key);
    void cancelAll();

    const PriceCatalog &prices() const { return m_prices; }
    /** The model profiles (class, context window, the method's caps) the client and its callers use. */
    const ModelProfiles &modelProfiles() const { return m_profiles; }
    /** The canonical cache key of @p request as this client would send it. Throws wb::Error. */
    QString requestHash(const LlmRequest &request) const;
    /** Body, hash and server of @p request exactly as send() would use them. Throws wb::Error. */
    PreparedRequest prepare(const LlmRequest &request) const;
    /** True when the workspace holds a successful answer to the request with @p requestHash. */
    bool hasCachedAnswer(const QString &requestHash) const;
    const LlmClientOptions &options() const { return m_options; }

private:
    friend class LlmCall;
    friend class LlmBatch;   // the batch protocol uses the client's keys and secrets
    void cancel(LlmCall *call);
    void start(LlmCall *call);
    void pump(const QString &provider);
    void sendAttempt(CallState &state);
    void onReplyFinished(LlmCall *call);
    void handleSuccess(CallState &state, const QByteArray &body);
    void finish(LlmCall *call, LlmResult result, const QByteArray &responseBody = {});
    bool answerFromCache(CallState &state);
    ProviderState &provider(const QString &id);
    QString apiKeyFor(const QString &provider);
    QStringList secrets() const;
    /** The request body for @p request: the wire format's, with the model's per-provider extras. */
    nlohmann::ordered_json buildBody(const LlmRequest &request, const ProviderProfile &profile, const WireFormat &format,
                                     const std::optional<nlohmann::ordered_json> &schema) const;
    /** The stage schema @p request asks for (with a leading plan field when it asks for one); nullopt: free text. */
    static std::optional<nlohmann::ordered_json> schemaFor(const LlmRequest &request);
    /** An answer as the call accepts it: strictly valid, or read leniently (LlmRequest::indispensable). */
    struct Accepted
    {
        std::optional<nlohmann::ordered_json> value;   ///< in the schema's key order when read leniently
        QStringList problems;
    };
    static Accepted accept(const LlmRequest &request, const nlohmann::ordered_json &schema, const nlohmann::json &answer);

    std::shared_ptr<store::Workspace> m_workspace;
    PriceCatalog m_prices;
    ModelProfiles m_profiles;
    LlmClientOptions m_options;
    std::optional<Cassette> m_cassette;
    QNetworkAccessManager *m_network;
    QHash<QString, QString> m_apiKeys;          // provider -> key (resolved or set)
    QHash<LlmCall *, std::shared_ptr<CallState>> m_calls;
    QHash<QString, std::shared_ptr<ProviderState>> m_providers;
};

} // namespace wb::llm
