// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/classificationtask.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

namespace wb::store {
class Workspace;
}
namespace wb::llm {
class LlmBatch;
class LlmClient;
struct BatchProgress;
} // namespace wb::llm

namespace wb::pipeline {

/**
 * A campaign's economy mode: the file classifications of all its examples go to the provider as batches
 * (one per provider, server and model, split only where the provider's limits require) at the batch price,
 * instead of one call each. Examples hand their requests over with defer() and wait; submit() sends what
 * was deferred; every answer is stored as the file's classification as it is collected, and an example is
 * ready when all its requests are answered. Batches live in the workspace (see LlmBatch): after a restart,
 * resumeOpen() picks up the campaign's unfinished batches instead of submitting them again.
 */
class BatchClassifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchClassifier)

public:
    BatchClassifier(std::shared_ptr<store::Workspace> workspace, llm::LlmClient *client, qint64 campaignId,
                    QObject *parent = nullptr);
    ~BatchClassifier() override;

    /** Continues the campaign's open batches; returns the examples that wait for them. Throws wb::Error. */
    QSet<qint64> resumeOpen();
    void defer(qint64 exampleId, const QList<ClassificationTask> &tasks);
    bool hasDeferred() const { return !m_deferred.isEmpty(); }
    /** Sends every deferred request; examples whose batch cannot be created are reported failed. */
    void submit();
    /** Batches are in flight. */
    bool busy() const { return !m_batches.isEmpty(); }
    /** Cancels every batch at the provider; idle() follows when they have stopped. */
    void cancel();

Q_SIGNALS:
    /** @p examples wait for a batch; @p message says how it stands (for the progress view). */
    void waiting(const QList<qint64> &examples, const QString &message);
    /** Every classification request of @p examples has its answer stored. */
    void examplesReady(const QList<qint64> &examples);
    void examplesFailed(const QList<qint64> &examples, const QString &reason);
    /** No batch is in flight any more. */
    void idle();

private:
    void watch(llm::LlmBatch *batch, const QSet<qint64> &examples);
    QString describe(const llm::BatchProgress &progress) const;

    std::shared_ptr<store::Workspace> m_workspace;
    llm::LlmClient *m_client;
    qint64 m_campaignId;
    QList<ClassificationTask> m_deferred;
    QHash<llm::LlmBatch *, QSet<qint64>> m_batches;   // batch -> the examples it answers
    QHash<qint64, int> m_waitingOn;                    // example -> batches in flight for it
};

} // namespace wb::pipeline
