// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/remotejobrecord.h"

#include <QList>

#include <memory>
#include <optional>

namespace wb::store {

class Workspace;

/**
 * Which batch job runs which round (table remote_jobs): written when the batch system accepts the round,
 * read when a campaign resumes, so that the round's job is re-attached instead of submitted again. The row
 * stays after the round's result is stored (which job ran it). Uses the calling thread's connection;
 * throws wb::Error.
 */
class RemoteJobStore final
{
public:
    explicit RemoteJobStore(std::shared_ptr<Workspace> workspace);

    /** Records job @p jobId of @p executor for round @p roundId, replacing an earlier one. */
    void record(qint64 roundId, const QString &executor, const QString &jobId, const QString &roundDir);
    std::optional<RemoteJobRecord> find(qint64 roundId) const;
    /** Forgets the round's job (it is gone without a result: the round runs again). */
    void forget(qint64 roundId);
    /** The jobs of rounds whose result is not stored yet, of campaign @p campaignId (0: every campaign). */
    QList<RemoteJobRecord> unfinished(qint64 campaignId = 0) const;

private:
    std::shared_ptr<Workspace> m_workspace;
};

} // namespace wb::store
