// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executor.h"

namespace wb::exec {

/** Runs rounds as plain processes on this machine (as "nobody" when the workbench runs as root). */
class LocalExecutor final : public Executor
{
public:
    explicit LocalExecutor(ExecutorSettings settings);

    ExecutorCapabilities capabilities() const override;
    Command command(const ExecutionRequest &request, const QString &shellCommand) const override;
    QString visibleRoundDirectory(const ExecutionRequest &request) const override;
    QString visibleRepositoryDirectory(const ExecutionRequest &request) const override;
};

} // namespace wb::exec
