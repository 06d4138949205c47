// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executor.h"

namespace wb::exec {

/**
 * Runs rounds as plain processes on this machine (as "nobody" when the workbench runs as root); not a
 * sandbox. Each phase runs in user and PID namespaces of its own where this machine allows it
 * (ownNamespacesWork()): the process limit then counts only the round's tasks, and whatever the phase
 * started is gone when it ends. Otherwise the limit is relative to the tasks the user runs already.
 */
class LocalExecutor final : public Executor
{
public:
    explicit LocalExecutor(ExecutorSettings settings);

    ExecutorCapabilities capabilities() const override;
    Command command(const ExecutionRequest &request, const QString &shellCommand) const override;
    QString visibleRoundDirectory(const ExecutionRequest &request) const override;
    QString visibleRepositoryDirectory(const ExecutionRequest &request) const override;
    Launch launch(const ExecutionRequest &request, const QString &shellCommand,
                  const QProcessEnvironment &environment) const override;
};

} // namespace wb::exec
