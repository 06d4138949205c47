// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace wb::llm {

/**
 * The JSON schema of each pipeline stage, from resources/llm/schemas/<name>.json: repository_summary,
 * file_classification, example_generation, judge_verdict, example_repair.
 */
class StageSchemas final
{
public:
    static QStringList names();
    /** The schema of @p stage, or nullopt for an unknown stage. Thread-safe. */
    static std::optional<nlohmann::json> get(const QString &stage);
};

} // namespace wb::llm
