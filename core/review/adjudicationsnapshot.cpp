// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/adjudicationsnapshot.h"

#include "store/pipelinestore.h"

namespace wb::review {

AdjudicationSnapshot AdjudicationSnapshot::load(const std::shared_ptr<store::Workspace> &workspace, const QString &campaign)
{
    AdjudicationSnapshot s;
    for (const auto &c : store::PipelineStore(workspace).campaigns())
        s.campaigns << c.name;
    s.items = AdjudicationQueue::compute(workspace, campaign);
    return s;
}

} // namespace wb::review
