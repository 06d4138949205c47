// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/adjudicationrecord.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace wb::store {

class Workspace;

/**
 * Gold values decided by adjudication (table adjudications). Append-only: the store only inserts; a
 * new record for the same example and criterion supersedes the previous one, and the history stays.
 * Uses the calling thread's connection; throws wb::Error.
 */
class AdjudicationStore final
{
public:
    /** criterion → its gold record */
    using Gold = QHash<QString, AdjudicationRecord>;

    explicit AdjudicationStore(std::shared_ptr<Workspace> workspace);
    /**
     * For records made in another workspace (a review bundle merged back): what is added keeps its
     * createdAt when it has one, instead of now. Everything else about adding stays the same.
     */
    void keepRecordedTimes() { m_keepRecordedTimes = true; }

    /**
     * Appends the gold value @p record (id and time are set here) and returns it. Throws wb::Error
     * (InvalidInput), writing nothing, for an unknown example, a criterion outside criteria(), a value
     * outside values(criterion), an empty reason or an empty adjudicator.
     */
    AdjudicationRecord record(AdjudicationRecord record);

    /** The gold values of @p exampleId: the newest record per criterion. */
    Gold gold(qint64 exampleId) const;
    /** The gold values of every example of @p campaignId that has any (example id → gold). */
    QHash<qint64, Gold> goldForCampaign(qint64 campaignId) const;
    /** Every record of @p exampleId, oldest first. */
    QList<AdjudicationRecord> history(qint64 exampleId) const;

    /** ran_without_error, shows_function, function_correct, decision */
    static const QStringList &criteria();
    /** The gold values allowed for @p criterion: yes, no for the three criteria; accept, reject, needs_work for the decision. */
    static QStringList values(const QString &criterion);

private:
    std::shared_ptr<Workspace> m_workspace;
    bool m_keepRecordedTimes = false;
};

} // namespace wb::store
