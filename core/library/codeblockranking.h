// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/agentpreview.h"

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::library {

/**
 * The agent preview's retrieval over the library's BM25 index: for a query, the codeblock names of the
 * best-ranked examples that are in @p index (the export's codeblock index), best first. What an agent with
 * a search step would hand CodeScientist's planner when the whole index does not fit its window.
 */
class CodeblockRanking final
{
public:
    /**
     * A ranker reading @p workspace (in the thread that calls it; the index refreshes itself first).
     * @p acceptedOnly as the selection the index was built from.
     */
    static exchange::AgentPreview::Ranker over(const std::shared_ptr<store::Workspace> &workspace,
                                               const exchange::AgentPreview::Index &index, bool acceptedOnly);
};

} // namespace wb::library
