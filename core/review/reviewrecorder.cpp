// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewrecorder.h"

#include "store/adjudicationstore.h"
#include "store/annotationstore.h"
#include "store/judgementstore.h"
#include "store/pairwisestore.h"

namespace wb::review {

store::JudgementRecord ReviewRecorder::judge(const std::shared_ptr<store::Workspace> &workspace, const store::JudgementRecord &judgement)
{
    return store::JudgementStore(workspace).add(judgement);
}

store::PairwiseRecord ReviewRecorder::comparePair(const std::shared_ptr<store::Workspace> &workspace, const store::PairwiseRecord &judgement)
{
    return store::PairwiseStore(workspace).add(judgement);
}

store::AnnotationRecord ReviewRecorder::comment(const std::shared_ptr<store::Workspace> &workspace, const store::AnnotationRecord &annotation)
{
    return store::AnnotationStore(workspace).add(annotation);
}

void ReviewRecorder::removeComment(const std::shared_ptr<store::Workspace> &workspace, qint64 id, const QString &annotator)
{
    store::AnnotationStore(workspace).remove(id, annotator);
}

QList<store::AdjudicationRecord> ReviewRecorder::adjudicate(const std::shared_ptr<store::Workspace> &workspace,
                                                            const QList<store::AdjudicationRecord> &records)
{
    store::AdjudicationStore store(workspace);
    QList<store::AdjudicationRecord> stored;
    for (const auto &r : records)
        stored << store.record(r);
    return stored;
}

} // namespace wb::review
