// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/costtotal.h"
#include "pipeline/campaignconfig.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace wb::llm {
class PriceCatalog;
}

namespace wb::pipeline {

/**
 * The rules of a campaign's cost budget. A budget can only be kept when every model of the campaign
 * has a price: a campaign with a budget and an unpriced model is refused before it starts (the CLI's
 * `run --budget`, the GUI's Run Campaign dialog, any resume). While it runs, a call whose cost is
 * nevertheless unknown (a server that reported no usage) is counted as dearly as the dearest priced
 * call of the campaign, and as over budget when no call is priced.
 */
class BudgetGuard final
{
public:
    /** The distinct models of @p config (generator, classifier, judge) that have no price in @p prices. */
    static QStringList unpricedModels(const CampaignConfig &config, const llm::PriceCatalog &prices);
    /**
     * Why @p config cannot run with its budget under @p prices — naming the unpriced models and where a
     * price is configured — or an empty string when it has no budget or every model is priced.
     */
    static QString refusal(const CampaignConfig &config, const llm::PriceCatalog &prices);
    /** Throws wb::Error (InvalidInput) with refusal() when it is not empty. */
    static void require(const CampaignConfig &config, const llm::PriceCatalog &prices);
    /**
     * Whether @p spent has reached @p budgetUsd, each call of unknown cost counted as @p dearestCallUsd
     * (the dearest known call; nullopt: none known, so an unknown call reaches any budget).
     */
    static bool reached(const llm::CostTotal &spent, std::optional<double> dearestCallUsd, double budgetUsd);
};

} // namespace wb::pipeline
