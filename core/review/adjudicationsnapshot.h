// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/adjudicationqueue.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/** What the Adjudication tab shows, read in one go: the campaigns to filter by and the queue. */
struct AdjudicationSnapshot
{
    QStringList campaigns;                     ///< every campaign's name, in store order
    QList<AdjudicationQueue::Item> items;      ///< AdjudicationQueue::compute(campaign)

    /** Blocking; @p campaign (name or id) empty: every campaign. Throws wb::Error. */
    static AdjudicationSnapshot load(const std::shared_ptr<store::Workspace> &workspace, const QString &campaign = {});
};

} // namespace wb::review
