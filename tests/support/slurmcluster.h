// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace wb::test {

/**
 * A single-node Slurm for tests, in a temporary folder: its own munged (own key and socket), slurmctld
 * and slurmd on free ports, slurm.conf generated for `hostname -s` (no accounting; ended jobs stay
 * visible for an hour). start() points this process's Slurm commands at it (SLURM_CONF). The destructor
 * cancels its jobs, stops the daemons (SIGTERM, then SIGKILL) and removes the folder; a watchdog process
 * does the same if the test process dies without running it.
 */
class SlurmCluster final
{
public:
    SlurmCluster();
    ~SlurmCluster();
    Q_DISABLE_COPY_MOVE(SlurmCluster)

    /**
     * Starts the cluster and waits until its node is idle. Returns an empty string on success, else why
     * Slurm cannot run here (not root, a package missing, a daemon that did not come up) — for QSKIP.
     */
    QString start();
    void stop();

    QString directory() const { return m_dir.path(); }
    QString configPath() const;
    /** A folder for rounds that every user (the rounds run as "nobody" under root) can reach. */
    QString sharedDirectory() const;
    /** `scontrol show job -o ID` as Key → Value (empty when Slurm does not know the job). */
    QMap<QString, QString> job(const QString &jobId) const;
    /** Jobs that are pending, running or completing (`squeue`). */
    QStringList activeJobs() const;
    /** The last lines of the daemons' logs, for failure messages. */
    QString logs() const;

private:
    QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr) const;

    QTemporaryDir m_dir;
    qint64 m_watchdog = 0;
    bool m_started = false;
};

} // namespace wb::test
