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
    /**
     * The schema of @p stage, or nullopt for an unknown stage. Key order is the file's: structured output
     * is generated in schema order, so what a model should think about comes before what it decides.
     * Thread-safe.
     */
    static std::optional<nlohmann::ordered_json> get(const QString &stage);
    /** @p schema with a required free-text "plan" field first: room to plan before answering. */
    static nlohmann::ordered_json withPlan(const nlohmann::ordered_json &schema);
};

} // namespace wb::llm
