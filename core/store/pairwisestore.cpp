// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pairwisestore.h"

#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::PairwiseStore)
};

constexpr auto kColumns = "id, annotator, repository_id, example_a, example_b, campaign_a, campaign_b, left_example, "
                          "accuracy, completeness, soundness, seconds_spent, created_at";

PairwiseRecord fromRow(const QSqlQuery &q)
{
    PairwiseRecord r;
    r.id = q.value(0).toLongLong();
    r.annotator = q.value(1).toString();
    r.repositoryId = q.value(2).toLongLong();
    r.exampleA = q.value(3).toLongLong();
    r.exampleB = q.value(4).toLongLong();
    r.campaignA = q.value(5).toLongLong();
    r.campaignB = q.value(6).toLongLong();
    r.leftExampleId = q.value(7).toLongLong();
    r.accuracy = q.value(8).toString();
    r.completeness = q.value(9).toString();
    r.soundness = q.value(10).toString();
    if (!q.value(11).isNull())
        r.secondsSpent = q.value(11).toInt();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    return r;
}
} // namespace

PairwiseStore::PairwiseStore(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

const QStringList &PairwiseStore::criteria()
{
    static const QStringList list{u"accuracy"_s, u"completeness"_s, u"soundness"_s};
    return list;
}

const QStringList &PairwiseStore::choiceValues()
{
    static const QStringList values{u"a"_s, u"b"_s, u"tie"_s};
    return values;
}

QString PairwiseStore::choice(const PairwiseRecord &judgement, const QString &criterion)
{
    if (criterion == u"accuracy"_s)
        return judgement.accuracy;
    if (criterion == u"completeness"_s)
        return judgement.completeness;
    if (criterion == u"soundness"_s)
        return judgement.soundness;
    return {};
}

PairwiseRecord PairwiseStore::add(PairwiseRecord p)
{
    p.annotator = p.annotator.trimmed();
    if (p.annotator.isEmpty())
        throw Error(Tr::tr("A pairwise judgement needs the annotator's name."), Error::Kind::InvalidInput);
    for (const QString &criterion : criteria()) {
        const QString value = choice(p, criterion);
        if (!choiceValues().contains(value))
            throw Error(Tr::tr("'%1' is not a choice for %2; use %3.").arg(value, criterion, choiceValues().join(u", "_s)),
                        Error::Kind::InvalidInput);
    }
    if (p.exampleA == p.exampleB)
        throw Error(Tr::tr("A pairwise judgement compares two different examples, not example %1 with itself.").arg(p.exampleA),
                    Error::Kind::InvalidInput);
    if (p.leftExampleId != p.exampleA && p.leftExampleId != p.exampleB)
        throw Error(Tr::tr("The example shown on the left (%1) must be one of the two compared (%2, %3).")
                        .arg(p.leftExampleId)
                        .arg(p.exampleA)
                        .arg(p.exampleB),
                    Error::Kind::InvalidInput);
    if (p.secondsSpent && *p.secondsSpent < 0)
        throw Error(Tr::tr("The time spent cannot be negative."), Error::Kind::InvalidInput);

    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    auto exampleRow = [&](qint64 id) {
        QSqlQuery q = exec(db, u"SELECT repository_id, campaign_id FROM examples WHERE id = :id"_s, {{u":id"_s, id}});
        if (!q.next())
            throw Error(Tr::tr("No example %1.").arg(id), Error::Kind::InvalidInput);
        return std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
    };
    const auto [repositoryA, campaignA] = exampleRow(p.exampleA);
    const auto [repositoryB, campaignB] = exampleRow(p.exampleB);
    if (repositoryA != repositoryB)
        throw Error(Tr::tr("Examples %1 and %2 are of different repositories; compare examples of the same one.")
                        .arg(p.exampleA)
                        .arg(p.exampleB),
                    Error::Kind::InvalidInput);
    if (campaignA == campaignB)
        throw Error(Tr::tr("Examples %1 and %2 are of the same campaign; compare two campaigns.").arg(p.exampleA).arg(p.exampleB),
                    Error::Kind::InvalidInput);
    p.repositoryId = repositoryA;
    p.campaignA = campaignA;
    p.campaignB = campaignB;
    if (!m_keepRecordedTimes || !p.createdAt.isValid())
        p.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q = exec(db,
                       u"INSERT INTO pairwise_judgements (annotator, repository_id, example_a, example_b, campaign_a, campaign_b, "
                       "left_example, accuracy, completeness, soundness, seconds_spent, created_at) VALUES "
                       "(:who, :repo, :ea, :eb, :ca, :cb, :left, :acc, :comp, :sound, :secs, :at) RETURNING id"_s,
                       {{u":who"_s, p.annotator},
                        {u":repo"_s, p.repositoryId},
                        {u":ea"_s, p.exampleA},
                        {u":eb"_s, p.exampleB},
                        {u":ca"_s, p.campaignA},
                        {u":cb"_s, p.campaignB},
                        {u":left"_s, p.leftExampleId},
                        {u":acc"_s, p.accuracy},
                        {u":comp"_s, p.completeness},
                        {u":sound"_s, p.soundness},
                        {u":secs"_s, p.secondsSpent ? QVariant(*p.secondsSpent) : QVariant(QMetaType::fromType<int>())},
                        {u":at"_s, p.createdAt.toMSecsSinceEpoch()}});
    p.id = insertedId(q);
    tx.commit();
    return p;
}

QList<PairwiseRecord> PairwiseStore::list(const QString &annotator) const
{
    const QString who = annotator.trimmed();
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT %1 FROM pairwise_judgements WHERE (:all = 1 OR annotator = :who) ORDER BY id"_s.arg(
                           QLatin1StringView(kColumns)),
                       {{u":all"_s, who.isEmpty() ? 1 : 0}, {u":who"_s, who}});
    QList<PairwiseRecord> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

} // namespace wb::store
