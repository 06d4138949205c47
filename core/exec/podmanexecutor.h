// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executor.h"

namespace wb::exec {

/**
 * Runs each phase of a round in a fresh Podman container (runtime runc, `--rm`, a unique name, labelled
 * with the round directory): the round directory at /app (the working directory), the checkout read-only
 * at /repo, a read-only root file system with a private /tmp, no network unless enabled, the request's
 * limits (memory as a cgroup limit and per process, processes, CPU time, wall clock; CPU cores from the
 * site settings), as "nobody" when the workbench runs as root. The image is the setting's, or the workbench's
 * own (defaultImage()): a skeleton root file system imported on first use that gets the host's /usr and
 * /etc read-only, so the system's Python and its scientific packages work inside. No registry is used.
 * A cancelled or timed-out phase's container is removed (`podman rm -f`).
 */
class PodmanExecutor final : public Executor
{
public:
    /** Throws wb::Error ("Podman cannot run containers here: …") when podman cannot run the image here. */
    explicit PodmanExecutor(ExecutorSettings settings);

    /** The workbench's own image, built from a skeleton root file system when missing. */
    static QString defaultImage();
    /**
     * Its site settings (ExecutorSettings::siteSettings, workspace settings): the image ("podman.image",
     * default defaultImage()) and the CPU cores of a round ("podman.cpus", --cpus; default: no limit).
     */
    static QString imageSettingKey();
    static QString cpusSettingKey();
    static QStringList settingKeys();
    /**
     * Empty when podman can run containers of @p image here (building defaultImage() when it is missing),
     * else podman's own words on why not. Successes are cached; blocks for about a second otherwise.
     */
    static QString problem(const QString &image);

    QString image() const;
    ExecutorCapabilities capabilities() const override;
    Command command(const ExecutionRequest &request, const QString &shellCommand) const override;
    QString visibleRoundDirectory(const ExecutionRequest &request) const override;
    QString visibleRepositoryDirectory(const ExecutionRequest &request) const override;
    Launch launch(const ExecutionRequest &request, const QString &shellCommand,
                  const QProcessEnvironment &environment) const override;

private:
    QStringList runArguments(const ExecutionRequest &request, const QString &name, const QString &shellCommand,
                             const QProcessEnvironment &environment) const;

    QString m_podman;
};

} // namespace wb::exec
