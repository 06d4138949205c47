// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/examplestatus.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * The review queue of one annotator over one campaign (or all): every example the pipeline finished
 * with at least one round, in campaign and repository order, with what the queue's navigation needs.
 * A plain value type, loaded off the GUI thread.
 */
class ReviewQueue final
{
public:
    struct Item
    {
        qint64 exampleId = 0;
        qint64 campaignId = 0;
        QString repository;
        store::ExampleStatus status = store::ExampleStatus::Error;   ///< the pipeline's outcome (terminal)
        QString myDecision;       ///< the annotator's current decision ("" when none or not reviewed)
        bool reviewedByMe = false;
        bool reviewedByAnyone = false;
        /**
         * Raters disagree on the decision: the annotators' current decisions differ among themselves or
         * from the judge's. In blind mode only known for examples the annotator has reviewed.
         */
        bool disagreement = false;
    };

    struct Progress
    {
        QString annotator;
        int reviewed = 0;         ///< examples of the queue with a current judgement by the annotator
        int total = 0;            ///< examples in the queue
    };

    enum class Filter {
        Unreviewed,               ///< not yet reviewed by the annotator
        Disagreement,             ///< a disagreement (see Item::disagreement)
        JudgeSuccess,             ///< the pipeline ended in SUCCESS
        JudgeFailure,             ///< the pipeline ended in FAILED or ERROR
        NeedsWork,                ///< the annotator's decision is needs_work
        NobodyReviewed,           ///< no annotator reviewed it yet
        Any,
    };

    /** Reads the queue of @p annotator for @p campaignId (0: every campaign). Blocking; throws wb::Error. */
    static ReviewQueue load(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignId, const QString &annotator);

    QList<Item> items;
    QList<Progress> progress;     ///< per annotator who judged anything here, the queue's annotator first

    bool matches(const Item &item, Filter filter) const;
    /**
     * The next example after @p currentExampleId (in queue order, wrapping around, never the current
     * one) that matches @p filter; empty when none does. With @p backwards, the previous one.
     */
    std::optional<qint64> next(qint64 currentExampleId, Filter filter, bool backwards = false) const;
    int count(Filter filter) const;
};

} // namespace wb::review

Q_DECLARE_METATYPE(wb::review::ReviewQueue)
