// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace wb::exec {

/**
 * The shell side of a round, the same for every executor (ExecutionJob for local, bwrap and Podman; the
 * Slurm job script). The method's wrapper sources the model's run.sh and then runs `python main.py` in
 * that shell, whatever run.sh exited with; the workbench keeps two processes (setup and run, their output
 * tagged apart) with the same effect:
 *
 * - setup: creates the round's virtual environment (`.venv`, system packages visible; else pip falls back
 *   to the round's user site and says so), tells the round when it has no network, then *sources*
 *   run.sh; the environment it leaves (`export -p`, also after an `exit` in run.sh) goes to
 *   `.workbench/setup-env.sh`;
 * - run: restores that environment, returns to the round directory, `mkdir -p to_save retain` and
 *   `exec python main.py`. It runs even when setup failed; only a stopped round skips it.
 *
 * Pure: texts only. Paths are as the round sees them (Executor::visibleRoundDirectory()).
 */
class RoundScript final
{
public:
    struct Context
    {
        QString roundDirectory;       ///< as the round sees it
        QString repositoryDirectory;  ///< as the round sees it; may be empty
        bool network = false;
        QString pipIndexUrl;          ///< with network: pip's index (a mirror); empty: pip's default
    };

    /** The round's clean environment without PATH (see path()): no keys, nothing of the user's. */
    static QList<std::pair<QString, QString>> environment(const Context &context);
    /** PATH of both phases: the round's `python`/`pip` links and shims, then @p systemPath. */
    static QString path(const QString &roundDirectory, const QString &systemPath);

    /** The setup phase, run by bash in the round directory. Exits with run.sh's status. */
    static QString setup(const Context &context);
    /** The run phase, run by bash: ends in `exec python main.py`. */
    static QString run(const Context &context);
    /** `pip` and `pip3` of the round (in .bin): `python -m pip`; without network a failure says why. */
    static QByteArray pipShim(bool network);

    /**
     * Shell lines that limit the phase to @p maxProcesses more tasks (processes and threads, as the kernel
     * counts them). In a user namespace of its own the count is the namespace's; otherwise it is relative
     * to the tasks the user runs already. Empty for 0 (no limit).
     */
    static QString processLimit(int maxProcesses, bool ownNamespace);
    /**
     * The command prefix that runs a phase in a user and a PID namespace of its own (util-linux unshare):
     * its process limit counts only the round's tasks, and when the phase ends every process it started
     * (also daemons in sessions of their own) is killed. A small bash stays PID 1, so the phase's own
     * processes get SIGTERM like anywhere else. Append the phase's program and arguments.
     */
    static QStringList namespacePrefix(const QString &unshare);

    /** Round-relative folders: what the round keeps, and the workbench's own (never collected). */
    static QString keptFolder() { return QStringLiteral("to_save"); }
    static QString retainFolder() { return QStringLiteral("retain"); }
    static QString workbenchFolder() { return QStringLiteral(".workbench"); }

    /** @p word quoted for bash (single quotes). */
    static QString quote(const QString &word);
};

} // namespace wb::exec
