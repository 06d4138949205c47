// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakellmserver.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace wb::test {

/** How the FakeLlmServer's batches behave; custom_ids name the requests concerned. */
struct FakeBatchBehaviour
{
    QSet<QString> failing;    ///< answered with a server error (OpenAI: the error file; Anthropic: "errored")
    QSet<QString> expiring;   ///< not processed in the window (OpenAI: the batch ends "expired"; Anthropic: "expired")
    QSet<QString> malformed;  ///< their result line is cut off (not JSON)
    bool hold = false;        ///< batches stay in progress until this is lifted
    bool refuse = false;      ///< OpenAI: validation fails (status "failed" with errors)
};

/**
 * The batch endpoints of both providers, for FakeLlmServer: OpenAI files (upload with purpose "batch",
 * content) and batches (create, retrieve, cancel; validating → in_progress → finalizing → completed, or
 * expired, cancelling → cancelled, failed), Anthropic message batches (create, retrieve, results, cancel;
 * in_progress → ended, canceling → ended). Every status request moves a batch one step on, so tests need
 * no clocks. Each request of a batch is answered like a synchronous call would be (the server's handler
 * or its default), when the batch ends; result lines come in reverse order. Thread-safe.
 */
class FakeBatchApi final
{
public:
    using Answer = std::function<FakeResponse(const RecordedRequest &)>;

    /** The answer to @p request when it is a batch endpoint's; nullopt otherwise. */
    std::optional<FakeResponse> handle(const RecordedRequest &request, const Answer &answer);

    void setBehaviour(const FakeBatchBehaviour &behaviour);
    void setHold(bool hold);
    /** Batches created so far (both providers). */
    int created() const;
    /** The custom_ids of batch @p id, in submission order. */
    QStringList customIds(const QString &id) const;
    QStringList ids() const;

private:
    struct Line
    {
        QString customId;
        QByteArray path;
        QByteArray body;
    };
    struct Batch
    {
        QString id;
        bool anthropic = false;
        QString status;
        QList<Line> lines;
        QHash<QByteArray, QByteArray> headers;
        QByteArray host;
        QString inputFileId;
        QString outputFileId;
        QString errorFileId;
        QByteArray results;            // Anthropic: the results JSONL
        bool cancelRequested = false;
        int succeeded = 0;
        int errored = 0;
        int expired = 0;
        int cancelled = 0;
        qint64 createdAt = 0;
        QStringList errors;            // OpenAI validation errors
    };

    FakeResponse openAiUpload(const RecordedRequest &request);
    FakeResponse openAiCreate(const RecordedRequest &request);
    FakeResponse anthropicCreate(const RecordedRequest &request);
    void advance(Batch &batch, const Answer &answer);
    void finish(Batch &batch, const Answer &answer, bool cancelled);
    nlohmann::json openAiObject(const Batch &batch) const;
    nlohmann::json anthropicObject(const Batch &batch) const;

    mutable QMutex m_mutex;
    FakeBatchBehaviour m_behaviour;
    QHash<QString, QByteArray> m_files;   // OpenAI files: id -> content
    QHash<QString, Batch> m_batches;
    QStringList m_order;
    int m_next = 1;
};

} // namespace wb::test
