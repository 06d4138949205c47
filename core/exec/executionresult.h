// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wb::exec {

/** One captured line of a round's output. */
struct LogLine
{
    qint64 atMs = 0;      ///< since the epoch
    QString phase;        ///< setup | run | system
    QString stream;       ///< stdout | stderr | system
    QString text;
};

/** A file the run produced (log.json, results.json, everything under to_save/ and retain/). */
struct Artifact
{
    QString name;         ///< relative to the round directory, '/'-separated
    qint64 sizeBytes = 0;
    QByteArray content;   ///< empty when above the size cap (contentKept false)
    bool contentKept = true;
};

/** Everything one execution left behind. A plain value type. */
struct ExecutionResult
{
    /**
     * Completed: main.py ran (also after a failed setup: setupExitCode says how run.sh ended).
     * SetupFailed: no longer reported by the executors (main.py runs whatever run.sh exited with); kept
     * for results stored before. Interrupted: no result at all — a batch job that is gone without one
     * (e.g. cancelled while the workbench was closed); nothing is stored, the round runs again like one a
     * crash interrupted.
     */
    enum class Outcome { Completed, SetupFailed, TimedOut, OutputLimit, Cancelled, Error, Interrupted };

    Outcome outcome = Outcome::Error;
    std::optional<int> setupExitCode;   ///< the setup phase (run.sh sourced); -1: killed by a signal
    std::optional<int> exitCode;        ///< python main.py (nullopt: never ran or was killed)
    QString signal;                     ///< e.g. "SIGKILL" when a phase was killed
    qint64 durationMs = 0;
    QList<LogLine> log;
    QList<Artifact> artifacts;
    QString message;                    ///< a one-line summary for the judge and the user

    bool succeeded() const { return outcome == Outcome::Completed && exitCode == 0; }
};

QString toString(ExecutionResult::Outcome outcome);

} // namespace wb::exec

Q_DECLARE_METATYPE(wb::exec::LogLine)
Q_DECLARE_METATYPE(wb::exec::ExecutionResult)
