// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/localexecutor.h"

#include "exec/roundscript.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wb::exec {

LocalExecutor::LocalExecutor(ExecutorSettings settings)
    : Executor(std::move(settings))
{
}

ExecutorCapabilities LocalExecutor::capabilities() const
{
    return describeWith(u"local"_s, ExecutorCapabilities::Isolation::None, u"the round directory (also $ROUND_DIR)"_s,
                        u"$REPO_DIR"_s);
}

Executor::Command LocalExecutor::command(const ExecutionRequest &request, const QString &shellCommand) const
{
    const bool own = ownNamespacesWork();
    const QString limited = RoundScript::processLimit(request.limits.maxProcesses, own) + shellCommand;
    if (!own)
        return {u"/bin/bash"_s, {u"-c"_s, limited}};
    QStringList args = RoundScript::namespacePrefix(QStandardPaths::findExecutable(u"unshare"_s));
    const QString program = args.takeFirst();
    args << u"/bin/bash"_s << u"-c"_s << limited;
    return {program, args};
}

Executor::Launch LocalExecutor::launch(const ExecutionRequest &request, const QString &shellCommand,
                                       const QProcessEnvironment &environment) const
{
    Launch l = Executor::launch(request, shellCommand, environment);
    l.signalsAsExitCodes = ownNamespacesWork();   // the namespace's init reports a killed phase as 128 + N
    return l;
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
