// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace wb::exec {

/** What Slurm says about one job, and where it was learnt. A plain value. */
struct SlurmJobState
{
    enum class Source {
        Queue,        ///< squeue --json
        Controller,   ///< scontrol show job -o (ended jobs the queue no longer lists)
        Accounting,   ///< sacct (when the cluster keeps accounting)
        Unknown,      ///< no source knows the job: it ended long ago or never existed
        Unreachable,  ///< Slurm did not answer; nothing is known
    };

    Source source = Source::Unknown;
    QString state;     ///< PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT, OUT_OF_MEMORY, NODE_FAIL, ...
    QString reason;    ///< e.g. Priority, Resources, NonZeroExitCode
    QString nodes;     ///< where it runs or ran
    QString message;   ///< Unreachable: why

    /** Known and past RUNNING: the job's processes are gone (or going). */
    bool isEnded() const;
    bool isKnown() const { return source != Source::Unknown && source != Source::Unreachable; }

    /**
     * Job id → state from `squeue --json` (Slurm 22.05's v0.0.38 and the newer layouts where job_state
     * is a list). Throws wb::Error when the answer is not JSON or reports errors (then it says nothing
     * about the jobs: an empty list must never make running jobs look gone).
     */
    static QHash<QString, SlurmJobState> parseQueue(const QByteArray &json);
    /** From `scontrol show job -o ID` (one line of Key=Value pairs); nullopt when it has no JobState. */
    static std::optional<SlurmJobState> parseController(const QByteArray &text);
    /** From `sacct -n -P -X --format=JobID,State,Reason,NodeList -j ID`; nullopt when empty. */
    static std::optional<SlurmJobState> parseAccounting(const QByteArray &text);
};

} // namespace wb::exec
