// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/examplelisting.h"

#include "review/blindreview.h"
#include "store/pipelinestore.h"

namespace wb::review {

ExampleListing ExampleListing::read(const std::shared_ptr<store::Workspace> &workspace, const QString &annotator)
{
    ExampleListing listing;
    listing.blind = BlindReview::isEnabled(workspace);
    const QSet<qint64> judged = listing.blind ? BlindReview::judgedBy(workspace, annotator) : QSet<qint64>();
    const store::PipelineStore pipeline(workspace);
    for (const auto &campaign : pipeline.campaigns())
        for (const auto &example : pipeline.examples(campaign.id))
            listing.entries.append({campaign.name, example, listing.blind && !judged.contains(example.id)});
    return listing;
}

} // namespace wb::review
