// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/providerprofile.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::ProviderCatalog)
};

QString str(const nlohmann::json &j, const char *key, const QString &fallback = {})
{
    return j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : fallback;
}
} // namespace

const ProviderCatalog &ProviderCatalog::instance()
{
    static const ProviderCatalog catalog = [] {
        QFile f(u":/wb/llm/providers.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Tr::tr("The built-in provider profiles are missing."));
        return ProviderCatalog(f.readAll());
    }();
    return catalog;
}

ProviderCatalog::ProviderCatalog(const QByteArray &json)
{
    try {
        const auto doc = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        for (const auto &[id, p] : doc.at("providers").items()) {
            ProviderProfile profile;
            profile.id = QString::fromStdString(id);
            profile.displayName = str(p, "display_name", profile.id);
            profile.format = str(p, "format");
            profile.baseUrl = str(p, "base_url");
            profile.baseUrlEnv = str(p, "base_url_env");
            profile.apiKeyEnv = str(p, "api_key_env");
            profile.apiKeyRequired = p.value("api_key_required", true);
            profile.anthropicVersion = str(p, "anthropic_version", u"2023-06-01"_s);
            profile.capField = str(p, "cap_field", u"max_tokens"_s);
            for (const auto &f : p.value("reasoning_fields", nlohmann::json::array()))
                profile.reasoningFields << QString::fromStdString(f.get<std::string>());
            profile.supportsUsage = p.value("supports_usage", true);
            profile.supportsJsonSchema = p.value("supports_json_schema", true);
            profile.supportsPromptCacheKey = p.value("prompt_cache_key", false);
            profile.supportsTemperature = p.value("supports_temperature", true);
            profile.supportsReasoningEffort = p.value("supports_reasoning_effort", false);
            profile.reasoningStyle = QString::fromStdString(p.value("reasoning_style", std::string("effort")));
            profile.defaultPort = p.value("default_port", 0);
            profile.retryAfterLimitSeconds = p.value("retry_after_limit_s", 60.0);
            profile.maxConcurrency = std::max(1, p.value("max_concurrency", 4));
            profile.requestsPerMinute = p.value("requests_per_minute", 0);
            profile.tokensPerMinute = p.value("tokens_per_minute", 0);
            if (p.contains("batch") && p["batch"].is_object()) {
                profile.supportsBatch = true;
                profile.batchMaxRequests = std::max(1, p["batch"].value("max_requests", 1));
                profile.batchMaxBytes = std::max<qint64>(1, p["batch"].value("max_bytes", qint64(1)));
            }
            if (profile.format != u"openai-chat"_s && profile.format != u"anthropic-messages"_s)
                throw Error(Tr::tr("Provider %1 has an unknown wire format '%2'.").arg(profile.id, profile.format),
                            Error::Kind::InvalidInput);
            m_profiles.insert(profile.id, profile);
        }
    } catch (const nlohmann::json::exception &e) {
        throw Error(Tr::tr("Invalid provider profiles: %1").arg(QString::fromUtf8(e.what())), Error::Kind::InvalidInput);
    }
}

std::optional<ProviderProfile> ProviderCatalog::find(const QString &id) const
{
    const auto it = m_profiles.constFind(id);
    if (it == m_profiles.cend())
        return std::nullopt;
    return *it;
}

ProviderProfile ProviderCatalog::get(const QString &id) const
{
    if (auto p = find(id))
        return *p;
    throw Error(Tr::tr("Unknown provider '%1' (known: %2).").arg(id, ids().join(u", "_s)), Error::Kind::InvalidInput);
}

QStringList ProviderCatalog::ids() const
{
    QStringList out = m_profiles.keys();
    out.sort();
    return out;
}

QString ProviderCatalog::resolveBaseUrl(const ProviderProfile &profile, const QString &override)
{
    QString url = override;
    if (url.isEmpty() && !profile.baseUrlEnv.isEmpty())
        url = qEnvironmentVariable(profile.baseUrlEnv.toLatin1().constData());
    if (url.isEmpty())
        url = profile.baseUrl;
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

} // namespace wb::llm
