// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/adjudicationrecord.h"
#include "store/annotationrecord.h"
#include "store/judgementrecord.h"
#include "store/pairwiserecord.h"

#include <QList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * The writes a reviewer makes from the workbench, as functions of the workspace that a view hands to
 * its session (they run off the GUI thread). Each returns what was stored; each throws wb::Error.
 */
class ReviewRecorder final
{
public:
    /** Appends @p judgement (it supersedes the annotator's previous one of the example). */
    static store::JudgementRecord judge(const std::shared_ptr<store::Workspace> &workspace, const store::JudgementRecord &judgement);
    /** Appends a blind A/B judgement of two examples. */
    static store::PairwiseRecord comparePair(const std::shared_ptr<store::Workspace> &workspace, const store::PairwiseRecord &judgement);
    /** Adds a line comment. */
    static store::AnnotationRecord comment(const std::shared_ptr<store::Workspace> &workspace, const store::AnnotationRecord &annotation);
    /** Removes comment @p id, which must be @p annotator's own. */
    static void removeComment(const std::shared_ptr<store::Workspace> &workspace, qint64 id, const QString &annotator);
    /** Records gold values (one per criterion), in order. */
    static QList<store::AdjudicationRecord> adjudicate(const std::shared_ptr<store::Workspace> &workspace,
                                                       const QList<store::AdjudicationRecord> &records);
};

} // namespace wb::review
