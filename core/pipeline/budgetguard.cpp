// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/budgetguard.h"

#include "llm/pricecatalog.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::BudgetGuard)
};
} // namespace

QStringList BudgetGuard::unpricedModels(const CampaignConfig &config, const llm::PriceCatalog &prices)
{
    QStringList out;
    for (const ModelChoice *choice : {&config.generator, &config.classifier, &config.judge})
        if (!choice->model.isEmpty() && !prices.find(choice->model) && !out.contains(choice->model))
            out << choice->model;
    return out;
}

QString BudgetGuard::refusal(const CampaignConfig &config, const llm::PriceCatalog &prices)
{
    if (!config.budgetUsd)
        return {};
    const QStringList models = unpricedModels(config, prices);
    if (models.isEmpty())
        return {};
    return Tr::tr("A cost budget of $%1 cannot be kept: the price catalogue has no price for %2, so the cost of its "
                  "calls is unknown. Give it a price (USD per 1M tokens, \"input\" and \"output\") in %3 — the "
                  "catalogue's format, see 'codedistiller llm models' — or run without a budget.")
        .arg(*config.budgetUsd, 0, 'f', 2)
        .arg(models.join(u", "_s), llm::PriceCatalog::defaultOverridePath());
}

void BudgetGuard::require(const CampaignConfig &config, const llm::PriceCatalog &prices)
{
    if (const QString why = refusal(config, prices); !why.isEmpty())
        throw Error(why, Error::Kind::InvalidInput);
}

bool BudgetGuard::reached(const llm::CostTotal &spent, std::optional<double> dearestCallUsd, double budgetUsd)
{
    if (spent.unpricedCalls() > 0 && !dearestCallUsd)
        return true;   // nothing is known: the budget cannot be shown to hold
    const double estimate = spent.knownUsd() + double(spent.unpricedCalls()) * dearestCallUsd.value_or(0.0);
    return estimate >= budgetUsd;
}

} // namespace wb::pipeline
