// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

namespace wb::llm {

/**
 * Validates a JSON value against the JSON-Schema subset the stage schemas use (and OpenAI's strict mode
 * accepts): type (also a list, e.g. ["string","null"]), properties, required, additionalProperties:false,
 * items, enum, minimum, maximum, and local $ref to #/$defs/... Errors name the JSON path. An "integer"
 * written as a float (4.0) must be whole and within 64 bits.
 */
class SchemaValidator final
{
public:
    /** Empty when @p value is valid. */
    static QStringList validate(const nlohmann::json &value, const nlohmann::json &schema);
};

} // namespace wb::llm
