// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/filerecord.h"
#include "store/pipelinerecords.h"

#include <QList>

#include <memory>

namespace wb::store {

class Workspace;

/**
 * One repository's inventory as the file table, tree and heatmap show it: its files and the model's
 * ratings of them from the newest example that classified the repository (none when no campaign did).
 */
struct RepositoryFiles
{
    qint64 repositoryId = 0;
    QList<FileRecord> files;
    QList<ClassificationRecord> classifications;

    /** Reads the files and classifications of @p repositoryId; throws StoreError. */
    static RepositoryFiles read(const std::shared_ptr<Workspace> &workspace, qint64 repositoryId);
};

} // namespace wb::store
