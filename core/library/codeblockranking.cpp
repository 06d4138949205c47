// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/codeblockranking.h"

#include "library/libraryindex.h"

namespace wb::library {

exchange::AgentPreview::Ranker CodeblockRanking::over(const std::shared_ptr<store::Workspace> &workspace,
                                                      const exchange::AgentPreview::Index &index, bool acceptedOnly)
{
    return [workspace, names = index.nameOfExample, acceptedOnly](const QString &query, int k) {
        QStringList out;
        // More hits than asked for: examples the export left out (licence, campaign) are skipped.
        const LibrarySearch found = LibraryIndex(workspace).search(query, std::max(k, 1) * 4, acceptedOnly);
        for (const LibraryHit &hit : found.hits) {
            const QString name = names.value(hit.exampleId);
            if (!name.isEmpty() && !out.contains(name))
                out << name;
            if (out.size() >= k)
                break;
        }
        return out;
    };
}

} // namespace wb::library
