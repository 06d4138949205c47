// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/campaignstanding.h"

#include "store/llmbatchstore.h"
#include "store/pipelinestore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
CampaignStanding standing(const store::PipelineStore &pipeline, const store::LlmBatchStore &batches,
                          const store::CampaignRecord &campaign)
{
    CampaignStanding s;
    s.id = campaign.id;
    s.name = campaign.name;
    const auto examples = pipeline.examples(campaign.id);
    s.examples = int(examples.size());
    s.unfinished = int(std::count_if(examples.cbegin(), examples.cend(), [](const store::ExampleRecord &e) {
        return store::isResumable(e.status);
    }));
    s.errors = int(std::count_if(examples.cbegin(), examples.cend(),
                                 [](const store::ExampleRecord &e) { return e.status == store::ExampleStatus::Error; }));
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
    QList<CampaignStanding> all;
    for (const auto &campaign : pipeline.campaigns())
        all << standing(pipeline, batches, campaign);
    return all;
}

std::optional<CampaignStanding> CampaignStanding::read(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignId)
{
    const store::PipelineStore pipeline(workspace);
    const auto campaign = pipeline.findCampaign(QString::number(campaignId));
    if (!campaign)
        return std::nullopt;
    return standing(pipeline, store::LlmBatchStore(workspace), *campaign);
}

} // namespace wb::pipeline
