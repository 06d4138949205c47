// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/pairwisequeue.h"

#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace wb::review {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::review::PairwiseQueue)
};

QString pairKey(qint64 a, qint64 b)
{
    return u"%1:%2"_s.arg(std::min(a, b)).arg(std::max(a, b));
}
} // namespace

QList<PairwiseQueue::Item> PairwiseQueue::all(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignA,
                                              qint64 campaignB, const QString &annotator)
{
    const QString who = annotator.trimmed();
    if (who.isEmpty())
        throw Error(Tr::tr("Blind comparisons are recorded under your name; set it in the settings first."),
                    Error::Kind::InvalidInput);
    if (campaignA == campaignB)
        throw Error(Tr::tr("Choose two different campaigns to compare."), Error::Kind::InvalidInput);
    const store::PipelineStore pipeline(workspace);
    for (const qint64 id : {campaignA, campaignB})
        if (!pipeline.findCampaign(QString::number(id)))
            throw Error(Tr::tr("No campaign %1.").arg(id), Error::Kind::NotFound);

    const QSqlDatabase db = workspace->database();
    QSqlQuery q = store::exec(db,
                              u"SELECT a.repository_id, r.name, a.id, b.id FROM examples a "
                              "JOIN examples b ON b.repository_id = a.repository_id AND b.campaign_id = :cb "
                              "JOIN repositories r ON r.id = a.repository_id "
                              "WHERE a.campaign_id = :ca AND a.status IN ('SUCCESS', 'FAILED') AND b.status IN ('SUCCESS', 'FAILED') "
                              "AND EXISTS (SELECT 1 FROM rounds x WHERE x.example_id = a.id AND x.origin <> 'human') "
                              "AND EXISTS (SELECT 1 FROM rounds y WHERE y.example_id = b.id AND y.origin <> 'human') "
                              "ORDER BY LOWER(r.name), r.name, a.repository_id"_s,
                              {{u":ca"_s, campaignA}, {u":cb"_s, campaignB}});
    QList<Item> items;
    while (q.next()) {
        Item item;
        item.repositoryId = q.value(0).toLongLong();
        item.repository = q.value(1).toString();
        item.exampleA = q.value(2).toLongLong();
        item.exampleB = q.value(3).toLongLong();
        items << item;
    }

    QSet<QString> done;
    q = store::exec(db,
                    u"SELECT example_a, example_b FROM pairwise_judgements WHERE annotator = :who "
                    "AND campaign_a IN (:c1, :c2) AND campaign_b IN (:c3, :c4)"_s,
                    {{u":who"_s, who}, {u":c1"_s, campaignA}, {u":c2"_s, campaignB}, {u":c3"_s, campaignA}, {u":c4"_s, campaignB}});
    while (q.next())
        done.insert(pairKey(q.value(0).toLongLong(), q.value(1).toLongLong()));

    // Rank the pairs by a hash of annotator and examples; even ranks show the lower-id campaign on the left.
    const bool aIsFirst = campaignA < campaignB;
    QList<QByteArray> hashes;
    hashes.reserve(items.size());
    for (const Item &item : std::as_const(items))
        hashes << QCryptographicHash::hash((who + u'\n' + pairKey(item.exampleA, item.exampleB)).toUtf8(),
                                           QCryptographicHash::Sha1);
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        return hashes[x] != hashes[y] ? hashes[x] < hashes[y] : items[x].repositoryId < items[y].repositoryId;
    });
    for (qsizetype rank = 0; rank < order.size(); ++rank) {
        Item &item = items[order[rank]];
        const bool firstOnLeft = rank % 2 == 0;
        item.leftExampleId = (firstOnLeft == aIsFirst) ? item.exampleA : item.exampleB;
        item.done = done.contains(pairKey(item.exampleA, item.exampleB));
    }
    return items;
}

QList<PairwiseQueue::Item> PairwiseQueue::pending(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignA,
                                                  qint64 campaignB, const QString &annotator)
{
    QList<Item> items = all(workspace, campaignA, campaignB, annotator);
    items.removeIf([](const Item &item) { return item.done; });
    return items;
}

} // namespace wb::review
