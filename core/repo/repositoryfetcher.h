// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repo/sourcespec.h"
#include "repo/transferprogress.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

namespace wb::repo {

/** A repository mirrored into the cache and pinned at a commit. */
struct FetchResult
{
    QString gitDir;         ///< the bare mirror
    QString commitSha;      ///< pinned: the default branch's tip at fetch time
    QString defaultBranch;  ///< empty for a detached remote HEAD
    QDateTime commitTime;
    bool updated = false;   ///< true: an existing mirror was fetched, not cloned
    bool inPlace = false;   ///< true: a shallow local repository read where it is (gitDir is the user's)
};

/**
 * Mirrors repositories into a cache folder with libgit2: a bare repository whose branches follow the
 * remote's. A first fetch goes to a temporary folder renamed into place only on success, so a failed
 * or cancelled clone leaves nothing behind; the folder of a clone whose process was killed is removed
 * by the next fetch into the same cache, once its lock shows that process is gone. A mirror that
 * exists is fetched into instead. A shallow
 * local repository cannot be cloned by libgit2 1.5: it is read in place (FetchResult::inPlace).
 * Blocking: call from a worker thread or the CLI.
 */
class RepositoryFetcher final
{
public:
    using ProgressCallback = std::function<void(const TransferProgress &)>;

    explicit RepositoryFetcher(QString cacheRoot);

    /** Throws wb::Error: NotFound, Authentication, Cancelled, Git (empty repository, network...). */
    FetchResult fetch(const SourceSpec &source, const std::atomic_bool *cancel = nullptr,
                      const ProgressCallback &progress = {}) const;

    /** Where the mirror of @p source lives; every component is sanitised. */
    QString mirrorPath(const SourceSpec &source) const;

private:
    QString m_cacheRoot;
};

} // namespace wb::repo
