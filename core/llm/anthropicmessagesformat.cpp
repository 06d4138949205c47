// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/anthropicmessagesformat.h"

#include "util/error.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::AnthropicMessagesFormat)
};
} // namespace

QString AnthropicMessagesFormat::path() const
{
    return u"/v1/messages"_s;
}

QList<std::pair<QByteArray, QByteArray>> AnthropicMessagesFormat::headers(const ProviderProfile &profile,
                                                                          const QString &apiKey) const
{
    QList<std::pair<QByteArray, QByteArray>> h{{"content-type", "application/json"},
                                               {"anthropic-version", profile.anthropicVersion.toUtf8()}};
    if (!apiKey.isEmpty())
        h.append({"x-api-key", apiKey.toUtf8()});
    return h;
}

nlohmann::ordered_json AnthropicMessagesFormat::body(const LlmRequest &request, const ProviderProfile &profile,
                                                     const std::optional<nlohmann::ordered_json> &schema) const
{
    QString prompt = request.prompt;
    const bool nativeSchema = schema && profile.supportsJsonSchema;
    if (schema && !nativeSchema)
        prompt += schemaInstruction(request.stage, *schema);
    nlohmann::ordered_json content = prompt.toStdString();
    if (request.cachePrefixChars > 0) {
        // The shared prefix as its own block with a cache breakpoint; the system prompt (and the tool) come
        // before it in Anthropic's prefix order, so they are cached with it.
        const qsizetype split = std::min(request.cachePrefixChars, prompt.size());
        content = nlohmann::ordered_json::array(
            {{{"type", "text"}, {"text", prompt.left(split).toStdString()}, {"cache_control", {{"type", "ephemeral"}}}}});
        if (split < prompt.size())
            content.push_back({{"type", "text"}, {"text", prompt.mid(split).toStdString()}});
    }
    nlohmann::ordered_json body{{"model", request.model.toStdString()},
                                {"max_tokens", request.maxTokens},
                                {"messages", nlohmann::ordered_json::array({{{"role", "user"}, {"content", content}}})}};
    if (!request.system.isEmpty())
        body["system"] = request.system.toStdString();
    if (request.temperature && profile.supportsTemperature)
        body["temperature"] = *request.temperature;
    if (nativeSchema) {
        nlohmann::ordered_json tool{{"name", request.stage.toStdString()}, {"input_schema", *schema}};
        if (schema->contains("description"))
            tool["description"] = (*schema)["description"];
        body["tools"] = nlohmann::ordered_json::array({tool});
        body["tool_choice"] = {{"type", "tool"}, {"name", request.stage.toStdString()}};
    }
    return body;
}

WireReply AnthropicMessagesFormat::parse(const nlohmann::json &body, const ProviderProfile &) const
{
    if (!body.is_object() || !body.contains("content") || !body["content"].is_array())
        throw Error(Tr::tr("The response has no content blocks."), Error::Kind::InvalidInput);
    WireReply r;
    for (const auto &block : body["content"]) {
        if (!block.is_object() || !block.contains("type") || !block["type"].is_string())
            continue;
        const std::string type = block["type"].get<std::string>();
        if (type == "text" && block.contains("text") && block["text"].is_string())
            r.text += QString::fromStdString(block["text"].get<std::string>());
        else if (type == "thinking" && block.contains("thinking") && block["thinking"].is_string())
            r.reasoning += QString::fromStdString(block["thinking"].get<std::string>());
        else if (type == "tool_use" && block.contains("input"))
            r.structured = block["input"];
    }
    if (body.contains("stop_reason") && body["stop_reason"].is_string())
        r.finishReason = QString::fromStdString(body["stop_reason"].get<std::string>());
    if (body.contains("model") && body["model"].is_string())
        r.model = QString::fromStdString(body["model"].get<std::string>());
    if (body.contains("usage"))
        r.usage = Usage::fromAnthropic(body["usage"]);
    return r;
}

} // namespace wb::llm
