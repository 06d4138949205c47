// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/executor.h"

#include "exec/bwrapexecutor.h"
#include "exec/executionjob.h"
#include "exec/localexecutor.h"
#include "exec/podmanexecutor.h"
#include "exec/pythonprobe.h"
#include "exec/roundfolders.h"
#include "exec/roundscript.h"
#include "exec/slurmexecutor.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <mutex>

#include <cerrno>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exec::Executor)
};

constexpr int kNobody = 65534;

// Whether @p program runs and exits with 0 as the user rounds run as (see Executor::roundUid()).
bool worksAsRoundUser(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(arguments);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    const int uid = Executor::roundUid();
    p.setChildProcessModifier([uid] {   // between fork and exec: async-signal-safe calls only
        if (uid >= 0) {
            ::setgroups(0, nullptr);
            if (::setgid(gid_t(uid)) != 0 || ::setuid(uid_t(uid)) != 0)
                ::_exit(126);
        }
    });
    p.start();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

Executor::Executor(ExecutorSettings settings)
    : m_settings(std::move(settings))
{
}

ExecutorCapabilities Executor::describeWith(const QString &name, ExecutorCapabilities::Isolation isolation,
                                            const QString &workingDirectory, const QString &repositoryDirectory) const
{
    ExecutorCapabilities c = PythonProbe::probe(pythonPath());
    c.name = name;
    c.network = m_settings.network;
    c.pipIndexUrl = m_settings.network ? pipIndexUrl() : QString();
    c.isolation = isolation;
    c.sandboxed = isolation != ExecutorCapabilities::Isolation::None;
    c.workingDirectory = workingDirectory;
    c.repositoryDirectory = repositoryDirectory;
    return c;
}

QString Executor::pythonPath() const
{
    if (!m_settings.pythonPath.isEmpty())
        return m_settings.pythonPath;
    // Debian's interpreter sees Debian's python3-* packages; one earlier on PATH (pyenv) may not.
    if (QFileInfo::exists(u"/usr/bin/python3"_s))
        return u"/usr/bin/python3"_s;
    return QStandardPaths::findExecutable(u"python3"_s);
}

QString Executor::pipIndexUrl() const
{
    return m_settings.siteSettings.value(pipIndexUrlKey()).trimmed();
}

QString Executor::pipIndexUrlKey()
{
    return u"pip.index_url"_s;
}

std::unique_ptr<Executor> Executor::create(const QString &name, const ExecutorSettings &settings)
{
    if (const QString index = settings.siteSettings.value(pipIndexUrlKey()).trimmed(); !index.isEmpty()) {
        const QUrl url(index, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
            throw Error(Tr::tr("The setting %1 must be an http or https address of a package index (e.g. "
                               "https://pypi.example.org/simple), not '%2'.")
                            .arg(pipIndexUrlKey(), index),
                        Error::Kind::InvalidInput);
    }
    if (name == u"local"_s)
        return std::make_unique<LocalExecutor>(settings);
    if (name == u"bwrap"_s) {
        if (!bwrapWorks())
            throw Error(Tr::tr("The bwrap executor is not available: bubblewrap is not installed or cannot create a "
                               "sandbox on this machine (install the package bubblewrap)."),
                        Error::Kind::InvalidInput);
        return std::make_unique<BwrapExecutor>(settings);
    }
    if (name == u"podman"_s)
        return std::make_unique<PodmanExecutor>(settings);
    if (name == u"slurm"_s) {
        auto slurm = std::make_unique<SlurmExecutor>(settings);   // bad site settings first: they are the user's to fix
        SlurmExecutor::checkAvailable();
        return slurm;
    }
    if (name == u"auto"_s || name.isEmpty())
        return bwrapWorks() ? std::unique_ptr<Executor>(std::make_unique<BwrapExecutor>(settings))
                            : std::unique_ptr<Executor>(std::make_unique<LocalExecutor>(settings));
    throw Error(Tr::tr("Unknown executor '%1' (local, bwrap, podman, slurm or auto).").arg(name), Error::Kind::InvalidInput);
}

QStringList Executor::siteSettingKeys(const QString &name)
{
    QStringList keys;
    if (name == u"podman"_s)
        keys = PodmanExecutor::settingKeys();
    else if (name == u"slurm"_s)
        keys = SlurmSettings::keys();
    return keys << pipIndexUrlKey();
}

int Executor::roundUid()
{
    return ::geteuid() == 0 ? kNobody : -1;
}

bool Executor::bwrapWorks()
{
    static std::once_flag once;
    static bool works = false;
    std::call_once(once, [] {
        const QString bwrap = QStandardPaths::findExecutable(u"bwrap"_s);
        works = !bwrap.isEmpty()
                && worksAsRoundUser(bwrap, {u"--unshare-all"_s, u"--die-with-parent"_s, u"--ro-bind"_s, u"/"_s, u"/"_s,
                                            u"--dev"_s, u"/dev"_s, u"--proc"_s, u"/proc"_s, u"--tmpfs"_s, u"/tmp"_s,
                                            u"/bin/bash"_s, u"-c"_s, u"ulimit -u 64"_s});
    });
    return works;
}

bool Executor::ownNamespacesWork()
{
    static std::once_flag once;
    static bool works = false;
    std::call_once(once, [] {
        const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
        if (unshare.isEmpty())
            return;
        QStringList command = RoundScript::namespacePrefix(unshare);
        const QString program = command.takeFirst();
        works = worksAsRoundUser(program, command << u"/bin/bash"_s << u"-c"_s << u"ulimit -u 64 && [ $$ = 2 ]"_s);
    });
    return works;
}

QString Executor::scratchRoot(const QString &cachePath)
{
    if (::geteuid() != 0)
        return cachePath;
    const QString root = u"/tmp/codedistiller-exec"_s;
    const QByteArray native = QFile::encodeName(root);
    if (::mkdir(native.constData(), 0711) != 0 && errno != EEXIST)
        throw Error(Tr::tr("Cannot create %1.").arg(root));
    struct stat st{};
    if (::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != 0)
        throw Error(Tr::tr("%1 exists but is not a folder owned by root; remove it.").arg(root));
    ::chmod(native.constData(), 0711);
    return root;
}

Executor::Launch Executor::launch(const ExecutionRequest &request, const QString &shellCommand,
                                  const QProcessEnvironment &environment) const
{
    Launch l;
    l.command = command(request, shellCommand);
    l.environment = environment;
    return l;
}

bool Executor::releaseRound(const QString &roundDirectory, const ExecutionResult &result) const
{
    if (roundDirectory.isEmpty() || keepsRound(m_settings.retention, result))
        return true;
    bool removed = true;
    for (const QString &path : roundPaths(roundDirectory))
        removed = RoundFolders::remove(path) && removed;
    return removed;
}

ExecutionJob *Executor::start(const ExecutionRequest &request, QObject *parent) const
{
    auto *job = new ExecutionJob(*this, request, parent);
    job->start();
    return job;
}

} // namespace wb::exec
