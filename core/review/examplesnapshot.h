// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pipelinerecords.h"
#include "store/pipelinestore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * Everything the example view shows of one example, read in one go: the example, each round's four
 * files, log and artifacts (with their content where kept and at most MaxArtifactBytes), and whether
 * blind review hides the judge's verdict and the outcome from the annotator. A plain value type.
 */
struct ExampleSnapshot
{
    static constexpr qint64 MaxArtifactBytes = 25LL * 1024 * 1024;

    struct Round
    {
        store::RoundRecord record;
        QString mainPy;
        QString requirementsTxt;
        QString runSh;
        QString metadataJson;
        QList<store::PipelineStore::LogRow> log;
        QList<store::PipelineStore::ArtifactRow> artifacts;
        QHash<QString, QByteArray> artifactContent;   ///< name → content (when kept)

        /** The four files in the order of fileNames(). */
        QStringList files() const { return {mainPy, requirementsTxt, runSh, metadataJson}; }
    };

    store::ExampleRecord example;
    QList<Round> rounds;
    bool blinded = false;   ///< blind review: the judge's verdict and the outcome are hidden from the annotator
    QString pythonPath;     ///< the campaign's interpreter (empty: the executors' default), e.g. to read trajectories

    /** main.py, requirements.txt, run.sh, metadata.json. */
    static const QStringList &fileNames();

    /**
     * Reads example @p exampleId as @p annotator may see it (review::BlindReview::revealed). Runs off the
     * GUI thread; throws Error (NotFound) when the example does not exist.
     */
    static ExampleSnapshot load(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId,
                                const QString &annotator);
};

} // namespace wb::review
