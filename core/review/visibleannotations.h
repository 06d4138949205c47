// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/annotationrecord.h"

#include <QList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * Blind mode for line comments: @p viewer always sees their own comments, and other annotators'
 * comments of an example only once BlindReview::revealed() says so for that example.
 */
class VisibleAnnotations final
{
public:
    /** The comments of @p annotations that @p viewer may see (order kept). Reads the store; throws wb::Error. */
    static QList<store::AnnotationRecord> filter(const std::shared_ptr<store::Workspace> &workspace, const QString &viewer,
                                                 const QList<store::AnnotationRecord> &annotations);
};

} // namespace wb::review
