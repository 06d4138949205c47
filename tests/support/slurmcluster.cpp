// SPDX-License-Identifier: GPL-3.0-or-later
#include "slurmcluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {

// Cancels the cluster's jobs, stops its daemons and kills what they left (marked by WB_SLURM_CLUSTER).
constexpr auto kStopScript = R"SH(#!/bin/bash
d=$1
export SLURM_CONF="$d/slurm.conf"
ids=$(timeout 10 squeue -h -o %i 2>/dev/null)
[ -n "$ids" ] && timeout 10 scancel $ids 2>/dev/null
for i in $(seq 50); do
    [ -z "$(timeout 10 squeue -h -o %i 2>/dev/null)" ] && break
    sleep 0.2
done
pids=
for f in slurmd.pid slurmctld.pid munge/munged.pid; do
    pid=$(cat "$d/$f" 2>/dev/null) && pids="$pids $pid"
done
[ -n "$pids" ] && kill -TERM $pids 2>/dev/null
for i in $(seq 30); do
    alive=
    for pid in $pids; do   # a zombie (nobody reaps daemons here) counts as gone
        [ -d "/proc/$pid" ] && ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null && alive=1
    done
    [ -z "$alive" ] && break
    sleep 0.1
done
[ -n "$pids" ] && kill -KILL $pids 2>/dev/null
# (the daemons carry the mark, the jobs' processes this cluster's SLURM_CONF, and so does the test
# process that runs this script: its ancestors are spared)
keep=" $$ "; p=$$
while [ -n "$p" ] && [ "$p" -gt 1 ]; do
    p=$(sed -n 's/^PPid:[[:space:]]*//p' "/proc/$p/status" 2>/dev/null); keep="$keep$p "
done
for f in $(grep -lzxF -e "WB_SLURM_CLUSTER=$d" -e "SLURM_CONF=$d/slurm.conf" /proc/[0-9]*/environ 2>/dev/null); do
    f=${f#/proc/}; f=${f%/environ}
    case "$keep" in *" $f "*) ;; *) kill -KILL "$f" 2>/dev/null ;; esac
done
exit 0
)SH";

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::Any, 0))
        return 0;
    return server.serverPort();
}

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/bin"_s, u"/sbin"_s, u"/bin"_s});
}

} // namespace

SlurmCluster::SlurmCluster()
    : m_dir(QDir::tempPath() + u"/wb-slurm-XXXXXX"_s)
{
}

SlurmCluster::~SlurmCluster()
{
    stop();
}

QString SlurmCluster::configPath() const
{
    return m_dir.filePath(u"slurm.conf"_s);
}

QString SlurmCluster::sharedDirectory() const
{
    return m_dir.filePath(u"shared"_s);
}

QString SlurmCluster::run(const QString &program, const QStringList &arguments, int *exitCode) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    const bool ok = p.waitForFinished(60000);
    if (exitCode)
        *exitCode = ok && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

QString SlurmCluster::start()
{
    if (::geteuid() != 0)
        return u"a single-node Slurm needs root (slurmd starts jobs as their users); run the tests as root"_s;
    if (!m_dir.isValid())
        return u"cannot create a temporary folder: "_s + m_dir.errorString();
    QStringList missing;
    for (const QString &tool : {u"munged"_s, u"slurmctld"_s, u"slurmd"_s, u"sbatch"_s, u"squeue"_s, u"scontrol"_s, u"scancel"_s, u"sinfo"_s})
        if (findTool(tool).isEmpty())
            missing << tool;
    if (!missing.isEmpty())
        return u"Slurm is not installed here (missing %1; install the packages slurmctld slurmd slurm-client munge)"_s.arg(missing.join(u", "_s));

    const QString d = m_dir.path();
    QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                 | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    for (const QString &sub : {u"munge"_s, u"state"_s, u"spool"_s, u"log"_s, u"shared"_s})
        QDir(d).mkpath(sub);
    QFile stopScript(m_dir.filePath(u"stop.sh"_s));
    if (!stopScript.open(QIODevice::WriteOnly) || stopScript.write(kStopScript) < 0)
        return u"cannot write "_s + stopScript.fileName();
    stopScript.close();
    m_started = true;   // from here on, stop() has something to clean up

    // Our own munged: own key and socket, nothing shared with a system munged.
    QFile key(m_dir.filePath(u"munge/munge.key"_s));
    QByteArray keyBytes(1024, '\0');
    for (char &c : keyBytes)
        c = char(QRandomGenerator::system()->bounded(256));
    if (!key.open(QIODevice::WriteOnly) || key.write(keyBytes) != keyBytes.size())
        return u"cannot write the munge key"_s;
    key.close();
    key.setPermissions(QFileDevice::ReadOwner);
    const QString socket = m_dir.filePath(u"munge/munge.socket"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"WB_SLURM_CLUSTER"_s, d);   // marks the daemons (and the job steps they start) as ours
    env.insert(u"SLURM_CONF"_s, configPath());
    auto startDaemon = [&](const QString &program, const QStringList &arguments) -> QString {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(findTool(program), arguments);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return u"%1 did not start: %2"_s.arg(program, QString::fromUtf8(p.readAll()).trimmed());
        return {};
    };
    if (QString e = startDaemon(u"munged"_s, {u"--socket="_s + socket, u"--key-file="_s + key.fileName(),
                                              u"--pid-file="_s + m_dir.filePath(u"munge/munged.pid"_s),
                                              u"--log-file="_s + m_dir.filePath(u"munge/munged.log"_s),
                                              u"--seed-file="_s + m_dir.filePath(u"munge/munged.seed"_s)});
        !e.isEmpty())
        return e;

    const QString host = run(u"hostname"_s, {u"-s"_s}).trimmed();
    const quint16 controllerPort = freePort();
    quint16 nodePort = freePort();
    while (nodePort == controllerPort)
        nodePort = freePort();
    if (host.isEmpty() || !controllerPort || !nodePort)
        return u"cannot determine the host name or free ports"_s;
    // Memory as the node reports it; eight CPUs whatever the machine has (config_overrides), so that
    // several light test jobs run at once.
    qint64 memoryMb = 2000;
    const QString hardware = run(findTool(u"slurmd"_s), {u"-C"_s});
    for (const QString &field : hardware.simplified().split(u' '))
        if (field.startsWith(u"RealMemory="_s))
            memoryMb = std::max<qint64>(500, field.mid(11).toLongLong());
    QFile conf(configPath());
    if (!conf.open(QIODevice::WriteOnly))
        return u"cannot write "_s + conf.fileName();
    conf.write(u"ClusterName=wbtest\n"
               "SlurmctldHost=%1(127.0.0.1)\n"
               "SlurmUser=root\nSlurmdUser=root\n"
               "SlurmctldPort=%2\nSlurmdPort=%3\n"
               "AuthType=auth/munge\nCredType=cred/munge\nAuthInfo=socket=%4\n"
               "StateSaveLocation=%5/state\nSlurmdSpoolDir=%5/spool\n"
               "SlurmctldPidFile=%5/slurmctld.pid\nSlurmdPidFile=%5/slurmd.pid\n"
               "SlurmctldLogFile=%5/log/slurmctld.log\nSlurmdLogFile=%5/log/slurmd.log\n"
               "ProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\nJobAcctGatherType=jobacct_gather/none\n"
               "AccountingStorageType=accounting_storage/none\n"
               "JobCompType=jobcomp/filetxt\nJobCompLoc=%5/jobcomp.txt\n"
               "SchedulerType=sched/backfill\nSelectType=select/cons_tres\nSelectTypeParameters=CR_Core\n"
               "SlurmdParameters=config_overrides\n"
               "MpiDefault=none\nReturnToService=2\nSlurmdTimeout=30\nMinJobAge=3600\nKillWait=5\n"
               "NodeName=%1 NodeAddr=127.0.0.1 CPUs=8 RealMemory=%6 State=UNKNOWN\n"
               "PartitionName=debug Nodes=%1 Default=YES MaxTime=INFINITE State=UP\n"_s
                   .arg(host)
                   .arg(controllerPort)
                   .arg(nodePort)
                   .arg(socket, d)
                   .arg(memoryMb)
                   .toUtf8());
    conf.close();
    qputenv("SLURM_CONF", QFile::encodeName(configPath()));

    // If this process dies without stopping the cluster, the watchdog does, and removes its folder.
    QProcess::startDetached(u"setsid"_s,
                            {u"bash"_s, u"-c"_s,
                             u"while kill -0 %1 2>/dev/null; do sleep 1; done; bash \"$0\" \"$1\"; rm -rf \"$1\""_s.arg(::getpid()),
                             stopScript.fileName(), d},
                            QString(), &m_watchdog);

    if (QString e = startDaemon(u"slurmctld"_s, {u"-f"_s, configPath()}); !e.isEmpty())
        return e;
    if (QString e = startDaemon(u"slurmd"_s, {u"-f"_s, configPath()}); !e.isEmpty())
        return e;
    QDeadlineTimer deadline(30000);
    QString state;
    while (!deadline.hasExpired()) {
        state = run(findTool(u"sinfo"_s), {u"-h"_s, u"-o"_s, u"%T"_s}).trimmed();
        if (state == u"idle"_s)
            return {};
        QThread::msleep(100);
    }
    return u"the Slurm node did not become idle within 30 s (sinfo: %1)\n%2"_s.arg(state, logs());
}

void SlurmCluster::stop()
{
    if (!m_started)
        return;
    m_started = false;
    if (m_watchdog > 0)
        ::kill(pid_t(m_watchdog), SIGKILL);
    run(u"bash"_s, {m_dir.filePath(u"stop.sh"_s), m_dir.path()});
}

QMap<QString, QString> SlurmCluster::job(const QString &jobId) const
{
    int rc = 0;
    const QString line = run(findTool(u"scontrol"_s), {u"show"_s, u"job"_s, u"-o"_s, jobId}, &rc);
    QMap<QString, QString> fields;
    if (rc != 0)
        return fields;
    for (const QString &field : line.simplified().split(u' ')) {
        const qsizetype eq = field.indexOf(u'=');
        if (eq > 0)
            fields.insert(field.left(eq), field.mid(eq + 1));
    }
    return fields;
}

QStringList SlurmCluster::activeJobs() const
{
    return run(findTool(u"squeue"_s), {u"-h"_s, u"-o"_s, u"%i"_s}).split(u'\n', Qt::SkipEmptyParts);
}

QString SlurmCluster::logs() const
{
    QString out;
    for (const QString &name : {u"log/slurmctld.log"_s, u"log/slurmd.log"_s, u"munge/munged.log"_s}) {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out += u"--- "_s + name + u'\n' + QString::fromUtf8(f.readAll()).section(u'\n', -15, -1) + u'\n';
    }
    return out;
}

} // namespace wb::test
