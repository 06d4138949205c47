// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/costtotal.h"
#include "store/examplestatus.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace wb::store {

/**
 * Where one repository stands in the pipeline: its example in the newest campaign that includes it,
 * reduced to what the repository table shows and filters on. A plain value type.
 */
struct RepositoryOutcome
{
    qint64 repositoryId = 0;
    qint64 exampleId = 0;
    qint64 campaignId = 0;
    QString campaignName;
    ExampleStatus status = ExampleStatus::Pending;   ///< the example's status
    QString generatorModel;         ///< "generator"."model" of the campaign configuration; empty when absent
    std::optional<bool> finished;   ///< the judge's verdict on the newest judged round; nullopt: not judged
    QString errorClass;             ///< the judge's error class with that verdict, when it gave one
    int rounds = 0;                 ///< rounds recorded for the example (executed or not)
    llm::CostTotal cost;            ///< of the example's LLM calls; a call without a known price stays unknown
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::RepositoryOutcome)
