// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace wb::llm {

/**
 * Token usage of one call, normalised across the providers' accounting: OpenAI counts cached tokens
 * inside prompt_tokens and reasoning inside completion_tokens; Anthropic's input_tokens exclude cache
 * reads and writes. Here every input token is in exactly one bucket, and output includes reasoning.
 * known == false means the server reported no usage (cost then unknown, never 0). Counts are read
 * within 0 .. 10^15 (a negative count as 0).
 */
struct Usage
{
    bool known = false;
    qint64 inputUncached = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite5m = 0;
    qint64 cacheWrite1h = 0;
    qint64 output = 0;      ///< including reasoning
    qint64 reasoning = 0;   ///< part of output

    qint64 totalInput() const { return inputUncached + cacheRead + cacheWrite5m + cacheWrite1h; }
    qint64 cacheWrite() const { return cacheWrite5m + cacheWrite1h; }

    /** From an OpenAI-format `usage` object (absent or null: unknown; missing details: 0). */
    static Usage fromOpenAi(const nlohmann::json &usage);
    /** From an Anthropic `usage` object. */
    static Usage fromAnthropic(const nlohmann::json &usage);

    bool operator==(const Usage &) const = default;
};

} // namespace wb::llm

Q_DECLARE_METATYPE(wb::llm::Usage)
