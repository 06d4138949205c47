// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repo/sourcefeatures.h"
#include "store/filerecord.h"

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace wb::repo {

/** Repository-wide signals for the static prior, gathered before files are scored. */
struct RepositoryContext
{
    QStringList packageNames;     ///< importable names of the repository's own package(s)
    QSet<QString> entryPoints;    ///< files that console scripts / [project.scripts] point to
    QHash<QString, QString> commands;   ///< console script name → the file it runs
    QSet<QString> readmeWords;    ///< the root README's words (lower-case, 4+ letters, no stop words)
    QSet<QString> readmeMentions; ///< path-like tokens from the root README
    QSet<QString> readmeDocPages; ///< documentation pages whose published address the root README links
};

/** A prior and the signals that produced it, for tooltips and the CLI. */
struct PriorAssessment
{
    int prior = 1;                ///< the band 1-5 of score (the heatmap's colour)
    double score = 0;             ///< the continuous ranking score; higher first
    bool readmeNamed = false;     ///< the root README names the file: it is always classified
    QStringList reasons;          ///< the signals, strongest first, with their share of the score
};

/** What the scorer knows about one file. */
struct PriorInput
{
    QString path;
    QString objectSha;            ///< equal blobs are duplicates
    store::FileCategory category = store::FileCategory::Other;
    store::FileKind kind = store::FileKind::File;
    qint64 sizeBytes = 0;
    bool isBinary = false;
    bool isLfsPointer = false;
    bool contentSkipped = false;
    QByteArrayView content;       ///< read by add(), not kept; may be empty
};

/**
 * The static relevance ranking of a repository's files, from paths and contents only: each file's role
 * (README, usage documentation, example, entry point, package module, test, data, build and docs
 * plumbing) gives a base score; the rest of the repository adds to it — the modules that the README's
 * code, examples, notebooks, documentation and tests import (an import graph, re-exports of
 * `__init__.py` followed), the symbols the README names, the data files that examples and tests open,
 * the files the README names, what goes with the strongest files — while copies are damped and each kind
 * (docs, examples, package code, tests) makes room for the others at the top. The weights are data
 * (RelevanceWeights). It orders the files before (and stands in for) the LLM rating and decides which
 * files are worth a classification call. Not thread-safe per object; separate objects are independent.
 */
class RelevancePrior final
{
public:
    /** @p paths: every path of the tree; the other arguments: contents of root files (may be empty). */
    static RepositoryContext buildContext(const QStringList &paths, const QByteArray &readme,
                                          const QList<QByteArray> &packagingFiles);

    explicit RelevancePrior(RepositoryContext context);
    ~RelevancePrior();
    RelevancePrior(const RelevancePrior &) = delete;
    RelevancePrior &operator=(const RelevancePrior &) = delete;

    /** Adds a file; its content is read now (SourceFeatures) and not kept. */
    void add(const PriorInput &file);
    /** The assessments of the files added so far, in the order they were added. */
    QList<PriorAssessment> rank() const;

    /** One file ranked as if it were the repository's only file (no cross-file signals). */
    static PriorAssessment assess(const PriorInput &file, const RepositoryContext &context);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wb::repo
