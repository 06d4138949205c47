// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/podmanexecutor.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exec::PodmanExecutor)
};

constexpr int kNobody = 65534;
const QStringList kTopLevelLinks{u"bin"_s, u"sbin"_s, u"lib"_s, u"lib32"_s, u"lib64"_s, u"libx32"_s};

/**
 * The container's first process: it forwards SIGTERM to the phase's process group (a plain PID 1 would
 * ignore it), applies the per-process limits to the phase only, reaps orphans, and exits with the phase's
 * status (128 + N when signal N killed it). Its own job notices go nowhere; the phase keeps stderr.
 * $1 = the phase's shell command, $2 = address space in KiB, $3/$4 = CPU seconds soft/hard ("-": no limit).
 */
const QString kInit = uR"(exec 3>&2 2>/dev/null
set -m
trap 'kill -TERM -- -"$c"' TERM INT HUP
( { [ "$2" = - ] || ulimit -v "$2"; } && { [ "$3" = - ] || { ulimit -S -t "$3" && ulimit -H -t "$4"; }; } &&
  exec /bin/bash -c "$1" ) 2>&3 3>&- &
c=$!
until wait "$c"; ! kill -0 "$c"; do :; done
wait "$c")"_s;

struct Ran
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Ran runTool(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    Ran r;
    if (!p.waitForStarted(timeoutMs)) {
        r.err = p.errorString();
        return r;
    }
    r.finished = p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit;
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
        r.err = Tr::tr("%1 did not answer within %2 s").arg(program).arg(timeoutMs / 1000);
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return r;
}

QString rlimitValue(rlim_t v)
{
    return v == RLIM_INFINITY ? u"-1"_s : QString::number(qulonglong(v));
}

// Explicit limits no higher than the workbench's own: podman's defaults (1048576) may be above a hard
// limit that root cannot raise (no CAP_SYS_RESOURCE inside a container), and then runc refuses to start
// the container. podman itself lowers its process limit to the kernel's pid_max, so that caps nproc too.
// (Processes are limited by the cgroup, --pids-limit; RLIMIT_NPROC counts the user's on the whole host.)
QStringList ulimitArguments()
{
    QStringList args;
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0)
        args << u"--ulimit"_s << u"nofile=%1:%2"_s.arg(rlimitValue(files.rlim_cur), rlimitValue(files.rlim_max));
    rlimit processes{};
    if (::getrlimit(RLIMIT_NPROC, &processes) == 0) {
        rlim_t n = std::min(processes.rlim_cur, processes.rlim_max);
        QFile pidMax(u"/proc/sys/kernel/pid_max"_s);
        bool ok = false;
        const qulonglong cap = pidMax.open(QIODevice::ReadOnly) ? pidMax.readAll().trimmed().toULongLong(&ok) : 0;
        if (ok && cap > 0)
            n = std::min<rlim_t>(n, rlim_t(cap));
        args << u"--ulimit"_s << u"nproc=%1:%1"_s.arg(rlimitValue(n));
    }
    args << u"--ulimit"_s << u"core=0:0"_s;
    return args;
}

// Read-only system mounts for the workbench's own image: the host's /usr and /etc (alternatives, the
// linker cache, Python's configuration), and top-level folders that are not links into /usr.
QStringList hostSystemMounts()
{
    QStringList args{u"--volume"_s, u"/usr:/usr:ro"_s, u"--volume"_s, u"/etc:/etc:ro"_s};
    for (const QString &top : kTopLevelLinks) {
        const QFileInfo info(u"/"_s + top);
        if (info.isDir() && !info.isSymLink())
            args << u"--volume"_s << u"%1:%1:ro"_s.arg(info.absoluteFilePath());
    }
    return args;
}

QString buildDefaultImage(const QString &podman)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Tr::tr("cannot create a temporary folder for the image (%1)").arg(scratch.errorString());
    const QDir root(scratch.filePath(u"rootfs"_s));
    for (const QString &dir : {u"usr"_s, u"etc"_s, u"proc"_s, u"dev"_s, u"sys"_s, u"run"_s, u"tmp"_s, u"var/tmp"_s,
                               u"app"_s, u"repo"_s, u"root"_s, u"home"_s})
        if (!root.mkpath(dir))
            return Tr::tr("cannot create %1").arg(root.filePath(dir));
    for (const QString &dir : {u"tmp"_s, u"var/tmp"_s})
        ::chmod(QFile::encodeName(root.filePath(dir)).constData(), 01777);
    for (const QString &top : kTopLevelLinks) {
        const QFileInfo info(u"/"_s + top);
        if (info.isSymLink())
            QFile::link(info.symLinkTarget().mid(1), root.filePath(top));   // merged /usr: bin -> usr/bin
        else if (info.isDir())
            root.mkpath(top);
    }
    const QString tarball = scratch.filePath(u"rootfs.tar"_s);
    Ran tar = runTool(u"tar"_s, {u"-C"_s, root.path(), u"--numeric-owner"_s, u"--owner=0"_s, u"--group=0"_s, u"-cf"_s, tarball, u"."_s});
    if (!tar.finished || tar.exitCode != 0)
        return Tr::tr("cannot pack the image's root file system with tar: %1").arg(tar.err);
    const Ran imported = runTool(podman, {u"import"_s, u"--message"_s, u"CodeDistiller Workbench: skeleton root file system"_s,
                                          tarball, PodmanExecutor::defaultImage()});
    if (!imported.finished || imported.exitCode != 0)
        return Tr::tr("cannot build the image %1 (podman import): %2").arg(PodmanExecutor::defaultImage(), imported.err);
    return {};
}

QString probe(const QString &podman, const QString &image)
{
    const Ran exists = runTool(podman, {u"image"_s, u"exists"_s, image});
    if (!exists.finished)
        return exists.err;
    if (exists.exitCode != 0) {
        if (image != PodmanExecutor::defaultImage()) {
            return exists.err.isEmpty()
                       ? Tr::tr("the image %1 is not in Podman's local storage; no registry is used, so load it "
                                "(podman load -i FILE) or clear the workspace setting %2 to use the workbench's own image")
                             .arg(image, PodmanExecutor::imageSettingKey())
                       : exists.err;
        }
        if (const QString built = buildDefaultImage(podman); !built.isEmpty())
            return built;
    }
    QStringList args{u"--runtime"_s, u"runc"_s, u"run"_s, u"--rm"_s, u"--pull"_s, u"never"_s, u"--network"_s, u"none"_s,
                     u"--log-driver"_s, u"none"_s};
    args << ulimitArguments();
    if (image == PodmanExecutor::defaultImage())
        args << hostSystemMounts();
    args << image << u"/bin/bash"_s << u"-c"_s << u"echo ready"_s;
    const Ran run = runTool(podman, args);
    if (!run.finished)
        return run.err;
    if (run.exitCode != 0 || run.out.trimmed() != "ready")
        return run.err.isEmpty() ? Tr::tr("a test container exited with code %1").arg(run.exitCode) : run.err;
    return {};
}
} // namespace

PodmanExecutor::PodmanExecutor(ExecutorSettings settings)
    : Executor(std::move(settings))
    , m_podman(QStandardPaths::findExecutable(u"podman"_s))
{
    const QString why = m_podman.isEmpty() ? Tr::tr("podman is not installed") : problem(image());
    if (!why.isEmpty())
        throw Error(Tr::tr("Podman cannot run containers here: %1. The podman executor needs the packages podman and "
                           "runc, and a working container runtime (try: podman --runtime runc run --rm %2 true).")
                        .arg(why, image()),
                    Error::Kind::InvalidInput);
}

QString PodmanExecutor::defaultImage()
{
    return u"localhost/codedistiller-python:1"_s;
}

QString PodmanExecutor::imageSettingKey()
{
    return u"podman.image"_s;
}

QString PodmanExecutor::cpusSettingKey()
{
    return u"podman.cpus"_s;
}

QStringList PodmanExecutor::settingKeys()
{
    return {imageSettingKey(), cpusSettingKey()};
}

QString PodmanExecutor::problem(const QString &image)
{
    static QMutex mutex;
    static QHash<QString, bool> works;   // podman path + image → probed fine
    const QString podman = QStandardPaths::findExecutable(u"podman"_s);
    if (podman.isEmpty())
        return Tr::tr("podman is not installed");
    const QString key = podman + u'\n' + image;
    const QMutexLocker lock(&mutex);   // also keeps two threads from building the image at once
    if (works.value(key))
        return {};
    const QString why = probe(podman, image);
    if (why.isEmpty())
        works.insert(key, true);
    return why;
}

QString PodmanExecutor::image() const
{
    const QString configured = settings().siteSettings.value(imageSettingKey()).trimmed();
    return configured.isEmpty() ? defaultImage() : configured;
}

ExecutorCapabilities PodmanExecutor::capabilities() const
{
    ExecutorCapabilities c = describeWith(u"podman"_s, ExecutorCapabilities::Isolation::Container, u"/app"_s, u"/repo"_s);
    if (image() != defaultImage()) {   // the host's interpreter facts say nothing about another image's
        c.pythonVersion.clear();
        c.installedPackages.clear();
    }
    return c;
}

Executor::Command PodmanExecutor::command(const ExecutionRequest &request, const QString &shellCommand) const
{
    return launch(request, shellCommand, QProcessEnvironment()).command;
}

QString PodmanExecutor::visibleRoundDirectory(const ExecutionRequest &) const
{
    return u"/app"_s;
}

QString PodmanExecutor::visibleRepositoryDirectory(const ExecutionRequest &request) const
{
    return request.repositoryDirectory.isEmpty() ? QString() : u"/repo"_s;
}

Executor::Launch PodmanExecutor::launch(const ExecutionRequest &request, const QString &shellCommand,
                                        const QProcessEnvironment &environment) const
{
    const QString name = u"codedistiller-"_s + QUuid::createUuid().toString(QUuid::Id128).left(20);
    Launch l;
    l.command = {m_podman, runArguments(request, name, shellCommand, environment)};
    l.environment = QProcessEnvironment::systemEnvironment();   // podman's own (rootless needs HOME, XDG_RUNTIME_DIR)
    l.limitsInside = true;
    l.forceStop = {m_podman, {u"--runtime"_s, u"runc"_s, u"rm"_s, u"--force"_s, u"--time"_s, u"0"_s, u"--ignore"_s, name}};
    l.signalsAsExitCodes = true;
    return l;
}

QStringList PodmanExecutor::runArguments(const ExecutionRequest &request, const QString &name, const QString &shellCommand,
                                         const QProcessEnvironment &environment) const
{
    const ExecutionLimits &limits = request.limits;
    QStringList args{u"--runtime"_s, u"runc"_s, u"run"_s, u"--rm"_s, u"--name"_s, name, u"--label"_s,
                     u"io.codedistiller.round="_s + request.roundDirectory, u"--pull"_s, u"never"_s,
                     u"--log-driver"_s, u"none"_s, u"--unsetenv-all"_s, u"--http-proxy=false"_s, u"--read-only"_s,
                     u"--cap-drop"_s, u"all"_s, u"--security-opt"_s, u"no-new-privileges"_s};
    if (!settings().network)
        args << u"--network"_s << u"none"_s;
    if (limits.memoryBytes > 0)
        args << u"--memory"_s << QString::number(limits.memoryBytes) << u"--memory-swap"_s << QString::number(limits.memoryBytes);
    // The first process and the phase's leader come on top of what the round may add.
    args << u"--pids-limit"_s << (limits.maxProcesses > 0 ? QString::number(limits.maxProcesses + 2) : u"-1"_s);
    if (const double cpus = settings().siteSettings.value(cpusSettingKey()).toDouble(); cpus > 0)
        args << u"--cpus"_s << QString::number(cpus);
    args << ulimitArguments();
    // conmon's own kill, in case the workbench itself is gone before its deadline.
    args << u"--timeout"_s << QString::number(limits.wallSeconds + limits.killGraceMs / 1000 + 60);
    if (::geteuid() == 0)
        args << u"--user"_s << u"%1:%1"_s.arg(kNobody);   // never run generated code as root
    if (image() == defaultImage())
        args << hostSystemMounts();
    args << u"--volume"_s << request.roundDirectory + u":/app"_s;
    if (!request.repositoryDirectory.isEmpty())
        args << u"--volume"_s << request.repositoryDirectory + u":/repo:ro"_s;
    args << u"--workdir"_s << u"/app"_s;
    QStringList keys = environment.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys))
        args << u"--env"_s << key + u'=' + environment.value(key);
    const QString memoryKiB = limits.memoryBytes > 0 ? QString::number(limits.memoryBytes / 1024) : u"-"_s;
    const QString cpuSoft = limits.cpuSeconds > 0 ? QString::number(limits.cpuSeconds) : u"-"_s;
    const QString cpuHard = limits.cpuSeconds > 0 ? QString::number(limits.cpuSeconds + 5) : u"-"_s;
    args << image() << u"/bin/bash"_s << u"-c"_s << kInit << u"init"_s << shellCommand << memoryKiB << cpuSoft << cpuHard;
    return args;
}

} // namespace wb::exec
