// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionrequest.h"
#include "exec/executionresult.h"
#include "exec/executorcapabilities.h"
#include "exec/roundretention.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

class QObject;

namespace wb::exec {

class ExecutionJob;

/** Settings shared by the executors. */
struct ExecutorSettings
{
    QString pythonPath;        ///< empty: /usr/bin/python3 where it exists, else python3 on PATH
    bool network = false;
    /** Site settings of executors that need them, by key (e.g. slurm.partition; see siteSettingKeys()). */
    QMap<QString, QString> siteSettings;
    /** What releaseRound() does with a round's directory once its results are saved. */
    RoundRetention retention = RoundRetention::Remove;
};

/**
 * Runs rounds. The contract, whatever the implementation: a fresh round directory holding main.py,
 * requirements.txt and run.sh (names fixed by us), with to_save/ and retain/; the setup phase, which
 * creates the round's virtual environment and *sources* run.sh, and then the run phase, which restores
 * the environment run.sh exported and runs `python main.py` (also when setup failed; see RoundScript),
 * each in its own process group; `python`/`python3` resolving to the configured interpreter (system
 * packages visible; pip installs into the round's venv); a clean environment (no API keys, nothing of
 * the user's); the limits of the request, the process limit counted as the kernel counts it (tasks);
 * the pinned checkout at REPO_DIR. Implementations only decide how a phase's command line looks.
 * Immutable, thread-safe.
 */
class Executor
{
public:
    struct Command
    {
        QString program;
        QStringList arguments;
    };

    /** How a phase is launched: see launch(). */
    struct Launch
    {
        Command command;
        QProcessEnvironment environment;   ///< of the launched process
        bool limitsInside = false;         ///< the command applies the limits and the user itself; the job sets none
        Command forceStop;                 ///< run after a stopped phase: removes what outlives the process group
        bool signalsAsExitCodes = false;   ///< exit codes 129..192 mean "killed by signal code-128"
    };

    virtual ~Executor() = default;

    /**
     * "local", "bwrap", "podman", "slurm" (batch jobs; needs a reachable controller), or "auto" (bwrap when it
     * works here, else local). Throws wb::Error.
     */
    static std::unique_ptr<Executor> create(const QString &name, const ExecutorSettings &settings = {});
    /** True when bubblewrap is installed and can create a sandbox here for the user rounds run as. Cached. */
    static bool bwrapWorks();
    /**
     * True when a round's phase can run in user and PID namespaces of its own here (util-linux unshare, as
     * the user rounds run as): see RoundScript::namespacePrefix(). Cached.
     */
    static bool ownNamespacesWork();
    /** The uid rounds run as: "nobody" when the workbench runs as root (never generated code as root), else -1 (ours). */
    static int roundUid();
    /**
     * Where round directories and checkouts go. Normally @p cachePath. When the workbench runs as root,
     * rounds run as "nobody", who cannot enter root's private folders: then a root-owned folder under
     * /tmp that everyone may traverse but not list. Round directories are scratch: what they produce is
     * copied into the workspace. Throws wb::Error when that folder is not safe to use.
     */
    static QString scratchRoot(const QString &cachePath);

    virtual ExecutorCapabilities capabilities() const = 0;
    /** How to run @p shellCommand (already quoted, run by bash) for @p request. */
    virtual Command command(const ExecutionRequest &request, const QString &shellCommand) const = 0;
    /** Path of the round directory as the example sees it. */
    virtual QString visibleRoundDirectory(const ExecutionRequest &request) const = 0;
    virtual QString visibleRepositoryDirectory(const ExecutionRequest &request) const = 0;
    /**
     * How to launch @p shellCommand for @p request with the round's clean @p environment. By default
     * command() with that environment, the job applying the limits and the user to the launched process
     * group. An executor whose processes do not descend from the launched one (a container) overrides it.
     */
    virtual Launch launch(const ExecutionRequest &request, const QString &shellCommand,
                          const QProcessEnvironment &environment) const;

    /** Starts @p request; the job is parented to @p parent and emits finished() once. */
    virtual ExecutionJob *start(const ExecutionRequest &request, QObject *parent) const;
    /** Where this executor's round directories and checkouts go (see scratchRoot()). Throws wb::Error. */
    virtual QString workRoot(const QString &cachePath) const { return scratchRoot(cachePath); }
    /**
     * Once the result of the round in @p roundDirectory is saved: removes that directory (and what the
     * executor keeps beside it, a Slurm job directory) unless settings().retention keeps it for @p result
     * (RoundFolders::remove(): no link followed). False when something could not be removed.
     */
    bool releaseRound(const QString &roundDirectory, const ExecutionResult &result) const;
    /** Rounds that may execute at once when the campaign allows @p configured (a cluster allows more). */
    virtual int maxConcurrentRounds(int configured) const { return configured; }
    /**
     * The workspace settings executor @p name reads (ExecutorSettings::siteSettings), e.g. slurm.partition;
     * every executor reads pipIndexUrlKey().
     */
    static QStringList siteSettingKeys(const QString &name);
    /** "pip.index_url": with network, the rounds' pip index (a lab's mirror; plain http is trusted for its host). */
    static QString pipIndexUrlKey();

    const ExecutorSettings &settings() const { return m_settings; }
    QString pythonPath() const;
    /** The site setting pipIndexUrlKey(), trimmed; empty: pip's default index. */
    QString pipIndexUrl() const;

protected:
    explicit Executor(ExecutorSettings settings);
    /** What releaseRound() removes for the round in @p roundDirectory: that directory, and the executor's own beside it. */
    virtual QStringList roundPaths(const QString &roundDirectory) const { return {roundDirectory}; }
    /** The interpreter's facts (probed once) with the executor's own. */
    ExecutorCapabilities describeWith(const QString &name, ExecutorCapabilities::Isolation isolation,
                                      const QString &workingDirectory, const QString &repositoryDirectory) const;

private:
    ExecutorSettings m_settings;
};

} // namespace wb::exec
