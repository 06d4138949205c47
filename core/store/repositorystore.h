// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/filerecord.h"
#include "store/repositoryrecord.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace wb::store {

class Workspace;

/**
 * Typed access to tables repositories and files. Uses the calling thread's connection; every method
 * may throw wb::Error (Kind::Database, or Kind::NotFound / InvalidInput for lookups).
 */
class RepositoryStore final
{
public:
    explicit RepositoryStore(std::shared_ptr<Workspace> workspace);

    QList<RepositoryRecord> repositories() const;
    std::optional<RepositoryRecord> findById(qint64 id) const;
    std::optional<RepositoryRecord> findByUrl(const QString &url) const;
    /** By id, URL or name ("owner/name", or just "name" when unique). Throws when absent or ambiguous. */
    RepositoryRecord resolve(const QString &reference) const;

    /**
     * Adds a repository known only by name and URL (no clone, no inventory, commit "unknown"), e.g. from
     * an imported CodeDistiller run; returns the existing one's id when the URL is known. Throws.
     */
    qint64 addExternal(const QString &name, const QString &source, const QString &url);

    /** Inventory sorted by prior (highest first), then path. */
    QList<FileRecord> files(qint64 repositoryId) const;
    int fileCount(qint64 repositoryId) const;

    /**
     * Writes @p repository (inserted, or updated when its URL exists) and replaces its inventory with
     * the records @p produceFiles hands to its sink. The records are staged first (no workspace lock
     * held while the producer runs), then swapped in by one short transaction: readers see the old
     * inventory or the new one, never a mix. The producer may throw (e.g. on cancel); nothing is then
     * written. Returns the repository id; file_count and size_bytes are computed here.
     */
    qint64 saveInventory(RepositoryRecord &repository,
                         const std::function<void(const std::function<void(const FileRecord &)> &sink)> &produceFiles);

    void remove(qint64 repositoryId);

private:
    std::shared_ptr<Workspace> m_workspace;
};

} // namespace wb::store
