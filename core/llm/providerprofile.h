// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb::llm {

/** How one server speaks: its wire format and every quirk, read from resources/llm/providers.json. */
struct ProviderProfile
{
    QString id;
    QString displayName;
    QString format;              ///< "openai-chat" | "anthropic-messages"
    QString baseUrl;             ///< including the version prefix, e.g. https://api.openai.com/v1
    QString baseUrlEnv;
    QString apiKeyEnv;
    bool apiKeyRequired = true;
    QString anthropicVersion;
    QString capField = QStringLiteral("max_tokens");
    QStringList reasoningFields;
    bool supportsUsage = true;
    bool supportsJsonSchema = true;
    bool supportsTemperature = true;
    bool supportsReasoningEffort = false;
    QString reasoningStyle = QStringLiteral("effort");   ///< "effort": reasoning_effort; "object": reasoning{effort} (OpenRouter)
    bool supportsPromptCacheKey = false;   ///< takes "prompt_cache_key" (OpenAI) to route a shared prefix to one cache
    int defaultPort = 0;
    double retryAfterLimitSeconds = 60;
    int maxConcurrency = 4;
    int requestsPerMinute = 0;   ///< 0: no limit
    int tokensPerMinute = 0;
    bool supportsBatch = false;  ///< the format's batch API (OpenAI Batch, Anthropic Message Batches) is served
    int batchMaxRequests = 0;    ///< per batch
    qint64 batchMaxBytes = 0;    ///< per batch (OpenAI: the input file; Anthropic: the request)
};

/** The provider profiles. Immutable after construction; instance() holds the built-in ones. */
class ProviderCatalog final
{
public:
    static const ProviderCatalog &instance();
    /** Throws wb::Error on malformed JSON. */
    explicit ProviderCatalog(const QByteArray &json);

    std::optional<ProviderProfile> find(const QString &id) const;
    /** Like find(), but throws wb::Error (InvalidInput) naming the known providers. */
    ProviderProfile get(const QString &id) const;
    QStringList ids() const;

    /** The base URL to use: @p override, else the profile's environment variable, else its default. */
    static QString resolveBaseUrl(const ProviderProfile &profile, const QString &override = {});

private:
    QHash<QString, ProviderProfile> m_profiles;
};

} // namespace wb::llm
