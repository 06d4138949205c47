// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace wb::llm {

/** One model call, provider-neutral. A plain value type. */
struct LlmRequest
{
    QString provider;              ///< profile id ("openai", "anthropic", "vllm", ...) or "replay"
    QString model;
    QString stage;                 ///< schema name (repository_summary, ...); empty: free text
    QString system;
    QString prompt;
    int maxTokens = 32000;
    std::optional<double> temperature;
    QString reasoningEffort;       ///< sent only where the profile supports it
    QString baseUrl;               ///< overrides the profile / environment
    bool useCache = true;
    qint64 exampleId = 0;          ///< for the call log; 0: none
    qint64 roundId = 0;
};

} // namespace wb::llm

Q_DECLARE_METATYPE(wb::llm::LlmRequest)
