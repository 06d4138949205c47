// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"
#include "llm/llmresult.h"
#include "llm/providerprofile.h"
#include "store/llmbatchrecord.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace wb::store {
class Workspace;
}

namespace wb::llm {

class BatchFormat;
class LlmCall;
class LlmClient;
struct BatchHttpRequest;
struct BatchLine;
struct BatchStatus;
struct HttpOutcome;

/** One request of a batch. */
struct BatchItem
{
    QString customId;      ///< unique in the batch; [A-Za-z0-9_-]{1,64}
    LlmRequest request;
    QByteArray context;    ///< the caller's data, stored with the request and handed back with its answer
};

/** Where a batch stands. A plain value type. */
struct BatchProgress
{
    qint64 batchId = 0;            ///< llm_batches.id
    QString providerBatchId;
    QString provider;
    QString state;                 ///< preparing | uploaded | submitted | ended | failed | cancelled | collected
    QString providerStatus;        ///< the provider's word: validating, in_progress, finalizing, ended, ...
    int total = 0;                 ///< requests
    int answered = 0;              ///< requests answered (from the batch, the cache or synchronously)
    int succeeded = 0;             ///< as the provider counts them
    int failed = 0;                ///< errored, expired or cancelled at the provider
    QString message;               ///< a passing problem (the server is unreachable; polling goes on) or the end
};

/**
 * A provider batch of LlmRequests (OpenAI Batch or Anthropic Message Batches), durable in the workspace:
 * the batch, its provider id and every request by custom_id are stored before anything is sent, so a
 * batch whose process was closed or killed is resumed — polled and collected, never submitted again
 * (only a batch interrupted during the submitting request itself is submitted anew).
 *
 * Each request's line body is the synchronous call's body. Requests the workspace has answered already
 * are answered from the cache and not sent. When the batch has ended, every answer goes through
 * LlmClient::adopt (validation, one synchronous repair, cost at the batch price); requests that errored,
 * expired, were cancelled or have no (readable) result line are sent again synchronously. A batch the
 * provider refuses is answered synchronously as a whole; an authentication or quota error answers every
 * request with that error. Asynchronous; lives in the client's thread.
 */
class LlmBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmBatch)

public:
    /**
     * Stores a new batch of @p items (one provider, server and model; within the provider's limits, see
     * partition()) for @p campaignId (0: none). Call start() to send it. Throws wb::Error.
     */
    static LlmBatch *create(LlmClient *client, qint64 campaignId, const QString &purpose, const QList<BatchItem> &items,
                            QObject *parent = nullptr);
    /** The stored batch @p batchId, to be continued with start(). Throws wb::Error. */
    static LlmBatch *resume(LlmClient *client, qint64 batchId, QObject *parent = nullptr);
    /** @p items grouped by provider, server and model, and split to the provider's batch limits. Throws wb::Error. */
    static QList<QList<BatchItem>> partition(const LlmClient &client, const QList<BatchItem> &items);
    /** Whether @p provider has a batch API. */
    static bool supported(const QString &provider);

    ~LlmBatch() override;

    qint64 id() const { return m_record.id; }
    BatchProgress progress() const;
    /** Submits, polls or collects, as the stored state requires. */
    void start();
    /** Cancels the batch at the provider (when it is there) and stops; finished() follows. */
    void cancel();

Q_SIGNALS:
    void progressChanged(const wb::llm::BatchProgress &progress);
    /** One request answered; emitted once per request (also for requests answered with an error). */
    void itemFinished(const QString &customId, const QByteArray &context, const wb::llm::LlmResult &result);
    /** Every request answered, or the batch cancelled. */
    void finished(const wb::llm::BatchProgress &progress);

private:
    struct Item
    {
        store::LlmBatchItemRecord record;
        LlmRequest request;
        bool pending = true;
        QPointer<LlmCall> call;
    };
    enum class Failure { None, Transient, Authentication, Quota, NotFound, Refused };

    LlmBatch(LlmClient *client, QObject *parent);
    void load(qint64 batchId);
    void step();
    void submit();
    void createAtProvider();
    void submitFailed(const HttpOutcome &outcome, Failure failure);
    void poll();
    void applyStatus(const BatchStatus &status);
    void fetchResults(int index);
    void collect();
    void answerSynchronously(const QString &why);
    void refuse(LlmResult::ErrorKind kind, const QString &error);
    void answer(Item &item, LlmCall *call, const QString &outcome);
    void checkDone();
    void finishCancel(const QString &message);
    void save();
    void notify(const QString &message = {});
    void scheduleStep(int delayMs);
    QList<BatchLine> pendingLines() const;
    /** Sends @p http with the provider's headers; @p done gets what came back and how it failed, if it did. */
    void send(const BatchHttpRequest &http, std::function<void(const HttpOutcome &, Failure)> done, bool evenWhenCancelling = false);
    QString describe(const HttpOutcome &outcome) const;

    QPointer<LlmClient> m_client;
    std::shared_ptr<store::Workspace> m_workspace;
    store::LlmBatchRecord m_record;
    QList<Item> m_items;
    ProviderProfile m_profile;
    std::unique_ptr<BatchFormat> m_format;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QStringList m_resultUrls;      // where the ended batch's results are
    QList<QByteArray> m_results;   // result files read so far
    QString m_endpoint;
    int m_retries = 0;
    int m_answered = 0;
    bool m_cancelling = false;
    bool m_done = false;
    QString m_message;
    QString m_networkError;        // of the last request that got no answer
};

} // namespace wb::llm

Q_DECLARE_METATYPE(wb::llm::BatchProgress)
