// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace wb::llm {

/**
 * Finds the JSON answer in a model's text, tolerantly: the whole text, else the last fenced code block
 * that parses (```json or plain ```), else the outermost {...} or [...] span in surrounding prose. Values
 * nested deeper than kMaxDepth are not answers.
 */
class JsonExtractor final
{
public:
    static std::optional<nlohmann::json> extract(const QString &text);

    /** How deep a value read from a model or server may nest (answers and replies need a handful). */
    static constexpr int kMaxDepth = 256;
    /**
     * @p utf8 as JSON, or nullopt when it is not JSON or nests deeper than kMaxDepth: every recursive
     * reader of such a value (copy, dump, comparison) would exhaust the stack.
     */
    static std::optional<nlohmann::json> parse(const QByteArray &utf8);
};

} // namespace wb::llm
