// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/tokenestimator.h"

#include <QStringList>

namespace wb::pipeline {

/**
 * Shortens one output stream for a prompt, middle-out as CodeDistiller does: the head and the tail are
 * kept, a growing middle is left out, and error lines from the middle (tracebacks, "Error", log.json
 * entries of type "error") are kept within a share of the budget, subsampled evenly when there are more.
 * The end of the stream always survives — that is where the traceback is: a last line longer than the
 * budget keeps its end. Every cut is marked with how much was left out. Deterministic.
 */
class LogTrimmer final
{
public:
    struct Options
    {
        qint64 maxTokens = 10000;
        llm::ContentKind kind = llm::ContentKind::Log;
        double errorShare = 0.25;   ///< of the budget, for error lines from the middle
    };

    /** At most about @p options.maxTokens tokens of @p lines, joined with newlines. */
    static QString trim(const QStringList &lines, const Options &options);
    /** Whether a line reports an error (a traceback line, an exception, a log.json entry of type "error"). */
    static bool isErrorLine(const QString &line);
};

} // namespace wb::pipeline
