// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pairwiserecord.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace wb::store {

class Workspace;

/** Typed access to the append-only pairwise judgements. Uses the calling thread's connection; throws wb::Error. */
class PairwiseStore final
{
public:
    explicit PairwiseStore(std::shared_ptr<Workspace> workspace);
    /**
     * For records made in another workspace (a review bundle merged back): what is added keeps its
     * createdAt when it has one, instead of now. Everything else about adding stays the same.
     */
    void keepRecordedTimes() { m_keepRecordedTimes = true; }

    /**
     * Appends @p judgement; the repository, the campaigns, the id and the time are set here from the
     * store. Throws wb::Error (InvalidInput), writing nothing, for: an empty annotator, an unknown
     * example, one example twice, examples of different repositories or of the same campaign, a left
     * example that is neither of the two, a choice outside a / b / tie, a negative time.
     */
    PairwiseRecord add(PairwiseRecord judgement);

    /** Every pairwise judgement, oldest first; @p annotator non-empty: only theirs. */
    QList<PairwiseRecord> list(const QString &annotator = {}) const;

    static const QStringList &criteria();       ///< accuracy, completeness, soundness
    /** The choice of @p judgement for @p criterion (one of criteria()); empty for another name. */
    static QString choice(const PairwiseRecord &judgement, const QString &criterion);
    static const QStringList &choiceValues();   ///< a, b, tie

private:
    std::shared_ptr<Workspace> m_workspace;
    bool m_keepRecordedTimes = false;
};

} // namespace wb::store
