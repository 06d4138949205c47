// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/errorclassstore.h"

#include "store/sqlquery.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::ErrorClassStore)
};

constexpr auto kColumns = "c.id, c.round_id, c.annotator, c.error_class, c.reason, c.supersedes_id, c.created_at";

ErrorClassRecord fromRow(const QSqlQuery &q)
{
    ErrorClassRecord r;
    r.id = q.value(0).toLongLong();
    r.roundId = q.value(1).toLongLong();
    r.annotator = q.value(2).toString();
    r.errorClass = q.value(3).toString();
    r.reason = q.value(4).toString();
    if (!q.value(5).isNull())
        r.supersedesId = q.value(5).toLongLong();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    return r;
}

QHash<qint64, ErrorClassRecord> newestPerRound(QSqlQuery &q)
{
    QHash<qint64, ErrorClassRecord> out;
    while (q.next()) {
        const ErrorClassRecord r = fromRow(q);
        out.insert(r.roundId, r);   // ordered by id: the newest stays
    }
    return out;
}
} // namespace

ErrorClassStore::ErrorClassStore(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

ErrorClassRecord ErrorClassStore::record(ErrorClassRecord r)
{
    r.annotator = r.annotator.trimmed();
    r.reason = r.reason.trimmed();
    r.errorClass = r.errorClass.trimmed();
    if (r.annotator.isEmpty())
        throw Error(Tr::tr("A correction of the error class needs the annotator's name."), Error::Kind::InvalidInput);
    if (r.errorClass.isEmpty())
        throw Error(Tr::tr("A correction of the error class needs the class."), Error::Kind::InvalidInput);

    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    QSqlQuery round = exec(db, u"SELECT id FROM rounds WHERE id = :id"_s, {{u":id"_s, r.roundId}});
    if (!round.next())
        throw Error(Tr::tr("No round %1.").arg(r.roundId), Error::Kind::InvalidInput);
    QSqlQuery previous = exec(db, u"SELECT MAX(id) FROM error_class_corrections WHERE round_id = :r"_s, {{u":r"_s, r.roundId}});
    r.supersedesId.reset();
    if (previous.next() && !previous.value(0).isNull())
        r.supersedesId = previous.value(0).toLongLong();
    r.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q = exec(db,
                       u"INSERT INTO error_class_corrections (round_id, annotator, error_class, reason, supersedes_id, created_at) "
                       "VALUES (:r, :a, :c, :why, :s, :at) RETURNING id"_s,
                       {{u":r"_s, r.roundId},
                        {u":a"_s, r.annotator},
                        {u":c"_s, r.errorClass},
                        {u":why"_s, nullable(r.reason.isEmpty(), r.reason)},
                        {u":s"_s, nullable(!r.supersedesId, r.supersedesId.value_or(0))},
                        {u":at"_s, r.createdAt.toMSecsSinceEpoch()}});
    r.id = insertedId(q);
    tx.commit();
    return r;
}

QList<ErrorClassRecord> ErrorClassStore::history(qint64 roundId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT %1 FROM error_class_corrections c WHERE c.round_id = :r ORDER BY c.id"_s.arg(QLatin1StringView(kColumns)),
                       {{u":r"_s, roundId}});
    QList<ErrorClassRecord> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

QHash<qint64, ErrorClassRecord> ErrorClassStore::currentForCampaign(qint64 campaignId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT %1 FROM error_class_corrections c JOIN rounds r ON r.id = c.round_id "
                       "JOIN examples e ON e.id = r.example_id WHERE e.campaign_id = :c ORDER BY c.id"_s.arg(QLatin1StringView(kColumns)),
                       {{u":c"_s, campaignId}});
    return newestPerRound(q);
}

QHash<qint64, ErrorClassRecord> ErrorClassStore::currentForExample(qint64 exampleId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT %1 FROM error_class_corrections c JOIN rounds r ON r.id = c.round_id "
                       "WHERE r.example_id = :e ORDER BY c.id"_s.arg(QLatin1StringView(kColumns)),
                       {{u":e"_s, exampleId}});
    return newestPerRound(q);
}

} // namespace wb::store
