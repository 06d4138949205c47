// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace wb::store {

/**
 * Where an example of a campaign stands (examples.status). Stored as its upper-case word
 * (exampleStatusToString()); read into this type where rows are read.
 *
 * The three questions asked about a status, each answered here and nowhere else:
 * - isTerminal(): the pipeline reached an outcome — SUCCESS, FAILED (the judge's verdict) or ERROR.
 *   A terminal example is "finished": reports count it, resuming leaves it alone (ERROR only
 *   continues when errors are retried).
 * - isResumable(): resuming the campaign continues it — PENDING, RUNNING (interrupted), PAUSED and
 *   CANCELLED; with ErrorPolicy::Retry also ERROR. Always the opposite of isTerminal() otherwise.
 * - hasStopped(): nothing works on it now — terminal or CANCELLED (it gets a finished_at, a
 *   progress bar counts it as done), although a CANCELLED example is still resumable.
 */
enum class ExampleStatus {
    Pending,     ///< "PENDING": not started, or put back to start over
    Running,     ///< "RUNNING": a runner works on it (or worked on it when its process ended)
    Paused,      ///< "PAUSED": the user paused it; its runner waits
    Success,     ///< "SUCCESS": the judge found a round finished
    Failed,      ///< "FAILED": rounds ran out, or the judge found none finished
    Error,       ///< "ERROR": a step failed (model call, executor, ...); can be retried
    Cancelled,   ///< "CANCELLED": stopped by the user or the budget; continues on resume
};

/** Whether resuming continues examples that ended in ERROR. */
enum class ErrorPolicy { Keep, Retry };

/** The stored word: "PENDING", "RUNNING", "PAUSED", "SUCCESS", "FAILED", "ERROR", "CANCELLED". */
QString exampleStatusToString(ExampleStatus status);
/** The status named @p text (exactly as exampleStatusToString() gives it), or nothing. */
std::optional<ExampleStatus> exampleStatusFromString(QStringView text);
/**
 * The status of a stored row: exampleStatusFromString(), and ERROR for a word this version does not
 * know (a row it cannot account for is shown as an error, and `--retry-errors` continues it).
 */
ExampleStatus storedExampleStatus(QStringView text);
/** Every status, in the order of the enum. */
QList<ExampleStatus> allExampleStatuses();

/** SUCCESS, FAILED or ERROR: the pipeline reached an outcome ("finished"). */
bool isTerminal(ExampleStatus status);
/** Continued by a resumed campaign: not terminal, or ERROR under ErrorPolicy::Retry. */
bool isResumable(ExampleStatus status, ErrorPolicy errors = ErrorPolicy::Keep);
/** Terminal or CANCELLED: no runner works on it now. */
bool hasStopped(ExampleStatus status);
/** SUCCESS or FAILED: the status is the judge's verdict (hidden in blind review). */
bool isVerdict(ExampleStatus status);
/** PENDING, RUNNING or PAUSED: the example belongs to a run in progress (it can be paused or resumed). */
bool isLive(ExampleStatus status);

} // namespace wb::store
