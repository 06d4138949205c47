// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::exchange {

/**
 * A review bundle: one self-contained SQLite workspace file (.cdw) that a colleague opens offline to
 * review — every example, round, log, artifact and verdict, all blobs inside the file (no cache folder,
 * no WAL beside it) — and the way their reviews come back.
 *
 * merge() brings the bundle's judgements, line comments, gold decisions and blind A/B comparisons into
 * the home workspace, append-only: nothing of either side is changed or lost. Records are matched by
 * content and time (merging twice adds nothing); examples by campaign, repository and commit, rounds by
 * index. A judgement keeps its time; should the same annotator have judged the same example at home later,
 * that newer judgement is appended again on top, so the newest stays current and both are in the history
 * (reported as a conflict). Disagreements between annotators show in the adjudication queue as always.
 */
class ReviewBundle final
{
public:
    struct WriteReport
    {
        qint64 bytes = 0;
        qint64 rows = 0;
    };

    struct MergeReport
    {
        int judgements = 0;
        int annotations = 0;
        int adjudications = 0;
        int pairwise = 0;
        int alreadyThere = 0;       ///< records the home workspace had (merged before, or made here)
        QStringList skipped;        ///< records that could not be placed, with why
        QStringList conflicts;      ///< examples judged by the same annotator on both sides
        QStringList annotators;     ///< whose reviews came in
    };

    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    /**
     * Writes @p source into a new bundle at @p path (which must not exist). Throws wb::Error; an
     * interrupted or failed write leaves no file behind.
     */
    static WriteReport write(const std::shared_ptr<store::Workspace> &source, const QString &path, const Progress &progress = {},
                             const std::atomic_bool *cancelled = nullptr);

    /** Merges the reviews of the bundle at @p bundlePath into @p home. Throws wb::Error. */
    static MergeReport merge(const std::shared_ptr<store::Workspace> &home, const QString &bundlePath);
};

} // namespace wb::exchange
