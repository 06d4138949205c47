// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

namespace wb::llm {

/**
 * Reads a structured answer as leniently as CodeDistiller reads its models' answers: a string where a
 * list of strings is expected becomes a one-element list; a value an enumerated field does not list
 * becomes "other" where the field has it; numbers and booleans written as strings are read; integers
 * outside their range are clamped; a key written with a trailing colon (`"example_type:"`) is read as
 * the key; fields the schema does not know are dropped; missing or unreadable fields take a default
 * (null where allowed, else an empty list, string or object, false, or the range's minimum). Only the
 * @p indispensable top-level fields cannot be defaulted: when one of them is missing or unreadable it is
 * reported as a problem. The result has the schema's key order. Deterministic; pure.
 */
class AnswerNormalizer final
{
public:
    struct Result
    {
        nlohmann::ordered_json value;   ///< the answer as the schema describes it
        QStringList notes;      ///< what was read leniently (for the call log)
        QStringList problems;   ///< indispensable fields missing or unreadable; empty: usable
    };

    static Result normalize(const nlohmann::ordered_json &answer, const nlohmann::ordered_json &schema, const QStringList &indispensable);
};

} // namespace wb::llm
