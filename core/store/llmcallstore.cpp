// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/llmcallstore.h"

#include "store/blobstore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant tokens(const LlmCallRecord &c, qint64 value)
{
    return c.usageKnown ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
} // namespace

LlmCallStore::LlmCallStore(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

qint64 LlmCallStore::record(LlmCallRecord c, const QByteArray &requestBody, const QByteArray &responseBody)
{
    QSqlDatabase db = m_workspace->database();
    BlobStore blobs(m_workspace);
    Transaction tx(db);
    c.requestBlob = requestBody.isEmpty() ? QString() : blobs.put(requestBody);
    c.responseBlob = responseBody.isEmpty() ? QString() : blobs.put(responseBody);
    auto textOrNull = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
    QSqlQuery q = exec(db,
                       u"INSERT INTO llm_calls (example_id, round_id, stage, provider, model, request_hash, request_id, "
                       "input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, reasoning_tokens, cost_usd, "
                       "latency_ms, status, error, request_blob, response_blob, started_at, finished_at) VALUES "
                       "(:ex, :round, :stage, :provider, :model, :hash, :rid, :in, :cached, :write, :out, :reason, :cost, "
                       ":latency, :status, :error, :reqblob, :respblob, :started, :finished) RETURNING id"_s,
                       {{u":ex"_s, idOrNull(c.exampleId)},
                        {u":round"_s, idOrNull(c.roundId)},
                        {u":stage"_s, c.stage},
                        {u":provider"_s, c.provider},
                        {u":model"_s, c.model},
                        {u":hash"_s, c.requestHash},
                        {u":rid"_s, textOrNull(c.requestId)},
                        {u":in"_s, tokens(c, c.inputTokens)},
                        {u":cached"_s, tokens(c, c.cachedInputTokens)},
                        {u":write"_s, tokens(c, c.cacheWriteTokens)},
                        {u":out"_s, tokens(c, c.outputTokens)},
                        {u":reason"_s, tokens(c, c.reasoningTokens)},
                        {u":cost"_s, c.costUsd ? QVariant(*c.costUsd) : QVariant(QMetaType::fromType<double>())},
                        {u":latency"_s, c.latencyMs},
                        {u":status"_s, c.status},
                        {u":error"_s, textOrNull(c.error)},
                        {u":reqblob"_s, textOrNull(c.requestBlob)},
                        {u":respblob"_s, textOrNull(c.responseBlob)},
                        {u":started"_s, c.startedAt.toMSecsSinceEpoch()},
                        {u":finished"_s, c.finishedAt.isValid() ? QVariant(c.finishedAt.toMSecsSinceEpoch())
                                                                 : QVariant(QMetaType::fromType<qint64>())}});
    const qint64 id = insertedId(q);
    tx.commit();
    return id;
}

QList<LlmCallRecord> LlmCallStore::calls(int limit) const
{
    QString sql = u"SELECT id, example_id, round_id, stage, provider, model, request_hash, request_id, input_tokens, "
                  "cached_input_tokens, cache_write_tokens, output_tokens, reasoning_tokens, cost_usd, latency_ms, "
                  "status, error, request_blob, response_blob, started_at, finished_at FROM llm_calls ORDER BY id DESC"_s;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    QSqlQuery q = exec(m_workspace->database(), sql);
    QList<LlmCallRecord> out;
    while (q.next()) {
        LlmCallRecord c;
        c.id = q.value(0).toLongLong();
        c.exampleId = q.value(1).toLongLong();
        c.roundId = q.value(2).toLongLong();
        c.stage = q.value(3).toString();
        c.provider = q.value(4).toString();
        c.model = q.value(5).toString();
        c.requestHash = q.value(6).toString();
        c.requestId = q.value(7).toString();
        c.usageKnown = !q.value(8).isNull();
        c.inputTokens = q.value(8).toLongLong();
        c.cachedInputTokens = q.value(9).toLongLong();
        c.cacheWriteTokens = q.value(10).toLongLong();
        c.outputTokens = q.value(11).toLongLong();
        c.reasoningTokens = q.value(12).toLongLong();
        if (!q.value(13).isNull())
            c.costUsd = q.value(13).toDouble();
        c.latencyMs = q.value(14).toLongLong();
        c.status = q.value(15).toString();
        c.error = q.value(16).toString();
        c.requestBlob = q.value(17).toString();
        c.responseBlob = q.value(18).toString();
        c.startedAt = fromMs(q.value(19));
        c.finishedAt = fromMs(q.value(20));
        out << c;
    }
    return out;
}

std::optional<LlmCallStore::CachedResponse> LlmCallStore::cachedResponse(const QString &requestHash) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT provider, model, response_blob FROM llm_calls WHERE request_hash = :h AND status = 'ok' "
                       "AND response_blob IS NOT NULL ORDER BY id DESC LIMIT 1"_s,
                       {{u":h"_s, requestHash}});
    if (!q.next())
        return std::nullopt;
    const auto body = BlobStore(m_workspace).get(q.value(2).toString());
    if (!body)
        return std::nullopt;
    return CachedResponse{q.value(0).toString(), q.value(1).toString(), *body};
}

} // namespace wb::store
