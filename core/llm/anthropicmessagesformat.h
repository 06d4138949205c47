// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/wireformat.h"

namespace wb::llm {

/** Anthropic Messages (/v1/messages); structured output as a forced tool named after the stage. */
class AnthropicMessagesFormat final : public WireFormat
{
public:
    QString path() const override;
    QList<std::pair<QByteArray, QByteArray>> headers(const ProviderProfile &profile, const QString &apiKey) const override;
    nlohmann::ordered_json body(const LlmRequest &request, const ProviderProfile &profile,
                                const std::optional<nlohmann::ordered_json> &schema) const override;
    WireReply parse(const nlohmann::json &body, const ProviderProfile &profile) const override;
};

} // namespace wb::llm
