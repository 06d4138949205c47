// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/slurmexecutor.h"

#include "exec/slurmjob.h"
#include "exec/slurmjobscript.h"
#include "exec/slurmmonitor.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exec::SlurmExecutor)
};
} // namespace

SlurmExecutor::SlurmExecutor(ExecutorSettings settings)
    : Executor(std::move(settings))
    , m_site(SlurmSettings::fromMap(this->settings().siteSettings))
{
}

SlurmExecutor::~SlurmExecutor() = default;

void SlurmExecutor::checkAvailable()
{
    for (const QString &tool : {u"sbatch"_s, u"squeue"_s, u"scontrol"_s, u"scancel"_s})
        if (QStandardPaths::findExecutable(tool).isEmpty())
            throw Error(Tr::tr("Slurm is not available: %1 was not found on PATH (install the Slurm client, on Debian the "
                               "package slurm-client, or run on the cluster's login node).")
                            .arg(tool),
                        Error::Kind::InvalidInput);
    QProcess ping;
    ping.setProcessChannelMode(QProcess::MergedChannels);
    ping.start(u"scontrol"_s, {u"ping"_s});
    const bool answered = ping.waitForFinished(30000);
    const QString output = QString::fromUtf8(ping.readAll()).simplified();
    if (!answered) {
        ping.kill();
        ping.waitForFinished(1000);
        throw Error(Tr::tr("Slurm is not available: the controller did not answer 'scontrol ping' within 30 s."), Error::Kind::InvalidInput);
    }
    if (ping.exitStatus() != QProcess::NormalExit || ping.exitCode() != 0 || !output.contains(u"is UP"_s))
        throw Error(Tr::tr("Slurm is not available: the controller is unreachable (scontrol ping: %1).")
                        .arg(output.isEmpty() ? Tr::tr("exit code %1").arg(ping.exitCode()) : output.left(300)),
                    Error::Kind::InvalidInput);
}

QList<SlurmExecutor::Partition> SlurmExecutor::partitions()
{
    QProcess sinfo;
    sinfo.start(u"sinfo"_s, {u"-h"_s, u"-o"_s, u"%P %a %D %T"_s});
    if (!sinfo.waitForFinished(30000)) {
        sinfo.kill();
        sinfo.waitForFinished(1000);
        return {};
    }
    QList<Partition> out;
    for (const QString &line : QString::fromUtf8(sinfo.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.simplified().split(u' ');
        if (f.size() >= 4)
            out.append({f[0], f[1], f[2].toInt(), f[3]});
    }
    return out;
}

ExecutorCapabilities SlurmExecutor::capabilities() const
{
    ExecutorCapabilities c = describeWith(u"slurm"_s, ExecutorCapabilities::Isolation::None,
                                          u"the round directory (also $ROUND_DIR)"_s, u"$REPO_DIR"_s);
    c.gpuOnRequest = m_site.maxGpus > 0;
    return c;
}

Executor::Command SlurmExecutor::command(const ExecutionRequest &request, const QString &shellCommand) const
{
    if (m_site.containerImage.isEmpty())
        return {u"/bin/bash"_s, {u"-c"_s, shellCommand}};
    // The round directory and the checkout appear at the same paths inside the container.
    QStringList args{u"exec"_s, u"--bind"_s, request.roundDirectory};
    if (!request.repositoryDirectory.isEmpty())
        args << u"--bind"_s << request.repositoryDirectory + u':' + request.repositoryDirectory + u":ro"_s;
    if (SlurmJobScript::wantsGpu(request.metadataJson, m_site))
        args << u"--nv"_s;
    args << m_site.containerImage << u"/bin/bash"_s << u"-c"_s << shellCommand;
    return {m_site.containerRuntime, args};
}

QString SlurmExecutor::visibleRoundDirectory(const ExecutionRequest &request) const
{
    return request.roundDirectory;
}

QString SlurmExecutor::visibleRepositoryDirectory(const ExecutionRequest &request) const
{
    return request.repositoryDirectory;
}

ExecutionJob *SlurmExecutor::start(const ExecutionRequest &request, QObject *parent) const
{
    auto *job = new SlurmJob(*this, request, parent);
    job->start();
    return job;
}

QString SlurmExecutor::workRoot(const QString &cachePath) const
{
    if (m_site.sharedDirectory.isEmpty())
        return scratchRoot(cachePath);
    if (!QDir().mkpath(m_site.sharedDirectory))
        throw Error(Tr::tr("Cannot create the Slurm shared directory %1 (slurm.shared_directory).").arg(m_site.sharedDirectory));
    return m_site.sharedDirectory;
}

QStringList SlurmExecutor::roundPaths(const QString &roundDirectory) const
{
    return {roundDirectory, SlurmJobScript::jobDirectoryFor(roundDirectory)};
}

int SlurmExecutor::maxConcurrentRounds(int) const
{
    return m_site.maxJobs;
}

SlurmMonitor &SlurmExecutor::monitor() const
{
    if (!m_monitor)
        m_monitor = std::make_unique<SlurmMonitor>(m_site.pollMs);
    return *m_monitor;
}

} // namespace wb::exec
