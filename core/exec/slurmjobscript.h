// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionrequest.h"
#include "exec/executor.h"
#include "exec/slurmsettings.h"

#include <QByteArray>
#include <QStringList>

namespace wb::exec {

/**
 * One round's batch job: sbatch's arguments and the generated job script. The script runs the executor
 * contract on the compute node — a clean environment, the site's modules, the setup phase (run.sh
 * sourced) then the run phase (`python main.py`, unless the round was stopped; RoundScript), each in its
 * own session under the limits (ulimit, niceness, a wall-clock deadline and output caps enforced by a
 * watchdog, SIGTERM then SIGKILL to the whole group), in user and PID namespaces of its own when the node
 * allows it (decided there, at run time) — and leaves everything
 * in the job directory: `<phase>.stdout`, `.stderr` (each cut after the output cap), `.exit`, `.begin`,
 * `.end` (ms since the epoch), `stop` ("<phase> timeout" or "<phase> output_limit <stream>"), `error`
 * (the job could not run the round), `started`, `node` and, last of all, `done`. Pure.
 */
struct SlurmJobScript
{
    struct Input
    {
        ExecutionRequest request;
        SlurmSettings settings;
        QString jobDirectory;              ///< the job's files; the round cannot write here
        QString jobName;
        QString pythonPath;                ///< empty: python3 as found on the node (after modules, in the container)
        QList<std::pair<QString, QString>> environment;   ///< the round's (RoundScript::environment()); PATH is the script's
        Executor::Command setup;           ///< the setup phase, from limitedShell(…, false)
        Executor::Command run;
        /** The phases in namespaces of their own (RoundScript::namespacePrefix(), limitedShell(…, true)); used
         *  when the node allows it. Empty program: never. */
        Executor::Command setupConfined;
        Executor::Command runConfined;
        Executor::Command probePython;     ///< prints the path of the node's python3
        bool dropToNobody = false;         ///< the workbench runs as root: the phases run as "nobody"
    };

    QStringList arguments;   ///< sbatch's; the script's path is the last
    QByteArray script;

    static SlurmJobScript build(const Input &input);
    /**
     * sbatch's resource arguments for the example's metadata.json `compute_requirements` (cpu_cores,
     * ram_gb, gpu_required) within the round's limits (memory, wall clock) and the site's caps.
     */
    static QStringList resources(const QByteArray &metadataJson, const ExecutionLimits &limits, const SlurmSettings &settings);
    /** Whether those resources ask for a GPU. */
    static bool wantsGpu(const QByteArray &metadataJson, const SlurmSettings &settings);
    /**
     * A phase's shell script: the round's resource limits (ulimit; the process limit as
     * RoundScript::processLimit() sets it, for a phase in a namespace of its own or not), then @p script.
     */
    static QString limitedShell(const ExecutionLimits &limits, const QString &script, bool ownNamespace);
    /** @p word quoted for bash (single quotes). */
    static QString quote(const QString &word);
    static QString scriptPath(const QString &jobDirectory);
    /** The job directory of the round directory @p roundDirectory: a sibling the round cannot write to. */
    static QString jobDirectoryFor(const QString &roundDirectory);
};

} // namespace wb::exec
