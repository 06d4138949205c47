// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace wb::pipeline {

/**
 * Shortens long logs for prompts, middle-out: keeps the head and the tail, keeps error-looking lines
 * (tracebacks, "Error", "error") from the middle as far as the budget allows, and marks what it left
 * out. Deterministic.
 */
class LogTrimmer final
{
public:
    /** At most about @p maxChars characters of @p lines, joined with newlines. */
    static QString trim(const QStringList &lines, int maxChars);
};

} // namespace wb::pipeline
