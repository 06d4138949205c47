// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace wb::llm {

/**
 * Finds the JSON answer in a model's text, tolerantly: the whole text, else the last fenced code block
 * that parses (```json or plain ```), else the outermost {...} or [...] span in surrounding prose.
 */
class JsonExtractor final
{
public:
    static std::optional<nlohmann::json> extract(const QString &text);
};

} // namespace wb::llm
