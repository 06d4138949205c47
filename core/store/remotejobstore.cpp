// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/remotejobstore.h"

#include "store/sqlquery.h"
#include "store/workspace.h"

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
constexpr auto kSelect = "SELECT j.round_id, j.executor, j.job_id, j.round_dir, j.submitted_at, r.example_id, e.campaign_id, "
                         "r.round_index, r.executed FROM remote_jobs j JOIN rounds r ON r.id = j.round_id "
                         "JOIN examples e ON e.id = r.example_id ";

RemoteJobRecord fromRow(const QSqlQuery &q)
{
    RemoteJobRecord r;
    r.roundId = q.value(0).toLongLong();
    r.executor = q.value(1).toString();
    r.jobId = q.value(2).toString();
    r.roundDir = q.value(3).toString();
    r.submittedAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    r.exampleId = q.value(5).toLongLong();
    r.campaignId = q.value(6).toLongLong();
    r.roundIndex = q.value(7).toInt();
    r.executed = q.value(8).toInt() != 0;
    return r;
}
} // namespace

RemoteJobStore::RemoteJobStore(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

void RemoteJobStore::record(qint64 roundId, const QString &executor, const QString &jobId, const QString &roundDir)
{
    exec(m_workspace->database(),
         u"INSERT INTO remote_jobs (round_id, executor, job_id, round_dir, submitted_at) VALUES (:r, :e, :j, :d, :t) "
         "ON CONFLICT (round_id) DO UPDATE SET executor = excluded.executor, job_id = excluded.job_id, "
         "round_dir = excluded.round_dir, submitted_at = excluded.submitted_at"_s,
         {{u":r"_s, roundId},
          {u":e"_s, executor},
          {u":j"_s, jobId},
          {u":d"_s, roundDir},
          {u":t"_s, QDateTime::currentMSecsSinceEpoch()}});
}

std::optional<RemoteJobRecord> RemoteJobStore::find(qint64 roundId) const
{
    QSqlQuery q = exec(m_workspace->database(), QString::fromLatin1(kSelect) + u"WHERE j.round_id = :r"_s, {{u":r"_s, roundId}});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

void RemoteJobStore::forget(qint64 roundId)
{
    exec(m_workspace->database(), u"DELETE FROM remote_jobs WHERE round_id = :r"_s, {{u":r"_s, roundId}});
}

QList<RemoteJobRecord> RemoteJobStore::unfinished(qint64 campaignId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       QString::fromLatin1(kSelect) + u"WHERE r.executed = 0 AND (:all = 1 OR e.campaign_id = :c) ORDER BY j.round_id"_s,
                       {{u":all"_s, campaignId == 0 ? 1 : 0}, {u":c"_s, campaignId}});
    QList<RemoteJobRecord> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

} // namespace wb::store
