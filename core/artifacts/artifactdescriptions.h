// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactdescriber.h"
#include "store/pipelinestore.h"

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::artifacts {

/**
 * The stored descriptions of a round's artifacts, completed on demand: an artifact saved without one (too
 * large then, a trajectory, or saved before descriptions existed) is described now with @p options and
 * the description stored, when the workspace is writable. Blocks (reads blobs, may run Python for a
 * trajectory): call it off the GUI thread. Throws wb::Error only when the artifacts cannot be read.
 */
class ArtifactDescriptions final
{
public:
    static QList<store::PipelineStore::ArtifactRow> ofRound(const std::shared_ptr<store::Workspace> &workspace, qint64 roundId,
                                                           const ArtifactDescriber::Options &options = {});
};

} // namespace wb::artifacts
