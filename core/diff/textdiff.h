// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace wb::diff {

/** One line of a diff. Line numbers are 1-based; 0 where the line has no side. */
struct DiffLine
{
    enum class Kind { Context, Removed, Added };
    Kind kind = Kind::Context;
    int oldLine = 0;
    int newLine = 0;
    QString text;
    /** Changed span inside a Removed/Added line paired with its counterpart: [start, start + length). */
    int changeStart = -1;
    int changeLength = 0;
};

struct DiffHunk
{
    int oldStart = 0;
    int oldLines = 0;
    int newStart = 0;
    int newLines = 0;
    QList<DiffLine> lines;
};

/**
 * Line diffs of two texts (two rounds' main.py, say), computed with libgit2 (Myers, like git), with
 * intra-line changes marked on paired removed/added lines. Pure and thread-safe: run it on a worker
 * for large files.
 */
class TextDiff final
{
public:
    /** Hunks with @p contextLines of context around each change (-1: the whole file as context). */
    static QList<DiffHunk> compute(const QString &oldText, const QString &newText, int contextLines = 3);
    /** A unified diff ("--- a/...", "+++ b/...", "@@ ... @@" headers). */
    static QString unified(const QList<DiffHunk> &hunks, const QString &oldName, const QString &newName);
};

} // namespace wb::diff
