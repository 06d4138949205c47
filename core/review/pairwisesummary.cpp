// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/pairwisesummary.h"

#include "review/blindreview.h"
#include "review/campaignmatrix.h"
#include "store/pairwisestore.h"
#include "store/pipelinestore.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace wb::review {

PairwiseSummary PairwiseSummary::compute(const std::shared_ptr<store::Workspace> &workspace)
{
    PairwiseSummary summary;
    summary.blind = BlindReview::isEnabled(workspace);
    struct Campaign
    {
        QString label;
        QString model;
    };
    QHash<qint64, Campaign> campaigns;
    const auto records = store::PipelineStore(workspace).campaigns();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString model = CampaignMatrix::generatorModel(records[i].configJson);
        campaigns.insert(records[i].id, summary.blind ? Campaign{CampaignMatrix::blindLabel(records[i].name, model, int(i) + 1), {}}
                                                      : Campaign{records[i].name, model});
    }

    // The latest judgement of each annotator and pair, oriented so that "a" is the lower-id campaign.
    QMap<std::pair<QString, QString>, store::PairwiseRecord> latest;
    for (store::PairwiseRecord p : store::PairwiseStore(workspace).list()) {
        if (p.campaignA > p.campaignB) {
            std::swap(p.campaignA, p.campaignB);
            std::swap(p.exampleA, p.exampleB);
            for (QString *choice : {&p.accuracy, &p.completeness, &p.soundness})
                if (*choice != u"tie"_s)
                    *choice = *choice == u"a"_s ? u"b"_s : u"a"_s;
        }
        latest.insert({p.annotator, u"%1:%2"_s.arg(p.exampleA).arg(p.exampleB)}, p);
    }
    QMap<std::pair<qint64, qint64>, QList<Row>> byPair;
    for (const auto &p : std::as_const(latest)) {
        QList<Row> &rows = byPair[{p.campaignA, p.campaignB}];
        if (rows.isEmpty()) {
            for (const QString &criterion : store::PairwiseStore::criteria()) {
                Row row;
                row.campaignA = p.campaignA;
                row.campaignB = p.campaignB;
                row.labelA = campaigns.value(p.campaignA).label;
                row.labelB = campaigns.value(p.campaignB).label;
                row.modelA = campaigns.value(p.campaignA).model;
                row.modelB = campaigns.value(p.campaignB).model;
                row.criterion = criterion;
                rows << row;
            }
        }
        for (Row &row : rows) {
            const QString choice = store::PairwiseStore::choice(p, row.criterion);
            (choice == u"a"_s ? row.wins : choice == u"b"_s ? row.losses : row.ties) += 1;
        }
    }
    for (auto &rows : byPair) {
        for (Row &row : rows)
            if (row.comparisons() > 0)
                row.winRate = double(row.wins) / row.comparisons();
        summary.rows << rows;
    }
    return summary;
}

QJsonObject PairwiseSummary::toJson() const
{
    QJsonArray array;
    for (const Row &r : rows)
        array.append(QJsonObject{{u"campaign_a"_s, r.labelA},
                                 {u"campaign_a_id"_s, r.campaignA},
                                 {u"model_a"_s, r.modelA.isEmpty() ? QJsonValue() : QJsonValue(r.modelA)},
                                 {u"campaign_b"_s, r.labelB},
                                 {u"campaign_b_id"_s, r.campaignB},
                                 {u"model_b"_s, r.modelB.isEmpty() ? QJsonValue() : QJsonValue(r.modelB)},
                                 {u"criterion"_s, r.criterion},
                                 {u"wins"_s, r.wins},
                                 {u"ties"_s, r.ties},
                                 {u"losses"_s, r.losses},
                                 {u"comparisons"_s, r.comparisons()},
                                 {u"win_rate"_s, r.winRate ? QJsonValue(*r.winRate) : QJsonValue()}});
    return {{u"blind"_s, blind}, {u"pairs"_s, array}};
}

} // namespace wb::review
