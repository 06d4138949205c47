// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace wb::store {

/** The batch job of one round (table remote_jobs). A plain value. */
struct RemoteJobRecord
{
    qint64 roundId = 0;
    QString executor;      ///< slurm
    QString jobId;
    QString roundDir;      ///< where the job runs the round
    QDateTime submittedAt;
    // Read along for listings:
    qint64 exampleId = 0;
    qint64 campaignId = 0;
    int roundIndex = 0;
    bool executed = false; ///< the round's result is stored
};

} // namespace wb::store
