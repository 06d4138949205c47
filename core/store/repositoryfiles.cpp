// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/repositoryfiles.h"

#include "store/pipelinestore.h"
#include "store/repositorystore.h"

namespace wb::store {

RepositoryFiles RepositoryFiles::read(const std::shared_ptr<Workspace> &workspace, qint64 repositoryId)
{
    RepositoryFiles loaded;
    loaded.repositoryId = repositoryId;
    loaded.files = RepositoryStore(workspace).files(repositoryId);
    const PipelineStore pipeline(workspace);
    if (const auto example = pipeline.latestClassifiedExample(repositoryId))
        loaded.classifications = pipeline.classifications(*example);
    return loaded;
}

} // namespace wb::store
