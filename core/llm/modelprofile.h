// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <nlohmann/json.hpp>

namespace wb::llm {

/** How one model is driven (resources/llm/models.json): its class, its window and the method's caps for it. */
struct ModelProfile
{
    QString model;
    QString source;                      ///< what matched: the model's entry, a family rule, or "default"
    bool reasoning = false;              ///< reasoning effort and completion budget, no temperature
    qint64 contextWindow = 128000;       ///< prompt and answer together, tokens
    QHash<QString, qint64> promptCaps;   ///< whole-prompt cap per stage where the method caps this model lower
    qint64 selectionBudget = 0;          ///< repository-file tokens in the generation prompt; 0: the protocol's
    /** The shortest prompt prefix the provider caches for this model, in tokens; 0: no prompt caching (local servers). */
    qint64 cacheMinimumTokens = 0;
    nlohmann::json requestExtras = nlohmann::json::object();   ///< provider id → fields added to the request body
};

} // namespace wb::llm
