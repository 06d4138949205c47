// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wb::store {

/** One row of llm_calls. Token counts: input_tokens excludes cache reads and writes (their own columns). */
struct LlmCallRecord
{
    qint64 id = 0;
    qint64 exampleId = 0;      ///< 0: none
    qint64 roundId = 0;
    QString stage;
    QString provider;
    QString model;
    QString requestHash;
    QString requestId;
    bool usageKnown = false;
    qint64 inputTokens = 0;
    qint64 cachedInputTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 outputTokens = 0;
    qint64 reasoningTokens = 0;
    std::optional<double> costUsd;   ///< nullopt: unknown
    qint64 latencyMs = 0;
    QString status;            ///< ok | error | cancelled | cached
    QString error;
    QString requestBlob;       ///< sha256 in blobs
    QString responseBlob;
    QDateTime startedAt;
    QDateTime finishedAt;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::LlmCallRecord)
