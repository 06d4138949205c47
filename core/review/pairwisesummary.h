// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * The blind A/B results per campaign pair and criterion, from the first (lower-id) campaign's side:
 * wins, ties, losses and the win rate (wins ÷ comparisons, a tie counting as no win). Each annotator's
 * latest judgement of a pair counts once. Campaign labels and models follow the matrix's blind-mode
 * rule (CampaignMatrix::blindLabel): in blind mode there is no model and a telling name is replaced.
 */
class PairwiseSummary final
{
public:
    struct Row
    {
        qint64 campaignA = 0;
        qint64 campaignB = 0;
        QString labelA;
        QString labelB;
        QString modelA;                 ///< empty in blind mode
        QString modelB;
        QString criterion;              ///< accuracy | completeness | soundness
        int wins = 0;                   ///< campaign A's example chosen
        int ties = 0;
        int losses = 0;                 ///< campaign B's example chosen
        std::optional<double> winRate;  ///< wins ÷ comparisons; nullopt without comparisons

        int comparisons() const { return wins + ties + losses; }
    };

    /** Reads the store (blocking). Throws wb::Error. */
    static PairwiseSummary compute(const std::shared_ptr<store::Workspace> &workspace);

    bool blind = false;
    QList<Row> rows;                    ///< by campaign pair, then criterion in PairwiseStore::criteria() order

    QJsonObject toJson() const;
};

} // namespace wb::review
