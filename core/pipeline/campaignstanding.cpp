// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/campaignstanding.h"

#include "store/llmbatchstore.h"
#include "store/pipelinestore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
/** The counts of every campaign: two queries, whatever the number of campaigns. */
struct Counts
{
    QHash<qint64, int> examples;
    QHash<qint64, store::ResumableCampaign> resumable;   ///< absent: nothing to resume or retry

    explicit Counts(const store::PipelineStore &pipeline)
        : examples(pipeline.exampleCounts())
    {
        // With errors retried, every campaign with an unfinished example or an error is listed.
        for (const auto &r : pipeline.resumableCampaigns(store::ErrorPolicy::Retry))
            resumable.insert(r.id, r);
    }
};

CampaignStanding standing(const Counts &counts, const store::LlmBatchStore &batches, const store::CampaignRecord &campaign)
{
    CampaignStanding s;
    s.id = campaign.id;
    s.name = campaign.name;
    s.examples = counts.examples.value(campaign.id);
    const store::ResumableCampaign resumable = counts.resumable.value(campaign.id);
    s.unfinished = resumable.unfinished;
    s.errors = resumable.errors;
    const auto open = batches.openBatches(campaign.id);
    if (!open.isEmpty()) {
        const auto &b = open.first();
        s.waitingProvider = b.provider;
        s.waitingStatus = b.providerStatus.isEmpty() ? b.status : b.providerStatus;
    }
    return s;
}
} // namespace

QList<CampaignStanding> CampaignStanding::readAll(const std::shared_ptr<store::Workspace> &workspace)
{
    const store::PipelineStore pipeline(workspace);
    const store::LlmBatchStore batches(workspace);
    const Counts counts(pipeline);
    QList<CampaignStanding> all;
    for (const auto &campaign : pipeline.campaigns())
        all << standing(counts, batches, campaign);
    return all;
}

std::optional<CampaignStanding> CampaignStanding::read(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignId)
{
    const store::PipelineStore pipeline(workspace);
    const auto campaign = pipeline.findCampaign(QString::number(campaignId));
    if (!campaign)
        return std::nullopt;
    return standing(Counts(pipeline), store::LlmBatchStore(workspace), *campaign);
}

} // namespace wb::pipeline
