// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/filerecord.h"

#include <QByteArrayView>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wb::repo {

/** Repository-wide signals for the static prior, gathered before files are scored. */
struct RepositoryContext
{
    QStringList packageNames;     ///< importable names of the repository's own package(s)
    QSet<QString> entryPoints;    ///< files that console scripts / [project.scripts] point to
    QSet<QString> readmeMentions; ///< path-like tokens from the root README
};

/** A prior and the signals that produced it, for tooltips and the CLI. */
struct PriorAssessment
{
    int prior = 1;
    QStringList reasons;
};

/** What the scorer knows about one file. */
struct PriorInput
{
    QString path;
    store::FileCategory category = store::FileCategory::Other;
    store::FileKind kind = store::FileKind::File;
    qint64 sizeBytes = 0;
    bool isBinary = false;
    bool isLfsPointer = false;
    bool contentSkipped = false;
    QByteArrayView content;       ///< may be empty when not loaded
};

/**
 * The static relevance prior 1-5 of a file, from path and content signals only: README-named files,
 * examples/ folders, entry points, tests, depth, imports of the repository's own package. It orders
 * the files before (and stands in for) the LLM rating. Pure functions, thread-safe.
 */
class RelevancePrior final
{
public:
    /** @p paths: every path of the tree; the other arguments: contents of root files (may be empty). */
    static RepositoryContext buildContext(const QStringList &paths, const QByteArray &readme,
                                          const QList<QByteArray> &packagingFiles);

    static PriorAssessment assess(const PriorInput &file, const RepositoryContext &context);
};

} // namespace wb::repo
