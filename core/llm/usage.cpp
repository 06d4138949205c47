// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/usage.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace wb::llm {

namespace {
// A server's count, held within 0 .. 10^15 tokens: a float beyond 64 bits must not be converted as is
// (undefined behaviour), and sums and differences of counts must not overflow.
constexpr qint64 kMaxCount = 1'000'000'000'000'000;

qint64 count(const nlohmann::json &object, const char *key)
{
    if (!object.is_object() || !object.contains(key))
        return 0;
    const auto &v = object.at(key);
    if (v.is_number_unsigned())
        return qint64(std::min<quint64>(v.get<quint64>(), kMaxCount));
    if (v.is_number_integer())
        return std::clamp<qint64>(v.get<qint64>(), 0, kMaxCount);
    if (v.is_number_float()) {
        const double d = v.get<double>();
        return d > 0 ? (d < double(kMaxCount) ? qint64(d) : kMaxCount) : 0;   // NaN reads as 0
    }
    return 0;
}

const nlohmann::json &child(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json null;
    return object.is_object() && object.contains(key) ? object.at(key) : null;
}
} // namespace

Usage Usage::fromOpenAi(const nlohmann::json &usage)
{
    Usage u;
    if (!usage.is_object())
        return u;
    u.known = usage.contains("prompt_tokens") || usage.contains("completion_tokens");
    const qint64 prompt = count(usage, "prompt_tokens");
    const auto &promptDetails = child(usage, "prompt_tokens_details");
    u.cacheRead = count(promptDetails, "cached_tokens");
    u.cacheWrite5m = count(promptDetails, "cache_write_tokens");
    u.inputUncached = std::max<qint64>(0, prompt - u.cacheRead - u.cacheWrite5m);
    u.output = count(usage, "completion_tokens");
    u.reasoning = count(child(usage, "completion_tokens_details"), "reasoning_tokens");
    return u;
}

Usage Usage::fromAnthropic(const nlohmann::json &usage)
{
    Usage u;
    if (!usage.is_object())
        return u;
    u.known = usage.contains("input_tokens") || usage.contains("output_tokens");
    u.inputUncached = count(usage, "input_tokens");
    u.cacheRead = count(usage, "cache_read_input_tokens");
    const auto &creation = child(usage, "cache_creation");
    if (creation.is_object()) {
        u.cacheWrite5m = count(creation, "ephemeral_5m_input_tokens");
        u.cacheWrite1h = count(creation, "ephemeral_1h_input_tokens");
    } else {
        u.cacheWrite5m = count(usage, "cache_creation_input_tokens");
    }
    u.output = count(usage, "output_tokens");
    u.reasoning = count(child(usage, "output_tokens_details"), "reasoning_tokens");
    return u;
}

} // namespace wb::llm
