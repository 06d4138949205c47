// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/examplesnapshot.h"

#include "pipeline/campaignconfig.h"
#include "review/blindreview.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::review {

const QStringList &ExampleSnapshot::fileNames()
{
    static const QStringList names{u"main.py"_s, u"requirements.txt"_s, u"run.sh"_s, u"metadata.json"_s};
    return names;
}

ExampleSnapshot ExampleSnapshot::load(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId,
                                      const QString &annotator)
{
    store::PipelineStore pipeline(workspace);
    ExampleSnapshot s;
    const auto example = pipeline.example(exampleId);
    if (!example)
        throw Error(QCoreApplication::translate("wb::ui::ExampleView", "Example %1 does not exist.").arg(exampleId),
                    Error::Kind::NotFound);
    s.example = *example;
    if (const auto campaign = pipeline.findCampaign(QString::number(example->campaignId)))
        s.pythonPath = pipeline::CampaignConfig::fromJson(campaign->configJson).pythonPath;
    for (const auto &r : pipeline.rounds(exampleId)) {
        Round round;
        round.record = r;
        round.mainPy = QString::fromUtf8(pipeline.blob(r.mainPyBlob));
        round.requirementsTxt = QString::fromUtf8(pipeline.blob(r.requirementsBlob));
        round.runSh = QString::fromUtf8(pipeline.blob(r.runShBlob));
        round.metadataJson = QString::fromUtf8(pipeline.blob(r.metadataBlob));
        round.log = pipeline.logs(r.id);
        round.artifacts = pipeline.artifacts(r.id);
        for (const auto &a : std::as_const(round.artifacts))
            if (!a.blobSha.isEmpty() && a.sizeBytes <= MaxArtifactBytes)
                round.artifactContent.insert(a.name, pipeline.blob(a.blobSha));
        s.rounds << round;
    }
    s.blinded = !BlindReview::revealed(workspace, exampleId, annotator);
    return s;
}

} // namespace wb::review
