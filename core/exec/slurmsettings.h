// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace wb::exec {

/**
 * A site's Slurm settings. A team shares them as workspace settings under the keys below (e.g.
 * `slurm.partition`); a campaign or a command line may override single keys. Empty values mean "the
 * site's default" (sbatch is then not told).
 */
struct SlurmSettings
{
    QString partition;              ///< slurm.partition
    QString account;                ///< slurm.account
    QString qos;                    ///< slurm.qos
    QStringList modules;            ///< slurm.modules: loaded with `module load` in this order (space or comma separated)
    QString containerImage;         ///< slurm.container_image: both phases run in this image
    QString containerRuntime = QStringLiteral("apptainer");   ///< slurm.container_runtime: apptainer | singularity
    QStringList extraArguments;     ///< slurm.sbatch_args: more sbatch arguments (shell-like quoting)
    QString sharedDirectory;        ///< slurm.shared_directory: rounds and checkouts; compute nodes must see it
    int maxCpus = 8;                ///< slurm.max_cpus: cap of compute_requirements.cpu_cores
    int maxGpus = 1;                ///< slurm.max_gpus: GPUs of a round that needs one; 0: never ask for GPUs
    int maxJobs = 64;               ///< slurm.max_jobs: rounds of one campaign in the queue at once
    int pollMs = 5000;              ///< slurm.poll_seconds: how often the queue is read (decimals allowed)
    int fileWaitMs = 60000;         ///< slurm.file_wait_seconds: how long a finished job's files may take to appear

    /** Every key, in the order the documentation lists them. */
    static QStringList keys();
    /** What an unset @p key means, as a value ("apptainer", "8", "5"); empty where the site decides. */
    static QString defaultValue(const QString &key);
    /** Reads @p values (key → value; unknown "slurm." keys are an error). Throws wb::Error (InvalidInput). */
    static SlurmSettings fromMap(const QMap<QString, QString> &values);
    /** "key=value" of a command line into @p values; throws wb::Error (InvalidInput) when malformed. */
    static void parseAssignment(const QString &assignment, QMap<QString, QString> &values);
    /** Splits @p text like a POSIX shell (quotes and backslashes; no expansion). Throws wb::Error. */
    static QStringList splitArguments(const QString &text);
};

} // namespace wb::exec
