// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QScintilla's headers use the signals/slots keywords, which this project disables (QT_NO_KEYWORDS).
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qsciscintilla.h>
#undef slots
#undef signals

namespace wb::ui {

/**
 * The one QScintilla wrapper of the workbench: lexer by file name (Python, Bash, JSON, text), line
 * numbers, read-only by default, palette-aware colours, and line markers for diffs and for jumping
 * to a traceback's line. Nothing else includes Qsci headers.
 */
class CodeEditor final : public QsciScintilla
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    enum class Mark { Added, Removed, Current };

    explicit CodeEditor(QWidget *parent = nullptr);

    /** Shows @p text highlighted for @p fileName (main.py, run.sh, metadata.json, ...). */
    void showFile(const QString &fileName, const QString &text);
    /** Marks a 1-based line. */
    void markLine(int line, Mark mark);
    void clearMarks();
    /** Scrolls to and selects a 1-based line, marking it as current. */
    void goToLine(int line);
    QString lexerName() const;

private:
    void applyPalette();
};

} // namespace wb::ui
