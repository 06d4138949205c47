// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/executionjob.h"

#include "exec/executor.h"
#include "exec/rounddirectory.h"
#include "exec/roundscript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProcess>
#include <QStandardPaths>
#include <QtConcurrentRun>

#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exec::ExecutionJob)
};

} // namespace

QString toString(ExecutionResult::Outcome outcome)
{
    using O = ExecutionResult::Outcome;
    switch (outcome) {
    case O::Completed: return u"completed"_s;
    case O::SetupFailed: return u"setup_failed"_s;
    case O::TimedOut: return u"timed_out"_s;
    case O::OutputLimit: return u"output_limit"_s;
    case O::Cancelled: return u"cancelled"_s;
    case O::Interrupted: return u"interrupted"_s;
    case O::Error: break;
    }
    return u"error"_s;
}

ExecutionJob::ExecutionJob(const Executor &executor, ExecutionRequest request, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_request(std::move(request))
{
    m_deadline.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stop(ExecutionResult::Outcome::TimedOut,
             Tr::tr("The round reached its time limit of %1 s and was stopped.").arg(m_request.limits.wallSeconds));
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        killGroup(SIGKILL);
        startForceStop();
    });
}

ExecutionJob::~ExecutionJob()
{
    m_preparation.waitForFinished();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        killGroup(SIGKILL);
        m_process->waitForFinished(2000);
        if (!m_launch.forceStop.program.isEmpty() && !m_forceStop)
            QProcess::startDetached(m_launch.forceStop.program, m_launch.forceStop.arguments);
    }
    if (m_forceStop) {
        m_forceStop->disconnect(this);
        m_forceStop->waitForFinished(10000);
    }
}

void ExecutionJob::start()
{
    m_clock.start();
    // Folders, files and links take milliseconds each on a busy disk: on this thread every other example
    // of the campaign would wait behind them.
    m_preparation = QtConcurrent::run(&ExecutionJob::prepareRound, m_request, m_executor.settings().network, m_executor.pythonPath());
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onPrepared(watcher->result());
    });
    watcher->setFuture(m_preparation);
}

ExecutionJob::Prepared ExecutionJob::prepareRound(const ExecutionRequest &request, bool network, const QString &pythonPath)
{
    Prepared prepared;
    QDir dir(request.roundDirectory);
    if (dir.exists() && !dir.isEmpty()) {
        prepared.error = Tr::tr("The round directory %1 is not empty.").arg(request.roundDirectory);
        return prepared;
    }
    if (!RoundDirectory::prepare(request, network)) {
        prepared.error = Tr::tr("Cannot prepare the round directory %1 (disk full or not writable?).").arg(request.roundDirectory);
        return prepared;
    }
    // `python` and `python3` of the round: links to the configured interpreter (the setup phase puts the
    // round's venv, made from it, before them).
    const QString bin = dir.filePath(u".bin"_s);
    const bool shims = QFile::link(pythonPath, bin + u"/python"_s) && QFile::link(pythonPath, bin + u"/python3"_s);
    if (!shims || pythonPath.isEmpty()) {
        prepared.error = Tr::tr("Cannot prepare the round's Python (%1).").arg(pythonPath);
        return prepared;
    }
    prepared.runAsUid = Executor::roundUid();   // never run generated code as root
    if (prepared.runAsUid >= 0)
        RoundDirectory::handOver(request.roundDirectory, prepared.runAsUid);
    return prepared;
}

void ExecutionJob::onPrepared(const Prepared &prepared)
{
    if (m_stopping || m_finished)
        return;   // cancelled meanwhile: complete() follows or has run
    if (!prepared.error.isEmpty()) {
        m_result.message = prepared.error;
        complete();
        return;
    }
    m_runAsUid = prepared.runAsUid;
    m_deadline.start(m_request.limits.wallSeconds * 1000);
    runPhase(Phase::Setup);
}

Executor::Command ExecutionJob::lowPriority(const Executor::Command &command, int niceness)
{
    // QProcess starts children with vfork: the workbench's thread waits until the child has exec'd. A
    // child that lowered its own priority before exec would keep that thread waiting behind every busy
    // round on a loaded machine, so `nice` lowers it after the exec instead. A program that cannot be
    // found is left as it is, to fail to start with its own name.
    static const QString nice = QStandardPaths::findExecutable(u"nice"_s);
    if (niceness <= 0 || nice.isEmpty())
        return command;
    const QString program = command.program.contains(u'/') ? command.program : QStandardPaths::findExecutable(command.program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        return command;
    Executor::Command wrapped;
    wrapped.program = nice;
    wrapped.arguments = QStringList{u"-n"_s, QString::number(niceness), u"--"_s, program} + command.arguments;
    return wrapped;
}

QString ExecutionJob::phaseName() const
{
    switch (m_phase) {
    case Phase::Setup: return u"setup"_s;
    case Phase::Run: return u"run"_s;
    case Phase::Done: break;
    }
    return u"system"_s;
}

void ExecutionJob::runPhase(Phase phase)
{
    m_phase = phase;
    m_partial[0].clear();
    m_partial[1].clear();
    m_bytes[0] = m_bytes[1] = 0;
    m_outputCapped[0] = m_outputCapped[1] = false;

    RoundScript::Context context;
    context.roundDirectory = m_executor.visibleRoundDirectory(m_request);
    context.repositoryDirectory = m_executor.visibleRepositoryDirectory(m_request);
    context.network = m_executor.settings().network;
    context.pipIndexUrl = m_executor.pipIndexUrl();
    QString shell;
    switch (phase) {
    case Phase::Setup:
        shell = RoundScript::setup(context);
        break;
    case Phase::Run:
        shell = RoundScript::run(context);
        break;
    case Phase::Done:
        return;
    }
    QProcessEnvironment env;   // nothing of the user's environment, no keys
    env.insert(u"PATH"_s, RoundScript::path(context.roundDirectory, u"/usr/local/bin:/usr/bin:/bin"_s));
    for (const auto &[key, value] : RoundScript::environment(context))
        env.insert(key, value);

    m_launch = m_executor.launch(m_request, shell, env);
    m_forceStopDone = false;
    m_process = new QProcess(this);
    const Executor::Command command = lowPriority(m_launch.command, m_request.limits.niceness);
    m_process->setProgram(command.program);
    m_process->setArguments(command.arguments);
    m_process->setWorkingDirectory(m_request.roundDirectory);
    m_process->setProcessEnvironment(m_launch.environment);
    ExecutionLimits limits = m_request.limits;
    int uid = m_runAsUid;
    if (m_launch.limitsInside) {   // the command applies them (a container); its launcher runs as the workbench
        limits.memoryBytes = 0;
        limits.cpuSeconds = 0;
        uid = -1;
    }
    // Runs in the child between fork and exec: async-signal-safe calls only. No RLIMIT_NPROC: the kernel
    // counts it per user over all the user's threads, so the command sets it where it counts only the
    // round (a namespace of its own; see RoundScript::processLimit()).
    const bool niceInChild = command.program == m_launch.command.program;
    m_process->setChildProcessModifier([limits, uid, niceInChild] {
        ::setpgid(0, 0);
        if (niceInChild && limits.niceness > 0)
            [[maybe_unused]] const int niced = ::nice(limits.niceness);   // relative to the workbench
        if (limits.memoryBytes > 0) {
            const rlimit r{rlim_t(limits.memoryBytes), rlim_t(limits.memoryBytes)};
            ::setrlimit(RLIMIT_AS, &r);
        }
        if (limits.cpuSeconds > 0) {
            const rlimit r{rlim_t(limits.cpuSeconds), rlim_t(limits.cpuSeconds + 5)};
            ::setrlimit(RLIMIT_CPU, &r);
        }
        const rlimit core{0, 0};
        ::setrlimit(RLIMIT_CORE, &core);
        if (uid >= 0) {
            ::setgroups(0, nullptr);
            if (::setgid(gid_t(uid)) != 0 || ::setuid(uid_t(uid)) != 0)
                ::_exit(126);
        }
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { onReadyRead(0); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { onReadyRead(1); });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onProcessFinished(code, int(status));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            addLine(u"system"_s, u"system"_s, Tr::tr("Cannot start %1: %2").arg(m_process->program(), m_process->errorString()));
            m_result.outcome = ExecutionResult::Outcome::Error;
            m_result.message = Tr::tr("The %1 phase could not start: %2").arg(phaseName(), m_process->errorString());
            m_phase = Phase::Done;
            complete();
        }
    });
    m_process->start();
    m_pid = m_process->processId();
}

void ExecutionJob::onReadyRead(int channel)
{
    if (!m_process)
        return;
    m_process->setReadChannel(channel == 0 ? QProcess::StandardOutput : QProcess::StandardError);
    appendOutput(channel, m_process->readAll());
}

void ExecutionJob::appendOutput(int channel, const QByteArray &data)
{
    if (data.isEmpty() || m_outputCapped[channel])
        return;
    const qint64 room = m_request.limits.maxOutputBytes - m_bytes[channel];
    QByteArray chunk = data;
    const bool overflow = chunk.size() > room;
    if (overflow)
        chunk.truncate(qMax<qint64>(0, room));
    m_bytes[channel] += chunk.size();
    m_partial[channel] += chunk;
    const QString stream = channel == 0 ? u"stdout"_s : u"stderr"_s;
    qsizetype newline;
    while ((newline = m_partial[channel].indexOf('\n')) >= 0) {
        addLine(phaseName(), stream, QString::fromUtf8(m_partial[channel].left(newline)));
        m_partial[channel].remove(0, newline + 1);
    }
    if (overflow) {
        m_outputCapped[channel] = true;
        if (!m_partial[channel].isEmpty()) {
            addLine(phaseName(), stream, QString::fromUtf8(m_partial[channel]));
            m_partial[channel].clear();
        }
        addLine(phaseName(), stream, Tr::tr("[output truncated: the %1 limit of %2 bytes was reached]")
                                         .arg(stream)
                                         .arg(m_request.limits.maxOutputBytes));
        stop(ExecutionResult::Outcome::OutputLimit,
             Tr::tr("The %1 phase printed more than %2 bytes on %3 and was stopped.")
                 .arg(phaseName())
                 .arg(m_request.limits.maxOutputBytes)
                 .arg(stream));
    }
}

void ExecutionJob::flushPartialLines()
{
    for (int channel = 0; channel < 2; ++channel) {
        if (!m_partial[channel].isEmpty()) {
            addLine(phaseName(), channel == 0 ? u"stdout"_s : u"stderr"_s, QString::fromUtf8(m_partial[channel]));
            m_partial[channel].clear();
        }
    }
}

void ExecutionJob::addLine(const QString &phase, const QString &stream, const QString &text)
{
    LogLine line{QDateTime::currentMSecsSinceEpoch(), phase, stream, text};
    m_result.log.append(line);
    Q_EMIT lineCaptured(line);
}

void ExecutionJob::onProcessFinished(int exitCode, int exitStatus)
{
    if (m_process) {
        onReadyRead(0);
        onReadyRead(1);
    }
    flushPartialLines();
    m_killTimer.stop();
    bool crashed = exitStatus == int(QProcess::CrashExit);
    if (m_launch.signalsAsExitCodes && !crashed && exitCode > 128 && exitCode <= 128 + 64)
        crashed = true;   // a container reports a killed main process as 128 + the signal
    if (m_process) {
        m_process->deleteLater();
        m_process = nullptr;
    }
    // Whatever the phase leader did, nothing of its process group may outlive it.
    if (m_pid > 0)
        ::kill(pid_t(-m_pid), SIGKILL);
    m_pid = 0;
    // Nor what lives outside the group (a container): the phase ends when that is gone too.
    if ((m_stopping || crashed) && !m_launch.forceStop.program.isEmpty() && !m_forceStopDone) {
        m_afterForceStop = [this, exitCode, crashed] { onPhaseEnded(exitCode, crashed); };
        startForceStop();
        return;
    }
    onPhaseEnded(exitCode, crashed);
}

void ExecutionJob::onPhaseEnded(int exitCode, bool crashed)
{
    if (m_stopping) {
        if (m_phase == Phase::Run && !crashed)
            m_result.exitCode = exitCode;
        m_result.signal = crashed ? u"SIGTERM/SIGKILL"_s : QString();
        m_phase = Phase::Done;
        complete();
        return;
    }
    switch (m_phase) {
    case Phase::Setup:
        // Like the method's wrapper: main.py runs whatever run.sh exited with.
        m_result.setupExitCode = crashed ? -1 : exitCode;
        runPhase(Phase::Run);
        return;
    case Phase::Run:
        if (crashed)
            m_result.signal = u"crash"_s;
        else
            m_result.exitCode = exitCode;
        m_result.outcome = ExecutionResult::Outcome::Completed;
        m_result.message = completedMessage(m_result);
        m_phase = Phase::Done;
        complete();
        return;
    case Phase::Done:
        return;
    }
}

QString ExecutionJob::completedMessage(const ExecutionResult &result)
{
    const bool crashed = result.signal == u"crash"_s;
    const int code = result.exitCode.value_or(-1);
    const int setup = result.setupExitCode.value_or(0);
    if (setup == -1)
        return crashed ? Tr::tr("run.sh was killed by a signal; main.py then ran and was killed by a signal (crash, memory or CPU limit).")
                       : Tr::tr("run.sh was killed by a signal; main.py then ran and exited with code %1.").arg(code);
    if (setup != 0)
        return crashed ? Tr::tr("run.sh exited with code %1; main.py then ran and was killed by a signal (crash, memory or CPU limit).").arg(setup)
                       : Tr::tr("run.sh exited with code %1; main.py then ran and exited with code %2.").arg(setup).arg(code);
    if (crashed)
        return Tr::tr("main.py was killed by a signal (crash, memory or CPU limit).");
    return code == 0 ? Tr::tr("main.py exited with code 0.") : Tr::tr("main.py exited with code %1.").arg(code);
}

void ExecutionJob::stop(ExecutionResult::Outcome why, const QString &message)
{
    if (m_stopping || m_finished)
        return;
    m_stopping = true;
    m_deadline.stop();
    m_result.outcome = why;
    m_result.message = message;
    addLine(u"system"_s, u"system"_s, message);
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        m_phase = Phase::Done;
        QTimer::singleShot(0, this, &ExecutionJob::complete);
        return;
    }
    killGroup(SIGTERM);
    m_killTimer.start(m_request.limits.killGraceMs);
}

void ExecutionJob::cancel()
{
    stop(ExecutionResult::Outcome::Cancelled, Tr::tr("The round was cancelled."));
}

void ExecutionJob::killGroup(int signal)
{
    if (m_pid > 0)
        ::kill(pid_t(-m_pid), signal);
}

void ExecutionJob::startForceStop()
{
    if (m_forceStop || m_forceStopDone || m_launch.forceStop.program.isEmpty())
        return;
    m_forceStop = new QProcess(this);
    m_forceStop->setStandardOutputFile(QProcess::nullDevice());
    auto done = [this] {
        if (!m_forceStop)
            return;
        if (m_forceStop->exitStatus() != QProcess::NormalExit || m_forceStop->exitCode() != 0)
            addLine(u"system"_s, u"system"_s, Tr::tr("Stopping the round's processes failed (%1): %2")
                                                  .arg(m_forceStop->program(), QString::fromLocal8Bit(m_forceStop->readAllStandardError()).trimmed()));
        m_forceStop->deleteLater();
        m_forceStop = nullptr;
        m_forceStopDone = true;
        if (auto then = std::exchange(m_afterForceStop, {}))
            then();
    };
    connect(m_forceStop, &QProcess::finished, this, done);
    connect(m_forceStop, &QProcess::errorOccurred, this, [done](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done();
    });
    QTimer::singleShot(60000, m_forceStop, &QProcess::kill);   // a hung stop must not hold the round forever
    m_forceStop->start(m_launch.forceStop.program, m_launch.forceStop.arguments);
}

void ExecutionJob::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_preparation.waitForFinished();   // cancelled while the folder was being made: nothing writes in it after this
    m_deadline.stop();
    m_killTimer.stop();
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    QStringList refused;
    m_result.artifacts = RoundDirectory::artifacts(m_request.roundDirectory, m_request.limits, &refused);
    for (const QString &line : std::as_const(refused))
        addLine(u"system"_s, u"system"_s, line);
    Q_EMIT finished(m_result);
}

} // namespace wb::exec
