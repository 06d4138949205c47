// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb::llm {

/** One model call, provider-neutral. A plain value type. */
struct LlmRequest
{
    QString provider;              ///< profile id ("openai", "anthropic", "vllm", ...) or "replay"
    QString model;
    QString stage;                 ///< schema name (repository_summary, ...); empty: free text
    QString logStage;              ///< the call log's stage of a free-text call (e.g. "agent_preview"); empty: "free_text"
    QString system;
    QString prompt;
    /**
     * The first this many characters of @c prompt are the same for every request of its kind (all files of
     * one example): the wire formats mark them cacheable (Anthropic: a cache_control block; OpenAI: the
     * prefix is cached by itself, routed by @c cacheKey). 0: nothing is marked and the body is as without it.
     */
    qsizetype cachePrefixChars = 0;
    /** Routes requests sharing a prefix to the same cache (OpenAI prompt_cache_key), sent only where the provider takes it. */
    QString cacheKey;
    int maxTokens = 32000;
    std::optional<double> temperature;
    /** The temperature of the one repeated request after an unusable answer (CodeDistiller: 0.1); unset: as the first. */
    std::optional<double> retryTemperature;
    QString reasoningEffort;       ///< sent only where the profile supports it
    /** The structured answer begins with a free-text "plan" field (room to think for models that do not reason first). */
    bool planFirst = false;
    /**
     * Lenient reading (AnswerNormalizer): the answer is usable when its @c indispensable top-level fields
     * are; everything else takes defaults. Not lenient: the answer must match its schema exactly.
     */
    bool lenient = false;
    QStringList indispensable;
    QString baseUrl;               ///< overrides the profile / environment
    bool useCache = true;
    qint64 exampleId = 0;          ///< for the call log; 0: none
    qint64 roundId = 0;
};

} // namespace wb::llm

Q_DECLARE_METATYPE(wb::llm::LlmRequest)
