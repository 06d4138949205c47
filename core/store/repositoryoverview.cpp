// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/repositoryoverview.h"

#include "store/pipelinestore.h"
#include "store/repositorystore.h"

namespace wb::store {

RepositoryOverview RepositoryOverview::read(const std::shared_ptr<Workspace> &workspace)
{
    return {RepositoryStore(workspace).repositories(), readOutcomes(workspace)};
}

QList<RepositoryOutcome> RepositoryOverview::readOutcomes(const std::shared_ptr<Workspace> &workspace)
{
    return PipelineStore(workspace).latestOutcomes();
}

} // namespace wb::store
