// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/openaichatformat.h"

#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::OpenAiChatFormat)
};

std::string utf8(const QString &s)
{
    return s.toStdString();
}
} // namespace

QString OpenAiChatFormat::path() const
{
    return u"/chat/completions"_s;
}

QList<std::pair<QByteArray, QByteArray>> OpenAiChatFormat::headers(const ProviderProfile &, const QString &apiKey) const
{
    QList<std::pair<QByteArray, QByteArray>> h{{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    if (!apiKey.isEmpty())
        h.append({"Authorization", "Bearer " + apiKey.toUtf8()});
    return h;
}

nlohmann::ordered_json OpenAiChatFormat::body(const LlmRequest &request, const ProviderProfile &profile,
                                              const std::optional<nlohmann::ordered_json> &schema) const
{
    nlohmann::ordered_json messages = nlohmann::ordered_json::array();
    if (!request.system.isEmpty())
        messages.push_back({{"role", "system"}, {"content", utf8(request.system)}});
    QString prompt = request.prompt;
    const bool nativeSchema = schema && profile.supportsJsonSchema;
    if (schema && !nativeSchema)
        prompt += schemaInstruction(request.stage, *schema);
    messages.push_back({{"role", "user"}, {"content", utf8(prompt)}});

    nlohmann::ordered_json body{{"model", utf8(request.model)}, {"messages", messages}, {"stream", false}};
    body[utf8(profile.capField)] = request.maxTokens;
    if (request.temperature && profile.supportsTemperature)
        body["temperature"] = *request.temperature;
    if (!request.reasoningEffort.isEmpty() && profile.supportsReasoningEffort) {
        if (profile.reasoningStyle == u"object"_s)
            body["reasoning"] = {{"effort", utf8(request.reasoningEffort)}};   // OpenRouter
        else
            body["reasoning_effort"] = utf8(request.reasoningEffort);
    }
    if (request.cachePrefixChars > 0 && !request.cacheKey.isEmpty() && profile.supportsPromptCacheKey)
        body["prompt_cache_key"] = utf8(request.cacheKey);   // the prefix itself is cached automatically
    if (nativeSchema) {
        body["response_format"] = {{"type", "json_schema"},
                                   {"json_schema", {{"name", utf8(request.stage)}, {"schema", *schema}, {"strict", true}}}};
    }
    return body;
}

WireReply OpenAiChatFormat::parse(const nlohmann::json &body, const ProviderProfile &profile) const
{
    if (!body.is_object() || !body.contains("choices") || !body["choices"].is_array() || body["choices"].empty())
        throw Error(Tr::tr("The response has no choices."), Error::Kind::InvalidInput);
    const auto &choice = body["choices"][0];
    if (!choice.is_object() || !choice.contains("message") || !choice["message"].is_object())
        throw Error(Tr::tr("The response's first choice has no message."), Error::Kind::InvalidInput);
    const auto &message = choice["message"];
    WireReply r;
    if (message.contains("content") && message["content"].is_string())
        r.text = QString::fromStdString(message["content"].get<std::string>());
    for (const QString &field : profile.reasoningFields) {
        const std::string key = field.toStdString();
        if (message.contains(key) && message[key].is_string()) {
            r.reasoning = QString::fromStdString(message[key].get<std::string>());
            break;
        }
    }
    if (choice.contains("finish_reason") && choice["finish_reason"].is_string())
        r.finishReason = QString::fromStdString(choice["finish_reason"].get<std::string>());
    if (body.contains("model") && body["model"].is_string())
        r.model = QString::fromStdString(body["model"].get<std::string>());
    if (body.contains("usage"))
        r.usage = Usage::fromOpenAi(body["usage"]);
    return r;
}

} // namespace wb::llm
