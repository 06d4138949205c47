// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewqueue.h"
#include "store/annotationrecord.h"
#include "store/judgementrecord.h"

#include <QList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * What the review panes of one example show, each as one background read: the judgement history, the
 * review queue of its campaign and the line comments, as @p annotator may see them in blind mode
 * (BlindReview). Blocking; each throws wb::Error.
 */
class ExampleReview final
{
public:
    struct History
    {
        QList<store::JudgementRecord> judgements;   ///< oldest first
        /** The judge's answers and others' judgements are shown; false in blind mode until the annotator judged. */
        bool revealed = true;
    };

    /** The judgements of @p exampleId; while not revealed, only @p annotator's own. */
    static History history(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId, const QString &annotator);
    /** The review queue of the campaign of @p exampleId. */
    static ReviewQueue queue(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId, const QString &annotator);
    /** The line comments of @p exampleId that @p viewer may see (VisibleAnnotations). */
    static QList<store::AnnotationRecord> comments(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId,
                                                   const QString &viewer);
};

} // namespace wb::review
