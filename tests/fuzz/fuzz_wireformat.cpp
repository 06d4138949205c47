// SPDX-License-Identifier: GPL-3.0-or-later
// A server's reply body read by both wire formats (OpenAI chat completions, Anthropic messages), and as
// an error body. Malformed shapes may throw wb::Error; nothing else may escape.
#include "llm/anthropicmessagesformat.h"
#include "llm/jsonextractor.h"
#include "llm/openaichatformat.h"
#include "util/error.h"

#include "fuzzsupport.h"

namespace {
void read(const wb::llm::WireFormat &format, const nlohmann::json &body, const wb::llm::ProviderProfile &profile)
{
    try {
        const wb::llm::WireReply reply = format.parse(body, profile);
        (void)(reply.text + reply.reasoning + reply.finishReason + reply.model).toUtf8();
        (void)reply.usage.totalInput();
        if (reply.structured)
            (void)reply.structured->dump();
    } catch (const wb::Error &) {
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wb::fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = wb::fuzz::bytes(data, size);
    const wb::llm::WireError error = wb::llm::WireFormat::parseError(raw);
    (void)(error.type + error.code + error.message).toUtf8();

    const auto body = wb::llm::JsonExtractor::parse(raw);   // as LlmClient reads a reply
    if (!body)
        return 0;
    wb::llm::ProviderProfile profile;
    profile.reasoningFields = {QStringLiteral("reasoning_content"), QStringLiteral("reasoning")};
    read(wb::llm::OpenAiChatFormat(), *body, profile);
    read(wb::llm::AnthropicMessagesFormat(), *body, profile);
    return 0;
}
