// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace wb::store {

/** One row of llm_batches: a provider batch and where it stands. */
struct LlmBatchRecord
{
    qint64 id = 0;
    qint64 campaignId = 0;      ///< 0: none
    QString purpose;
    QString provider;
    QString model;
    QString baseUrl;
    QString status;             ///< preparing | uploaded | submitted | ended | failed | cancelled
    QString providerBatchId;
    QString inputFileId;
    QString providerStatus;
    int requestCount = 0;
    int succeeded = 0;
    int errored = 0;
    int expired = 0;
    int cancelled = 0;
    QString error;
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime endedAt;
    QDateTime collectedAt;      ///< invalid while requests wait for their answer
};

/** One row of llm_batch_items: a request of a batch, by custom_id. */
struct LlmBatchItemRecord
{
    qint64 id = 0;
    qint64 batchId = 0;
    QString customId;
    qint64 exampleId = 0;       ///< 0: none
    QByteArray requestJson;     ///< the request (read from its blob)
    QString requestHash;
    QByteArray contextJson;
    QString state;              ///< pending | done
    QString outcome;            ///< succeeded | errored | expired | cancelled | missing | cached | refused
    qint64 llmCallId = 0;
};

} // namespace wb::store
