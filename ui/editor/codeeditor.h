// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QScintilla's headers use the signals/slots keywords, which this project disables (QT_NO_KEYWORDS).
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qsciscintilla.h>
#undef slots
#undef signals

#include <QList>
#include <QString>

class QMenu;
class QsciStyle;

namespace wb::ui {

/**
 * The one QScintilla wrapper of the workbench: lexer by file name (Python, Bash, JSON, text), line
 * numbers, read-only by default, palette-aware colours, and line markers for diffs and for jumping
 * to a traceback's line, and line comments (a symbol in the comment margin, the text under the line).
 * Nothing else includes Qsci headers.
 */
class CodeEditor final : public QsciScintilla
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    enum class Mark { Added, Removed, Current };

    /** A comment shown on a line. A plain value type. */
    struct LineComment
    {
        int line = 0;        ///< 1-based
        QString author;
        QString text;
    };

    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    /** Shows @p text highlighted for @p fileName (main.py, run.sh, metadata.json, ...). */
    void showFile(const QString &fileName, const QString &text);
    /** Marks a 1-based line. */
    void markLine(int line, Mark mark);
    void clearMarks();
    /** Scrolls to and selects a 1-based line, marking it as current. */
    void goToLine(int line);
    QString lexerName() const;

    /**
     * Shows @p comments instead of those shown before: a symbol in the comment margin of each commented
     * line and, under it, "author: text" for each of its comments. showFile() clears them.
     */
    void setLineComments(const QList<LineComment> &comments);
    QList<LineComment> lineComments() const { return m_comments; }
    /** Whether the comment symbol is on 1-based @p line. */
    bool hasCommentMarker(int line) const;
    /** The comment text shown under 1-based @p line ("" when none). */
    QString commentText(int line) const;
    /** The 1-based line of the cursor. */
    int cursorLine() const;
    /** The comment symbol of the margin, @p size pixels square, in @p palette's colours (for other views of comments). */
    static QImage commentSymbol(const QPalette &palette, int size);

Q_SIGNALS:
    /**
     * The context menu of 1-based @p line (the clicked one, or the cursor's) is about to show: slots
     * connected directly may add actions to @p menu.
     */
    void contextMenuAboutToShow(QMenu *menu, int line);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void showComments();

    QList<LineComment> m_comments;
    QsciStyle *m_commentStyle = nullptr;
};

} // namespace wb::ui
