// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/repositoryoutcome.h"
#include "store/repositoryrecord.h"

#include <QList>

#include <memory>

namespace wb::store {

class Workspace;

/** The repository table's data: every repository and where each stands in its newest campaign. */
struct RepositoryOverview
{
    QList<RepositoryRecord> repositories;
    QList<RepositoryOutcome> outcomes;

    /** Reads both (two queries); throws StoreError. */
    static RepositoryOverview read(const std::shared_ptr<Workspace> &workspace);
    /** Only the outcomes, after a campaign changed them (the repositories stay as they are). */
    static QList<RepositoryOutcome> readOutcomes(const std::shared_ptr<Workspace> &workspace);
};

} // namespace wb::store
