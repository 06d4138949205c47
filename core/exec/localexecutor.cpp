// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/localexecutor.h"

using namespace Qt::StringLiterals;

namespace wb::exec {

LocalExecutor::LocalExecutor(ExecutorSettings settings)
    : Executor(std::move(settings))
{
}

ExecutorCapabilities LocalExecutor::capabilities() const
{
    return describeWith(u"local"_s, ExecutorCapabilities::Isolation::None, u"the round directory (also $ROUND_DIR)"_s, u"$REPO_DIR"_s);
}

Executor::Command LocalExecutor::command(const ExecutionRequest &, const QString &shellCommand) const
{
    return {u"/bin/bash"_s, {u"-c"_s, shellCommand}};
}

QString LocalExecutor::visibleRoundDirectory(const ExecutionRequest &request) const
{
    return request.roundDirectory;
}

QString LocalExecutor::visibleRepositoryDirectory(const ExecutionRequest &request) const
{
    return request.repositoryDirectory;
}

} // namespace wb::exec
