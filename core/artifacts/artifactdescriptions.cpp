// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactdescriptions.h"

#include "store/workspace.h"
#include "util/error.h"

#include <QJsonDocument>

namespace wb::artifacts {

QList<store::PipelineStore::ArtifactRow> ArtifactDescriptions::ofRound(const std::shared_ptr<store::Workspace> &workspace,
                                                                      qint64 roundId, const ArtifactDescriber::Options &options)
{
    store::PipelineStore pipeline(workspace);
    QList<store::PipelineStore::ArtifactRow> rows = pipeline.artifacts(roundId);
    for (auto &row : rows) {
        if (!row.description.isEmpty() || row.blobSha.isEmpty())
            continue;
        if (ArtifactDescriber::kindOf(row.name) == ArtifactDescriber::Kind::None)
            continue;
        const QByteArray content = pipeline.blob(row.blobSha);
        const QJsonObject d = ArtifactDescriber::describe(row.name, content, options);
        if (d.isEmpty())
            continue;   // nothing to say yet (a table, or trajectories not read): ask again next time
        row.description = QJsonDocument(d).toJson(QJsonDocument::Compact);
        if (workspace->isReadOnly())
            continue;
        try {
            pipeline.setArtifactDescription(roundId, row.name, row.description);
        } catch (const Error &) {
            // Storing is a cache: the description is returned all the same.
        }
    }
    return rows;
}

} // namespace wb::artifacts
