// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/slurmjobstate.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>

class QProcess;

namespace wb::exec {

/**
 * Talks to Slurm for the jobs of one SlurmExecutor, asynchronously, in the thread it lives in: sbatch
 * (a few at a time), scancel, and one `squeue --json` per interval for every watched job at once. Jobs
 * the queue no longer lists are looked up with `scontrol show job -o`, then with sacct when the cluster
 * keeps accounting (probed once). A failed query never makes a job look gone: it is reported as
 * Unreachable and the next interval tries again.
 */
class SlurmMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlurmMonitor)

public:
    using StateCallback = std::function<void(const SlurmJobState &)>;
    using SubmitCallback = std::function<void(const QString &jobId, const QString &error)>;

    explicit SlurmMonitor(int pollMs, QObject *parent = nullptr);
    /** Waits for submissions in flight; a job whose round is gone by then is cancelled. */
    ~SlurmMonitor() override;

    /**
     * Runs `sbatch ARGUMENTS`; @p done gets the job id, or sbatch's error. When @p context is gone by
     * then, nobody would collect the job: it is cancelled instead.
     */
    void submit(const QStringList &arguments, QObject *context, SubmitCallback done);
    /** scancel, detached: it completes even when the workbench quits right after. */
    static void cancel(const QString &jobId);
    /** After every poll, @p onState gets @p jobId's state, until unwatch() or @p context is gone. */
    void watch(const QString &jobId, QObject *context, StateCallback onState);
    void unwatch(const QString &jobId);
    /** The next poll comes soon (e.g. after a cancel), not after a whole interval. */
    void pollSoon();

private:
    struct Watch
    {
        QPointer<QObject> context;
        StateCallback onState;
    };
    struct Submission
    {
        QStringList arguments;
        QPointer<QObject> context;
        SubmitCallback done;
    };
    enum class Accounting { Unknown, Available, Absent };

    QProcess *run(const QString &program, const QStringList &arguments,
             std::function<void(int exitCode, const QByteArray &out, const QByteArray &err)> done);
    void poll();
    void onQueue(int exitCode, const QByteArray &out, const QByteArray &err);
    void lookUpNext();
    void deliver(const QString &jobId, const SlurmJobState &state);
    void schedule(int ms);
    void submitNext();

    QHash<QString, Watch> m_watched;
    QTimer m_timer;
    int m_pollMs;
    bool m_polling = false;
    QStringList m_missing;
    Accounting m_accounting = Accounting::Unknown;
    std::deque<Submission> m_submissions;
    int m_submitting = 0;
};

} // namespace wb::exec
