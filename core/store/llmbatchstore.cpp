// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/llmbatchstore.h"

#include "store/blobstore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
const QString kColumns = u"id, campaign_id, purpose, provider, model, base_url, status, provider_batch_id, input_file_id, "
                         "provider_status, request_count, succeeded, errored, expired, cancelled, error, created_at, "
                         "submitted_at, ended_at, collected_at"_s;

QVariant idOrNull(qint64 id)
{
    return nullable(id <= 0, id);
}

QVariant textOrNull(const QString &s)
{
    return nullable(s.isEmpty(), s);
}

QVariant msOrNull(const QDateTime &t)
{
    return nullable(!t.isValid(), t.toMSecsSinceEpoch());
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

LlmBatchRecord readBatch(const QSqlQuery &q)
{
    LlmBatchRecord b;
    b.id = q.value(0).toLongLong();
    b.campaignId = q.value(1).toLongLong();
    b.purpose = q.value(2).toString();
    b.provider = q.value(3).toString();
    b.model = q.value(4).toString();
    b.baseUrl = q.value(5).toString();
    b.status = q.value(6).toString();
    b.providerBatchId = q.value(7).toString();
    b.inputFileId = q.value(8).toString();
    b.providerStatus = q.value(9).toString();
    b.requestCount = q.value(10).toInt();
    b.succeeded = q.value(11).toInt();
    b.errored = q.value(12).toInt();
    b.expired = q.value(13).toInt();
    b.cancelled = q.value(14).toInt();
    b.error = q.value(15).toString();
    b.createdAt = fromMs(q.value(16));
    b.submittedAt = fromMs(q.value(17));
    b.endedAt = fromMs(q.value(18));
    b.collectedAt = fromMs(q.value(19));
    return b;
}
} // namespace

LlmBatchStore::LlmBatchStore(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

qint64 LlmBatchStore::create(const LlmBatchRecord &b, const QList<LlmBatchItemRecord> &items)
{
    QSqlDatabase db = m_workspace->database();
    BlobStore blobs(m_workspace);
    Transaction tx(db);
    QSqlQuery q = exec(db,
                       u"INSERT INTO llm_batches (campaign_id, purpose, provider, model, base_url, status, request_count, "
                       "created_at) VALUES (:c, :purpose, :provider, :model, :url, :status, :n, :at) RETURNING id"_s,
                       {{u":c"_s, idOrNull(b.campaignId)},
                        {u":purpose"_s, b.purpose},
                        {u":provider"_s, b.provider},
                        {u":model"_s, b.model},
                        {u":url"_s, b.baseUrl},
                        {u":status"_s, b.status},
                        {u":n"_s, int(items.size())},
                        {u":at"_s, b.createdAt.isValid() ? b.createdAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch()}});
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;   // RETURNING works on both engines
    q.finish();
    if (id <= 0)
        throw Error(QCoreApplication::translate("wb::store::LlmBatchStore", "The database did not return the new batch's id."),
                    Error::Kind::Database);
    for (const LlmBatchItemRecord &item : items) {
        exec(db,
             u"INSERT INTO llm_batch_items (batch_id, custom_id, example_id, request_blob, request_hash, context_json, state) "
             "VALUES (:b, :cid, :ex, :blob, :hash, :ctx, 'pending')"_s,
             {{u":b"_s, id},
              {u":cid"_s, item.customId},
              {u":ex"_s, idOrNull(item.exampleId)},
              {u":blob"_s, blobs.put(item.requestJson)},
              {u":hash"_s, item.requestHash},
              {u":ctx"_s, textOrNull(QString::fromUtf8(item.contextJson))}});
    }
    tx.commit();
    return id;
}

std::optional<LlmBatchRecord> LlmBatchStore::batch(qint64 id) const
{
    QSqlQuery q = exec(m_workspace->database(), u"SELECT %1 FROM llm_batches WHERE id = :id"_s.arg(kColumns), {{u":id"_s, id}});
    if (!q.next())
        return std::nullopt;
    return readBatch(q);
}

QList<LlmBatchRecord> LlmBatchStore::openBatches(qint64 campaignId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT %1 FROM llm_batches WHERE COALESCE(campaign_id, 0) = :c AND collected_at IS NULL AND status <> 'cancelled' "
                       "ORDER BY id"_s.arg(kColumns),
                       {{u":c"_s, campaignId}});
    QList<LlmBatchRecord> out;
    while (q.next())
        out << readBatch(q);
    return out;
}

QList<LlmBatchRecord> LlmBatchStore::batches(qint64 campaignId) const
{
    QSqlQuery q = exec(m_workspace->database(), u"SELECT %1 FROM llm_batches WHERE COALESCE(campaign_id, 0) = :c ORDER BY id"_s.arg(kColumns),
                       {{u":c"_s, campaignId}});
    QList<LlmBatchRecord> out;
    while (q.next())
        out << readBatch(q);
    return out;
}

QList<LlmBatchItemRecord> LlmBatchStore::items(qint64 batchId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT id, batch_id, custom_id, example_id, request_blob, request_hash, context_json, state, outcome, "
                       "llm_call_id FROM llm_batch_items WHERE batch_id = :b ORDER BY id"_s,
                       {{u":b"_s, batchId}});
    BlobStore blobs(m_workspace);
    QList<LlmBatchItemRecord> out;
    while (q.next()) {
        LlmBatchItemRecord item;
        item.id = q.value(0).toLongLong();
        item.batchId = q.value(1).toLongLong();
        item.customId = q.value(2).toString();
        item.exampleId = q.value(3).toLongLong();
        item.requestJson = blobs.get(q.value(4).toString()).value_or(QByteArray());
        item.requestHash = q.value(5).toString();
        item.contextJson = q.value(6).toString().toUtf8();
        item.state = q.value(7).toString();
        item.outcome = q.value(8).toString();
        item.llmCallId = q.value(9).toLongLong();
        out << item;
    }
    return out;
}

void LlmBatchStore::update(const LlmBatchRecord &b)
{
    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    exec(db,
         u"UPDATE llm_batches SET status = :status, provider_batch_id = :pid, input_file_id = :file, provider_status = :pstatus, "
         "succeeded = :ok, errored = :err, expired = :exp, cancelled = :can, error = :error, submitted_at = :sub, "
         "ended_at = :ended, collected_at = :collected WHERE id = :id"_s,
         {{u":status"_s, b.status},
          {u":pid"_s, textOrNull(b.providerBatchId)},
          {u":file"_s, textOrNull(b.inputFileId)},
          {u":pstatus"_s, textOrNull(b.providerStatus)},
          {u":ok"_s, b.succeeded},
          {u":err"_s, b.errored},
          {u":exp"_s, b.expired},
          {u":can"_s, b.cancelled},
          {u":error"_s, textOrNull(b.error)},
          {u":sub"_s, msOrNull(b.submittedAt)},
          {u":ended"_s, msOrNull(b.endedAt)},
          {u":collected"_s, msOrNull(b.collectedAt)},
          {u":id"_s, b.id}});
    tx.commit();
}

void LlmBatchStore::markItemDone(qint64 itemId, const QString &outcome, qint64 llmCallId)
{
    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    exec(db, u"UPDATE llm_batch_items SET state = 'done', outcome = :o, llm_call_id = :call WHERE id = :id"_s,
         {{u":o"_s, outcome}, {u":call"_s, idOrNull(llmCallId)}, {u":id"_s, itemId}});
    tx.commit();
}

void LlmBatchStore::markCall(qint64 callId, qint64 batchId)
{
    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    exec(db, u"UPDATE llm_calls SET batch_id = :b WHERE id = :id"_s, {{u":b"_s, batchId}, {u":id"_s, callId}});
    tx.commit();
}

bool LlmBatchStore::hasAnswer(qint64 batchId, const QString &requestHash) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT 1 FROM llm_calls WHERE batch_id = :b AND request_hash = :h AND status = 'ok' LIMIT 1"_s,
                       {{u":b"_s, batchId}, {u":h"_s, requestHash}});
    return q.next();
}

} // namespace wb::store
