// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executor.h"

namespace wb::exec {

/**
 * Runs rounds inside bubblewrap: read-only system, private /tmp and home, own user/PID/IPC/UTS namespaces,
 * no network unless enabled, only the round directory (at /work) writable, the checkout at /repo. The
 * process limit is set inside, where the sandbox's user namespace counts only the round's tasks.
 */
class BwrapExecutor final : public Executor
{
public:
    explicit BwrapExecutor(ExecutorSettings settings);

    ExecutorCapabilities capabilities() const override;
    Command command(const ExecutionRequest &request, const QString &shellCommand) const override;
    QString visibleRoundDirectory(const ExecutionRequest &request) const override;
    QString visibleRepositoryDirectory(const ExecutionRequest &request) const override;
    Launch launch(const ExecutionRequest &request, const QString &shellCommand,
                  const QProcessEnvironment &environment) const override;
};

} // namespace wb::exec
