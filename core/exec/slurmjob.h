// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionjob.h"
#include "exec/slurmjobstate.h"

#include <QElapsedTimer>
#include <QPointer>

namespace wb::exec {

class SlurmExecutor;
class SlurmMonitor;

/**
 * One round as a Slurm batch job. Prepares the round directory like a local round, writes the job
 * script (SlurmJobScript) beside it and submits it; then follows it through the executor's SlurmMonitor,
 * tails the phases' output files while it runs (lineCaptured) and, when the job is over, collects the
 * same ExecutionResult a local round gives: exit codes, the log, timeouts, the output caps, log.json,
 * results.json and to_save/. submitted() tells the job id; a request that carries one (remoteJobId)
 * re-attaches to that job instead. Destroying the job leaves the Slurm job running (the workbench may
 * be closing); cancel() cancels it (scancel) and finishes once Slurm reports it ended.
 *
 * Of ExecutionJob it uses the interface only (signals, start, cancel); none of the process machinery.
 */
class SlurmJob final : public ExecutionJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlurmJob)

public:
    SlurmJob(const SlurmExecutor &executor, ExecutionRequest request, QObject *parent = nullptr);
    ~SlurmJob() override;

    void start() override;
    void cancel() override;
    bool isFinished() const override { return m_finished; }

private:
    struct Stream
    {
        qint64 offset = 0;
        QByteArray partial;
    };

    QString prepare();
    void submit();
    void watch();
    void onState(const SlurmJobState &state);
    void tail(bool final);
    void readStream(int phase, int stream, bool final);
    void addLine(const QString &phase, const QString &stream, const QString &text);
    void live(const QString &text);
    void collect(const SlurmJobState &state);
    void fail(ExecutionResult::Outcome outcome, const QString &message);
    void complete();
    QString jobFile(const QString &name) const;
    QByteArray readJobFile(const QString &name) const;

    const SlurmExecutor &m_slurm;
    QPointer<SlurmMonitor> m_monitor;   // the executor's; gone with it
    ExecutionRequest m_request;
    QString m_jobDirectory;
    QString m_jobId;
    QStringList m_arguments;   // sbatch's
    ExecutionResult m_result;
    Stream m_streams[2][2];   // [setup, run][stdout, stderr]
    QElapsedTimer m_clock;
    QElapsedTimer m_endedFor;  // since Slurm said the job ended but its files were not there yet
    QString m_lastState;
    bool m_reattached = false;
    bool m_submitting = false;
    bool m_cancelRequested = false;
    bool m_warnedUnreachable = false;
    bool m_finished = false;
};

} // namespace wb::exec
