// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repo/inventorybuilder.h"
#include "repo/sourcespec.h"
#include "repo/transferprogress.h"
#include "store/repositoryrecord.h"

#include <atomic>
#include <functional>
#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::repo {

/**
 * Adds one repository to a workspace: mirror (clone, or fetch when known) → pin the commit → inventory
 * → licence → one transaction into the store. A failure or cancel at any step writes nothing (the
 * mirror of a first clone is removed too). Blocking; used by the CLI directly and by IngestJob.
 */
class RepositoryIngestor final
{
public:
    using ProgressCallback = std::function<void(const TransferProgress &)>;

    explicit RepositoryIngestor(std::shared_ptr<store::Workspace> workspace, InventoryOptions options = {});

    /** Throws wb::Error with a user-facing message. */
    store::RepositoryRecord ingest(const SourceSpec &source, const std::atomic_bool *cancel = nullptr,
                                   const ProgressCallback &progress = {}) const;

private:
    std::shared_ptr<store::Workspace> m_workspace;
    InventoryOptions m_options;
};

} // namespace wb::repo
