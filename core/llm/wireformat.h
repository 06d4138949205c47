// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"
#include "llm/providerprofile.h"
#include "llm/usage.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <utility>

namespace wb::llm {

/** What a successful response says, format aside. */
struct WireReply
{
    QString text;
    QString reasoning;
    QString finishReason;
    QString model;
    Usage usage;
    std::optional<nlohmann::json> structured;  ///< the forced tool's input (Anthropic), when present
};

/** An error body of either provider: {"error":{"type","code","message"}}. */
struct WireError
{
    QString type;
    QString code;
    QString message;
};

/**
 * One provider wire format: request body and headers from an LlmRequest, reply and error bodies back
 * to plain values. Stateless; implementations are OpenAiChatFormat and AnthropicMessagesFormat.
 */
class WireFormat
{
public:
    virtual ~WireFormat() = default;

    /** The format named in a provider profile; throws wb::Error for an unknown one. */
    static std::unique_ptr<WireFormat> create(const QString &format);

    /** Path appended to the profile's base URL. */
    virtual QString path() const = 0;
    virtual QList<std::pair<QByteArray, QByteArray>> headers(const ProviderProfile &profile,
                                                             const QString &apiKey) const = 0;
    /**
     * The request body. @p schema (the stage's JSON schema) goes into the format's structured-output
     * field when the profile supports it, else into the prompt.
     */
    virtual nlohmann::ordered_json body(const LlmRequest &request, const ProviderProfile &profile,
                                        const std::optional<nlohmann::ordered_json> &schema) const = 0;
    /** Throws wb::Error (InvalidInput) when the body lacks the format's required shape. */
    virtual WireReply parse(const nlohmann::json &body, const ProviderProfile &profile) const = 0;

    static WireError parseError(const QByteArray &body);

protected:
    /** The instruction that carries a schema inside the prompt, for servers without schema support. */
    static QString schemaInstruction(const QString &name, const nlohmann::ordered_json &schema);
};

} // namespace wb::llm
