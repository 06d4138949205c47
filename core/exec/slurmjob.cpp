// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/slurmjob.h"

#include "exec/rounddirectory.h"
#include "exec/roundfilereader.h"
#include "exec/roundscript.h"
#include "exec/slurmexecutor.h"
#include "exec/slurmjobscript.h"
#include "exec/slurmmonitor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exec::SlurmJob)
};
// Messages that are the local executor's, word for word: one translation for both.
struct JobTr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exec::ExecutionJob)
};

constexpr int kNobody = 65534;
const QString kPhases[2] = {u"setup"_s, u"run"_s};
const QString kStreams[2] = {u"stdout"_s, u"stderr"_s};

// bash reports a process killed by signal N as 128 + N.
bool killedBySignal(int code)
{
    return code > 128 && code <= 128 + 64;
}
} // namespace

SlurmJob::SlurmJob(const SlurmExecutor &executor, ExecutionRequest request, QObject *parent)
    : ExecutionJob(executor, request, parent)
    , m_slurm(executor)
    , m_monitor(&executor.monitor())
    , m_request(std::move(request))
    , m_jobDirectory(SlurmJobScript::jobDirectoryFor(m_request.roundDirectory))
{
}

SlurmJob::~SlurmJob()
{
    // The Slurm job itself keeps running: a resumed campaign re-attaches to it.
    if (m_monitor && !m_finished && !m_jobId.isEmpty())
        m_monitor->unwatch(m_jobId);
}

QString SlurmJob::jobFile(const QString &name) const
{
    return m_jobDirectory + u'/' + name;
}

QByteArray SlurmJob::readJobFile(const QString &name) const
{
    // Under an ordinary user the round could change the job directory too: read it like a round's.
    return RoundFileReader(m_jobDirectory).read(name, 64 << 10).value_or(QByteArray()).trimmed();
}

void SlurmJob::start()
{
    m_clock.start();
    if (!m_request.remoteJobId.isEmpty()) {
        m_reattached = true;
        m_jobId = m_request.remoteJobId;
        live(Tr::tr("Re-attached to Slurm job %1.").arg(m_jobId));
        watch();
        m_monitor->pollSoon();
        return;
    }
    const QString problem = prepare();
    if (!problem.isEmpty()) {
        m_result.outcome = ExecutionResult::Outcome::Error;
        m_result.message = problem;
        QTimer::singleShot(0, this, &SlurmJob::complete);
        return;
    }
    submit();
}

QString SlurmJob::prepare()
{
    const QDir dir(m_request.roundDirectory);
    if (dir.exists() && !dir.isEmpty())
        return JobTr::tr("The round directory %1 is not empty.").arg(m_request.roundDirectory);
    if (QDir(m_jobDirectory).exists() && !QDir(m_jobDirectory).isEmpty())
        return Tr::tr("The job directory %1 is not empty.").arg(m_jobDirectory);
    // The pip shims are written here; the script links `python` and `python3` on the compute node, where
    // the interpreter (a module, a container) may live elsewhere.
    const bool network = m_slurm.settings().network;
    const bool written = RoundDirectory::prepare(m_request, network) && QDir().mkpath(m_jobDirectory)
                         && ::chmod(QFile::encodeName(m_jobDirectory).constData(), 0700) == 0;
    if (!written)
        return JobTr::tr("Cannot prepare the round directory %1 (disk full or not writable?).").arg(m_request.roundDirectory);
    const bool root = ::geteuid() == 0;
    if (root)
        RoundDirectory::handOver(m_request.roundDirectory, kNobody);   // never run generated code as root

    const SlurmSettings &site = m_slurm.slurmSettings();
    SlurmJobScript::Input input;
    input.request = m_request;
    input.settings = site;
    input.jobDirectory = m_jobDirectory;
    const QFileInfo round(m_request.roundDirectory);
    input.jobName = u"cdw-%1-%2"_s.arg(round.dir().dirName(), round.fileName().section(u'-', 0, 1));
    if (!m_slurm.settings().pythonPath.isEmpty())
        input.pythonPath = m_slurm.settings().pythonPath;
    else if (site.modules.isEmpty() && site.containerImage.isEmpty())
        input.pythonPath = m_slurm.pythonPath();
    RoundScript::Context context;
    context.roundDirectory = m_slurm.visibleRoundDirectory(m_request);
    context.repositoryDirectory = m_slurm.visibleRepositoryDirectory(m_request);
    context.network = network;
    context.pipIndexUrl = m_slurm.pipIndexUrl();
    input.environment = RoundScript::environment(context);
    const QString setup = RoundScript::setup(context);
    const QString run = RoundScript::run(context);
    input.setup = m_slurm.command(m_request, SlurmJobScript::limitedShell(m_request.limits, setup, false));
    input.run = m_slurm.command(m_request, SlurmJobScript::limitedShell(m_request.limits, run, false));
    if (site.containerImage.isEmpty()) {   // where the node allows it, each phase in namespaces of its own
        QStringList prefix = RoundScript::namespacePrefix(u"unshare"_s);
        const QString unshare = prefix.takeFirst();
        input.setupConfined = {unshare, prefix + QStringList{u"/bin/bash"_s, u"-c"_s, SlurmJobScript::limitedShell(m_request.limits, setup, true)}};
        input.runConfined = {unshare, prefix + QStringList{u"/bin/bash"_s, u"-c"_s, SlurmJobScript::limitedShell(m_request.limits, run, true)}};
    }
    input.probePython = m_slurm.command(m_request, u"command -v python3"_s);
    input.dropToNobody = root;
    const SlurmJobScript job = SlurmJobScript::build(input);
    if (!RoundDirectory::writeFile(SlurmJobScript::scriptPath(m_jobDirectory), job.script))
        return Tr::tr("Cannot write the job script into %1.").arg(m_jobDirectory);
    m_arguments = job.arguments;
    return {};
}

void SlurmJob::submit()
{
    m_submitting = true;
    m_monitor->submit(m_arguments, this, [this](const QString &jobId, const QString &error) {
        m_submitting = false;
        if (jobId.isEmpty()) {
            if (m_cancelRequested)
                return complete();
            return fail(ExecutionResult::Outcome::Error, Tr::tr("Slurm did not accept the round: %1").arg(error));
        }
        m_jobId = jobId;
        Q_EMIT submitted(jobId);
        live(Tr::tr("Submitted as Slurm job %1.").arg(jobId));
        if (m_cancelRequested)
            SlurmMonitor::cancel(jobId);
        watch();
    });
}

void SlurmJob::watch()
{
    m_monitor->watch(m_jobId, this, [this](const SlurmJobState &state) { onState(state); });
}

void SlurmJob::onState(const SlurmJobState &state)
{
    if (m_finished)
        return;
    tail(false);
    if (RoundFileReader(m_jobDirectory).isFile(u"done"_s))
        return collect(state);
    switch (state.source) {
    case SlurmJobState::Source::Unreachable:
        if (!m_warnedUnreachable)
            live(Tr::tr("Slurm does not answer (%1); still waiting for job %2.").arg(state.message, m_jobId));
        m_warnedUnreachable = true;
        return;
    case SlurmJobState::Source::Unknown:
        break;   // gone from Slurm: give the shared file system its time, then collect
    case SlurmJobState::Source::Queue:
    case SlurmJobState::Source::Controller:
    case SlurmJobState::Source::Accounting:
        m_warnedUnreachable = false;
        if (state.state != m_lastState) {
            m_lastState = state.state;
            if (state.state == u"PENDING"_s)
                live(Tr::tr("Slurm job %1 is queued (%2).").arg(m_jobId, state.reason));
            else if (state.state == u"RUNNING"_s)
                live(Tr::tr("Slurm job %1 is running on %2.").arg(m_jobId, state.nodes));
        }
        if (!state.isEnded())
            return;
        // The job script ends itself with "done"; killed by Slurm, it never writes it.
        if (state.state != u"COMPLETED"_s && state.state != u"FAILED"_s)
            return collect(state);
        break;
    }
    if (!m_endedFor.isValid())
        m_endedFor.start();
    if (m_endedFor.elapsed() >= m_slurm.slurmSettings().fileWaitMs)
        collect(state);
}

void SlurmJob::tail(bool final)
{
    for (int phase = 0; phase < 2; ++phase)
        for (int stream = 0; stream < 2; ++stream)
            readStream(phase, stream, final);
}

void SlurmJob::readStream(int phase, int stream, bool final)
{
    Stream &s = m_streams[phase][stream];
    const qint64 cap = m_request.limits.maxOutputBytes;
    if (s.offset < cap) {
        const QByteArray data = RoundFileReader(m_jobDirectory)
                                    .read(kPhases[phase] + u'.' + kStreams[stream], cap - s.offset, s.offset)
                                    .value_or(QByteArray());
        s.offset += data.size();
        s.partial += data;
    }
    qsizetype newline;
    while ((newline = s.partial.indexOf('\n')) >= 0) {
        addLine(kPhases[phase], kStreams[stream], QString::fromUtf8(s.partial.left(newline)));
        s.partial.remove(0, newline + 1);
    }
    if (final && !s.partial.isEmpty()) {
        addLine(kPhases[phase], kStreams[stream], QString::fromUtf8(s.partial));
        s.partial.clear();
    }
}

void SlurmJob::addLine(const QString &phase, const QString &stream, const QString &text)
{
    LogLine line{QDateTime::currentMSecsSinceEpoch(), phase, stream, text};
    m_result.log.append(line);
    Q_EMIT lineCaptured(line);
}

void SlurmJob::live(const QString &text)
{
    // Where the job stands: for the live view only, not part of the round's log.
    Q_EMIT lineCaptured(LogLine{QDateTime::currentMSecsSinceEpoch(), u"system"_s, u"system"_s, text});
}

void SlurmJob::collect(const SlurmJobState &state)
{
    using O = ExecutionResult::Outcome;
    tail(true);
    const bool done = RoundFileReader(m_jobDirectory).isFile(u"done"_s);
    const QString stop = QString::fromUtf8(readJobFile(u"stop"_s));   // "<phase> timeout" | "<phase> output_limit <stream>"
    const QString stoppedPhase = stop.section(u' ', 0, 0);
    const QString why = stop.section(u' ', 1, 1);
    if (why == u"output_limit"_s) {
        const QString stream = stop.section(u' ', 2, 2);
        addLine(stoppedPhase, stream, JobTr::tr("[output truncated: the %1 limit of %2 bytes was reached]")
                                          .arg(stream)
                                          .arg(m_request.limits.maxOutputBytes));
    }
    for (const QByteArray &line : readJobFile(u"slurm.out"_s).split('\n'))
        if (!line.trimmed().isEmpty())
            addLine(u"system"_s, u"system"_s, QString::fromUtf8(line));

    bool setupOk = false, runOk = false;
    const int setupCode = readJobFile(u"setup.exit"_s).toInt(&setupOk);
    const int runCode = readJobFile(u"run.exit"_s).toInt(&runOk);
    const QString error = QString::fromUtf8(readJobFile(u"error"_s));
    if (m_cancelRequested) {
        // cancel() set the outcome and its line.
    } else if (!error.isEmpty()) {
        m_result.outcome = O::Error;
        m_result.message = Tr::tr("The Slurm job could not run the round: %1").arg(error);
        addLine(u"system"_s, u"system"_s, m_result.message);
    } else if (done && !why.isEmpty()) {
        m_result.outcome = why == u"timeout"_s ? O::TimedOut : O::OutputLimit;
        m_result.message = why == u"timeout"_s
                               ? JobTr::tr("The round reached its time limit of %1 s and was stopped.").arg(m_request.limits.wallSeconds)
                               : JobTr::tr("The %1 phase printed more than %2 bytes on %3 and was stopped.")
                                     .arg(stoppedPhase)
                                     .arg(m_request.limits.maxOutputBytes)
                                     .arg(stop.section(u' ', 2, 2));
        const bool runStopped = stoppedPhase == u"run"_s;
        const int code = runStopped ? runCode : setupCode;
        if ((runStopped ? runOk : setupOk) && killedBySignal(code))
            m_result.signal = u"SIGTERM/SIGKILL"_s;
        else if (runStopped && runOk)
            m_result.exitCode = runCode;
        addLine(u"system"_s, u"system"_s, m_result.message);
    } else if (done && setupOk && runOk) {
        // main.py ran whatever run.sh exited with, as in a local round.
        m_result.outcome = O::Completed;
        m_result.setupExitCode = killedBySignal(setupCode) ? -1 : setupCode;
        if (killedBySignal(runCode))
            m_result.signal = u"crash"_s;
        else
            m_result.exitCode = runCode;
        m_result.message = ExecutionJob::completedMessage(m_result);
    } else if (state.state == u"TIMEOUT"_s) {
        m_result.outcome = O::TimedOut;
        m_result.message = Tr::tr("Slurm stopped job %1 at its time limit.").arg(m_jobId);
        addLine(u"system"_s, u"system"_s, m_result.message);
    } else if (!done && (!state.isKnown() || (m_reattached && state.state == u"CANCELLED"_s))) {
        // Gone without a result while nobody watched: like a round a crash interrupted, it runs again.
        m_result.outcome = O::Interrupted;
        m_result.message = Tr::tr("Slurm job %1 is gone without a result.").arg(m_jobId);
    } else if (state.state == u"CANCELLED"_s) {
        m_result.outcome = O::Cancelled;
        m_result.message = Tr::tr("Slurm job %1 was cancelled outside the workbench.").arg(m_jobId);
        addLine(u"system"_s, u"system"_s, m_result.message);
    } else {
        m_result.outcome = O::Error;
        m_result.message = Tr::tr("Slurm job %1 ended (%2) without a result; see %3.")
                               .arg(m_jobId, state.state.isEmpty() ? Tr::tr("state unknown") : state.state, jobFile(u"slurm.out"_s));
        addLine(u"system"_s, u"system"_s, m_result.message);
    }
    if (setupOk && !m_result.setupExitCode && m_result.outcome != O::TimedOut && m_result.outcome != O::OutputLimit)
        m_result.setupExitCode = killedBySignal(setupCode) ? -1 : setupCode;
    bool startedOk = false, endedOk = false;
    const qint64 started = readJobFile(u"started"_s).toLongLong(&startedOk);
    const qint64 ended = readJobFile(u"done"_s).toLongLong(&endedOk);
    m_result.durationMs = startedOk && endedOk && ended >= started ? ended - started : m_clock.elapsed();
    complete();
}

void SlurmJob::fail(ExecutionResult::Outcome outcome, const QString &message)
{
    m_result.outcome = outcome;
    m_result.message = message;
    addLine(u"system"_s, u"system"_s, message);
    complete();
}

void SlurmJob::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_result.outcome = ExecutionResult::Outcome::Cancelled;
    m_result.message = JobTr::tr("The round was cancelled.");
    addLine(u"system"_s, u"system"_s, m_result.message);
    if (!m_jobId.isEmpty()) {
        SlurmMonitor::cancel(m_jobId);
        m_monitor->pollSoon();
    } else if (!m_submitting) {
        QTimer::singleShot(0, this, &SlurmJob::complete);   // never submitted
    }
}

void SlurmJob::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_monitor && !m_jobId.isEmpty())
        m_monitor->unwatch(m_jobId);
    if (m_result.durationMs == 0)
        m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_result.outcome != ExecutionResult::Outcome::Interrupted) {
        QStringList refused;
        m_result.artifacts = RoundDirectory::artifacts(m_request.roundDirectory, m_request.limits, &refused);
        for (const QString &line : std::as_const(refused))
            addLine(u"system"_s, u"system"_s, line);
    }
    Q_EMIT finished(m_result);
}

} // namespace wb::exec
