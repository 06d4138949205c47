// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executor.h"
#include "exec/slurmsettings.h"

#include <memory>

namespace wb::exec {

class SlurmMonitor;

/**
 * Runs every round as a Slurm batch job (SlurmJob) with the site's settings (SlurmSettings, from
 * ExecutorSettings::siteSettings). Round directories and checkouts go to slurm.shared_directory, which
 * the compute nodes must see. Jobs are watched together by one SlurmMonitor, created in the thread of
 * the first job: all jobs of one executor live in that thread, and the executor outlives them.
 */
class SlurmExecutor final : public Executor
{
public:
    /** Throws wb::Error (InvalidInput) for a bad site setting. */
    explicit SlurmExecutor(ExecutorSettings settings);
    ~SlurmExecutor() override;

    /**
     * Throws wb::Error "Slurm is not available: …" unless sbatch, squeue, scontrol and scancel are on
     * PATH and the controller answers (`scontrol ping`).
     */
    static void checkAvailable();

    /** A partition as `sinfo` lists it. */
    struct Partition
    {
        QString name;           ///< with a trailing '*' for the default partition
        QString availability;   ///< up, down, drain, inact
        int nodes = 0;
        QString state;          ///< of its nodes: idle, mixed, allocated, ...
    };
    /** The cluster's partitions (`sinfo`); empty when sinfo is missing or does not answer within 30 s. */
    static QList<Partition> partitions();

    ExecutorCapabilities capabilities() const override;
    /** `bash -c`, inside `apptainer exec` (or singularity) when the site runs rounds in a container image. */
    Command command(const ExecutionRequest &request, const QString &shellCommand) const override;
    QString visibleRoundDirectory(const ExecutionRequest &request) const override;
    QString visibleRepositoryDirectory(const ExecutionRequest &request) const override;
    ExecutionJob *start(const ExecutionRequest &request, QObject *parent) const override;
    /** slurm.shared_directory when set (created if needed), else the local scratch root. Throws wb::Error. */
    QString workRoot(const QString &cachePath) const override;
    /** slurm.max_jobs: the cluster, not this machine, runs the rounds. */
    int maxConcurrentRounds(int configured) const override;

    const SlurmSettings &slurmSettings() const { return m_site; }
    SlurmMonitor &monitor() const;

protected:
    /** The round directory and its job directory (SlurmJobScript::jobDirectoryFor()). */
    QStringList roundPaths(const QString &roundDirectory) const override;

private:
    SlurmSettings m_site;
    mutable std::unique_ptr<SlurmMonitor> m_monitor;
};

} // namespace wb::exec
