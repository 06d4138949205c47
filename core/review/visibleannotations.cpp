// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/visibleannotations.h"

#include "review/blindreview.h"

#include <QHash>

namespace wb::review {

QList<store::AnnotationRecord> VisibleAnnotations::filter(const std::shared_ptr<store::Workspace> &workspace, const QString &viewer,
                                                          const QList<store::AnnotationRecord> &annotations)
{
    const QString me = viewer.trimmed();
    QHash<qint64, bool> revealed;   // per example, asked once
    QList<store::AnnotationRecord> out;
    for (const auto &a : annotations) {
        if (a.annotator != me) {
            auto it = revealed.find(a.exampleId);
            if (it == revealed.end())
                it = revealed.insert(a.exampleId, BlindReview::revealed(workspace, a.exampleId, me));
            if (!it.value())
                continue;
        }
        out << a;
    }
    return out;
}

} // namespace wb::review
