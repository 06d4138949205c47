// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/bwrapexecutor.h"

#include "exec/roundscript.h"

#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wb::exec {

BwrapExecutor::BwrapExecutor(ExecutorSettings settings)
    : Executor(std::move(settings))
{
}

ExecutorCapabilities BwrapExecutor::capabilities() const
{
    return describeWith(u"bwrap"_s, ExecutorCapabilities::Isolation::Sandbox, u"/work"_s, u"/repo"_s);
}

Executor::Command BwrapExecutor::command(const ExecutionRequest &request, const QString &shellCommand) const
{
    // The sandbox's root is bwrap's own tmpfs, so /work and /repo can be created there; the system
    // comes in read-only, merged-/usr links as links.
    QStringList args{u"--unshare-all"_s};
    if (settings().network)
        args << u"--share-net"_s;
    args << u"--die-with-parent"_s << u"--new-session"_s << u"--ro-bind"_s << u"/usr"_s << u"/usr"_s << u"--ro-bind"_s
         << u"/etc"_s << u"/etc"_s;
    for (const QString &top : {u"bin"_s, u"sbin"_s, u"lib"_s, u"lib32"_s, u"lib64"_s, u"libx32"_s, u"opt"_s}) {
        const QFileInfo info(u"/"_s + top);
        if (info.isSymLink())
            args << u"--symlink"_s << info.symLinkTarget().mid(1) << info.absoluteFilePath();
        else if (info.isDir())
            args << u"--ro-bind"_s << info.absoluteFilePath() << info.absoluteFilePath();
    }
    args << u"--dev"_s << u"/dev"_s << u"--proc"_s << u"/proc"_s << u"--tmpfs"_s << u"/tmp"_s << u"--tmpfs"_s << u"/var"_s
         << u"--tmpfs"_s << u"/run"_s << u"--dir"_s << u"/home"_s << u"--bind"_s << request.roundDirectory << u"/work"_s;
    if (!request.repositoryDirectory.isEmpty())
        args << u"--ro-bind"_s << request.repositoryDirectory << u"/repo"_s;
    args << u"--remount-ro"_s << u"/"_s << u"--chdir"_s << u"/work"_s << u"--cap-drop"_s << u"ALL"_s << u"/bin/bash"_s << u"-c"_s
         << RoundScript::processLimit(request.limits.maxProcesses, true) + shellCommand;   // the sandbox's own user namespace
    return {QStandardPaths::findExecutable(u"bwrap"_s), args};
}

Executor::Launch BwrapExecutor::launch(const ExecutionRequest &request, const QString &shellCommand,
                                       const QProcessEnvironment &environment) const
{
    Launch l = Executor::launch(request, shellCommand, environment);
    l.signalsAsExitCodes = true;   // bwrap reports a command killed by signal N as 128 + N
    return l;
}

QString BwrapExecutor::visibleRoundDirectory(const ExecutionRequest &) const
{
    return u"/work"_s;
}

QString BwrapExecutor::visibleRepositoryDirectory(const ExecutionRequest &request) const
{
    return request.repositoryDirectory.isEmpty() ? QString() : u"/repo"_s;
}

} // namespace wb::exec
