// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/errorclassrecord.h"

#include <QHash>
#include <QList>

#include <memory>

namespace wb::store {

class Workspace;

/**
 * Experts' corrections of the judge's error class per round (table error_class_corrections).
 * Append-only: the store only inserts; a new correction of a round supersedes the previous one and
 * the history stays. It does not know the class list: review::ErrorTaxonomy::correct() checks the
 * class before it records. Uses the calling thread's connection; throws wb::Error.
 */
class ErrorClassStore final
{
public:
    explicit ErrorClassStore(std::shared_ptr<Workspace> workspace);

    /**
     * Appends @p record (id, time and supersedes are set here) and returns it. Throws wb::Error
     * (InvalidInput), writing nothing, for an unknown round, an empty annotator or an empty class.
     */
    ErrorClassRecord record(ErrorClassRecord record);

    /** Every correction of @p roundId, oldest first. */
    QList<ErrorClassRecord> history(qint64 roundId) const;
    /** The newest correction of every round of @p campaignId that has one (round id → record). */
    QHash<qint64, ErrorClassRecord> currentForCampaign(qint64 campaignId) const;
    /** The newest correction of every round of @p exampleId that has one (round id → record). */
    QHash<qint64, ErrorClassRecord> currentForExample(qint64 exampleId) const;

private:
    std::shared_ptr<Workspace> m_workspace;
};

} // namespace wb::store
