// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/blindview.h"

#include "review/blindreview.h"
#include "review/campaignmatrix.h"
#include "store/pipelinerecords.h"

using namespace Qt::StringLiterals;

namespace wb::review {

BlindView BlindView::of(const std::shared_ptr<store::Workspace> &workspace, const QString &annotator)
{
    BlindView view;
    view.m_blind = BlindReview::isEnabled(workspace);
    view.m_annotator = annotator.trimmed();
    if (view.m_blind && !view.m_annotator.isEmpty())
        view.m_judged = BlindReview::judgedBy(workspace, view.m_annotator);
    return view;
}

bool BlindView::revealed(qint64 exampleId) const
{
    return !m_blind || m_judged.contains(exampleId);
}

bool BlindView::revealedAll(const QList<qint64> &exampleIds) const
{
    return std::all_of(exampleIds.cbegin(), exampleIds.cend(), [this](qint64 id) { return revealed(id); });
}

QString BlindView::status(qint64 exampleId, store::ExampleStatus status) const
{
    return store::isVerdict(status) && !revealed(exampleId) ? u"finished"_s : store::exampleStatusToString(status);
}

QString BlindView::campaignLabel(const store::CampaignRecord &campaign) const
{
    if (!m_blind)
        return campaign.name;
    return CampaignMatrix::blindLabel(campaign.name, CampaignMatrix::generatorModel(campaign.configJson), int(campaign.id));
}

} // namespace wb::review
