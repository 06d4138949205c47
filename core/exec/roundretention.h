// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionresult.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace wb::exec {

/**
 * What becomes of a round's directory once its results are in the workspace (ExecutorSettings::retention;
 * a campaign's round_retention). Applied by Executor::releaseRound() for every executor, Slurm included.
 */
enum class RoundRetention {
    Remove,       ///< "remove" (default): the directory goes, its artifacts are in the workspace
    KeepFailed,   ///< "keep-failed": kept when run.sh or main.py did not exit with 0 or the round was stopped
    KeepAll,      ///< "keep-all": every round's directory stays (for debugging; they are never removed)
};

/** "remove", "keep-failed", "keep-all". */
QString toString(RoundRetention retention);
/** The retention named @p name (see toString()), or nothing. */
std::optional<RoundRetention> roundRetentionFromString(const QString &name);
/** Every name toString() gives, the default first. */
QStringList roundRetentionNames();
/** Whether @p retention keeps the directory of a round that ended with @p result. */
bool keepsRound(RoundRetention retention, const ExecutionResult &result);

} // namespace wb::exec
