// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/adjudicationstore.h"

#include "store/criterion.h"
#include "store/decision.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::AdjudicationStore)
};

constexpr auto kColumns = "d.id, d.example_id, d.criterion, d.value, d.adjudicator, d.reason, d.created_at";

AdjudicationRecord fromRow(const QSqlQuery &q)
{
    AdjudicationRecord r;
    r.id = q.value(0).toLongLong();
    r.exampleId = q.value(1).toLongLong();
    r.criterion = q.value(2).toString();
    r.value = q.value(3).toString();
    r.adjudicator = q.value(4).toString();
    r.reason = q.value(5).toString();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    return r;
}
} // namespace

AdjudicationStore::AdjudicationStore(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

const QStringList &AdjudicationStore::criteria()
{
    static const QStringList list = criterionNames() << u"decision"_s;
    return list;
}

QStringList AdjudicationStore::values(const QString &criterion)
{
    if (criterion == u"decision"_s)
        return decisionWords();
    QStringList gold;
    if (criterionFromString(criterion))
        for (CriterionAnswer a : allCriterionAnswers())
            if (isGoldAnswer(a))   // a gold value settles the question: "unsure" is no answer to it
                gold << criterionAnswerToString(a);
    return gold;
}

AdjudicationRecord AdjudicationStore::record(AdjudicationRecord r)
{
    r.adjudicator = r.adjudicator.trimmed();
    r.reason = r.reason.trimmed();
    if (r.adjudicator.isEmpty())
        throw Error(Tr::tr("A gold decision needs the adjudicator's name."), Error::Kind::InvalidInput);
    if (!criteria().contains(r.criterion))
        throw Error(Tr::tr("'%1' is not a criterion; use one of %2.").arg(r.criterion, criteria().join(u", "_s)), Error::Kind::InvalidInput);
    if (!values(r.criterion).contains(r.value))
        throw Error(Tr::tr("'%1' is not a gold value for %2; use %3.").arg(r.value, r.criterion, values(r.criterion).join(u", "_s)),
                    Error::Kind::InvalidInput);
    if (r.reason.isEmpty())
        throw Error(Tr::tr("A gold decision needs a rationale: say why this value is right."), Error::Kind::InvalidInput);

    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    QSqlQuery example = exec(db, u"SELECT id FROM examples WHERE id = :id"_s, {{u":id"_s, r.exampleId}});
    if (!example.next())
        throw Error(Tr::tr("No example %1.").arg(r.exampleId), Error::Kind::InvalidInput);
    if (!m_keepRecordedTimes || !r.createdAt.isValid())
        r.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q = exec(db,
                       u"INSERT INTO adjudications (example_id, criterion, value, adjudicator, reason, created_at) "
                       "VALUES (:e, :c, :v, :a, :r, :at) RETURNING id"_s,
                       {{u":e"_s, r.exampleId},
                        {u":c"_s, r.criterion},
                        {u":v"_s, r.value},
                        {u":a"_s, r.adjudicator},
                        {u":r"_s, r.reason},
                        {u":at"_s, r.createdAt.toMSecsSinceEpoch()}});
    r.id = insertedId(q);
    tx.commit();
    return r;
}

AdjudicationStore::Gold AdjudicationStore::gold(qint64 exampleId) const
{
    Gold out;
    for (const auto &r : history(exampleId))
        out.insert(r.criterion, r);   // oldest first: the newest stays
    return out;
}

QHash<qint64, AdjudicationStore::Gold> AdjudicationStore::goldForCampaign(qint64 campaignId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT %1 FROM adjudications d JOIN examples e ON e.id = d.example_id WHERE e.campaign_id = :c "
                       "ORDER BY d.id"_s.arg(QLatin1StringView(kColumns)),
                       {{u":c"_s, campaignId}});
    QHash<qint64, Gold> out;
    while (q.next()) {
        const AdjudicationRecord r = fromRow(q);
        out[r.exampleId].insert(r.criterion, r);
    }
    return out;
}

QList<AdjudicationRecord> AdjudicationStore::history(qint64 exampleId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT %1 FROM adjudications d WHERE d.example_id = :e ORDER BY d.id"_s.arg(QLatin1StringView(kColumns)),
                       {{u":e"_s, exampleId}});
    QList<AdjudicationRecord> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

} // namespace wb::store
