// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/llmbatchrecord.h"

#include <QList>

#include <memory>
#include <optional>

namespace wb::store {

class Workspace;

/** Provider batches and their requests (tables llm_batches, llm_batch_items). Throws wb::Error. */
class LlmBatchStore final
{
public:
    explicit LlmBatchStore(std::shared_ptr<Workspace> workspace);

    /** Inserts @p batch with its @p items (requests stored as blobs) in one transaction; returns the id. */
    qint64 create(const LlmBatchRecord &batch, const QList<LlmBatchItemRecord> &items);
    std::optional<LlmBatchRecord> batch(qint64 id) const;
    /** Batches of @p campaignId (0: of none) whose requests are not all answered and that were not cancelled, oldest first. */
    QList<LlmBatchRecord> openBatches(qint64 campaignId) const;
    QList<LlmBatchRecord> batches(qint64 campaignId) const;
    /** Every request of @p batchId with its request body, in insertion order. */
    QList<LlmBatchItemRecord> items(qint64 batchId) const;
    /** Writes status, provider ids, counts, error and times of @p batch. */
    void update(const LlmBatchRecord &batch);
    /** Marks the request done with how it was answered and the llm_calls row that holds the answer. */
    void markItemDone(qint64 itemId, const QString &outcome, qint64 llmCallId);
    /** Notes on llm_calls row @p callId that it was answered by @p batchId. */
    void markCall(qint64 callId, qint64 batchId);
    /** True when an answer to @p requestHash from @p batchId is already recorded (a resumed collection). */
    bool hasAnswer(qint64 batchId, const QString &requestHash) const;

private:
    std::shared_ptr<Workspace> m_workspace;
};

} // namespace wb::store
