// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * The blind A/B queue of one annotator for two campaigns: the repositories where both campaigns have a
 * finished example (status SUCCESS or FAILED, with at least one pipeline round), in repository order.
 *
 * Sides are counterbalanced deterministically: all pairs of the two campaigns are ranked by a hash of
 * the annotator and the two example ids, and every other pair in that ranking shows the first (lower-id)
 * campaign's example on the left. So exactly half (±1) of all pairs show each campaign on the left, a
 * pair keeps its sides across sessions and whichever campaign is chosen first, and the sides follow no
 * pattern an annotator could learn from the repository order.
 */
class PairwiseQueue final
{
public:
    struct Item
    {
        qint64 repositoryId = 0;
        QString repository;
        qint64 exampleA = 0;        ///< the first campaign's example (as passed to all / pending)
        qint64 exampleB = 0;        ///< the second campaign's
        qint64 leftExampleId = 0;   ///< exampleA or exampleB: shown on the left, as "A"
        bool done = false;          ///< the annotator has compared this pair already

        qint64 rightExampleId() const { return leftExampleId == exampleA ? exampleB : exampleA; }
    };

    /**
     * Every comparable pair of @p campaignA and @p campaignB with its sides for @p annotator. Reads the
     * store (blocking). Throws wb::Error (InvalidInput) for an empty annotator or one campaign twice,
     * (NotFound) for an unknown campaign.
     */
    static QList<Item> all(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignA, qint64 campaignB,
                           const QString &annotator);
    /** The pairs of all() that @p annotator has not compared yet. */
    static QList<Item> pending(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignA, qint64 campaignB,
                               const QString &annotator);
};

} // namespace wb::review
