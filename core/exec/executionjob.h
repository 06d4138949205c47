// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionrequest.h"
#include "exec/executionresult.h"
#include "exec/executor.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QTimer>

#include <functional>

class QProcess;

namespace wb::exec {

/**
 * One round in flight: prepares the round directory and its Python (links and pip shims), runs the setup
 * phase (the round's venv, run.sh sourced) and the run phase (`python main.py` with run.sh's exports,
 * also after a failed setup; RoundScript) under the request's limits, captures every output line with
 * its phase and time, and collects log.json, results.json, to_save/ and retain/. Only a stopped round
 * (time or output limit, cancel) skips main.py.
 * Asynchronous (QProcess); lives in its creator's thread, and makes the round's folders and files on a
 * worker thread so that a busy disk never holds up that thread. finished() is emitted exactly once, also
 * after cancel() or a timeout, when every process of the round is gone. A job whose round runs
 * elsewhere (SlurmJob: a batch system) overrides start(), cancel() and isFinished() and uses only the
 * signals.
 */
class ExecutionJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionJob)

public:
    ExecutionJob(const Executor &executor, ExecutionRequest request, QObject *parent = nullptr);
    ~ExecutionJob() override;

    virtual void start();
    /** Stops the round: its process group gets SIGTERM, then SIGKILL after the grace period. */
    virtual void cancel();
    virtual bool isFinished() const { return m_finished; }

    /**
     * The one-line message of a round whose main.py ran, from @p result's setupExitCode (-1: killed),
     * exitCode and signal ("crash"), e.g. "run.sh exited with code 1; main.py then ran and exited with code 0."
     */
    static QString completedMessage(const ExecutionResult &result);

Q_SIGNALS:
    /** A complete output line (live tail). */
    void lineCaptured(const wb::exec::LogLine &line);
    /** A batch system accepted the round as job @p jobId; record it to re-attach (ExecutionRequest::remoteJobId). */
    void submitted(const QString &jobId);
    void finished(const wb::exec::ExecutionResult &result);

private:
    enum class Phase { Setup, Run, Done };

    /** Of the round directory: an error message, or empty when it is ready. */
    struct Prepared
    {
        QString error;
        int runAsUid = -1;
    };
    static Prepared prepareRound(const ExecutionRequest &request, bool network, const QString &pythonPath);
    void onPrepared(const Prepared &prepared);
    void runPhase(Phase phase);
    void onReadyRead(int channel);
    void onProcessFinished(int exitCode, int exitStatus);
    void onPhaseEnded(int exitCode, bool crashed);
    void appendOutput(int channel, const QByteArray &data);
    void flushPartialLines();
    void addLine(const QString &phase, const QString &stream, const QString &text);
    void stop(ExecutionResult::Outcome why, const QString &message);
    void killGroup(int signal);
    void startForceStop();
    void complete();
    QString phaseName() const;
    /// The command, run at the given niceness relative to the workbench's (0: unchanged).
    static Executor::Command lowPriority(const Executor::Command &command, int niceness);

    const Executor &m_executor;
    ExecutionRequest m_request;
    ExecutionResult m_result;
    Phase m_phase = Phase::Setup;
    QProcess *m_process = nullptr;
    qint64 m_pid = 0;
    Executor::Launch m_launch;               ///< of the current phase
    QProcess *m_forceStop = nullptr;         ///< m_launch.forceStop while it runs
    bool m_forceStopDone = false;            ///< of the current phase
    std::function<void()> m_afterForceStop;  ///< the phase's end, waiting for the forced stop
    QByteArray m_partial[2];
    qint64 m_bytes[2] = {0, 0};
    bool m_outputCapped[2] = {false, false};
    QFuture<Prepared> m_preparation;         ///< the round directory, made on a worker
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QTimer m_killTimer;
    bool m_stopping = false;
    bool m_finished = false;
    int m_runAsUid = -1;
};

} // namespace wb::exec
