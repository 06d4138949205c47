// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/examplereview.h"

#include "review/blindreview.h"
#include "review/visibleannotations.h"
#include "store/annotationstore.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"

namespace wb::review {

ExampleReview::History ExampleReview::history(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId,
                                              const QString &annotator)
{
    History h;
    h.judgements = store::JudgementStore(workspace).history(exampleId);
    h.revealed = BlindReview::revealed(workspace, exampleId, annotator);
    if (!h.revealed)   // blind: only one's own judgements until one has submitted
        h.judgements.removeIf([&](const store::JudgementRecord &j) { return j.annotator != annotator; });
    return h;
}

ReviewQueue ExampleReview::queue(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId, const QString &annotator)
{
    const auto example = store::PipelineStore(workspace).example(exampleId);
    return ReviewQueue::load(workspace, example ? example->campaignId : -1, annotator);
}

QList<store::AnnotationRecord> ExampleReview::comments(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId,
                                                       const QString &viewer)
{
    return VisibleAnnotations::filter(workspace, viewer, store::AnnotationStore(workspace).forExample(exampleId));
}

} // namespace wb::review
