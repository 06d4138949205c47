// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/latestonly.h"
#include "store/annotationrecord.h"

#include <QHash>
#include <QObject>

class QListWidget;
class QMenu;
class QWidget;

namespace wb::ui {

class CodeEditor;
class WorkspaceSession;

/**
 * Line comments in the example view: shows the shown round's comments in its four file editors (margin
 * symbol and the text under the line) and in its log (a symbol on the line and the comments below it),
 * and adds comments ("Comment on Line N…" in the context menus, Ctrl+Alt+M) and deletes one's own.
 * Comments are stored with the current annotator (the session's); in blind mode other annotators'
 * comments stay hidden until one has judged the example (review::VisibleAnnotations). Reads and writes
 * run off the GUI thread.
 *
 * The log's line numbers: the log list's items carry LogLineRole, the 1-based position of their line in
 * the round's full stored log (round_logs in seq order), whatever the view filters out; lines of the live
 * tail carry none (their round's log is stored when the round ends) and cannot be commented on.
 */
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    static constexpr int LogLineRole = Qt::UserRole + 10;    ///< log line items: 1-based line of the stored log
    static constexpr int CommentIdRole = Qt::UserRole + 11;  ///< comment items in the log: the comment's id

    /** @p editors: file name (main.py, …) → its editor; @p host: the view (dialogs, shortcut). */
    AnnotationController(WorkspaceSession *session, const QHash<QString, CodeEditor *> &editors, QListWidget *log, QWidget *host);
    ~AnnotationController() override;

    /** A new example is shown: forgets the round and loads its comments; commentsLoaded() follows. */
    void setExample(qint64 exampleId);
    /** The round shown (its id and 1-based index); 0: none. */
    void setRound(qint64 roundId, int roundIndex);
    /** Shows the shown round's comments in the editors and the log (after they were refilled). */
    void apply();
    /** Shows the shown round's log comments in the log list (after it was refilled). */
    void decorateLog();
    /** The example's comments the current annotator may see. */
    QList<store::AnnotationRecord> comments() const { return m_comments; }

    /** Asks for a comment on the cursor's line of the focused (or visible) editor or log. */
    void commentOnCurrentLine();
    /** Asks for a comment on 1-based @p line of @p target (a file name or "log") in a small dialog. */
    void requestComment(const QString &target, int line);
    /** Stores a comment by the current annotator in the background; commentAdded() or failed() follows. */
    void addComment(const QString &target, int line, const QString &text);
    /** Deletes one's own comment @p id in the background; commentRemoved() or failed() follows. */
    void removeComment(qint64 id);

public Q_SLOTS:
    /** Reads the comments again (e.g. after a judgement, which may reveal others' in blind mode). */
    void reload();

Q_SIGNALS:
    void commentsLoaded(int count);
    void commentAdded(const wb::store::AnnotationRecord &comment);
    void commentRemoved(qint64 id);
    void failed(const QString &message);

private:
    void addMenuActions(QMenu *menu, const QString &target, int line);
    void showLogMenu(const QPoint &pos);
    void showFailure(const QString &message);

    WorkspaceSession *m_session;
    QHash<QString, CodeEditor *> m_editors;
    QListWidget *m_log;
    QWidget *m_host;
    LatestOnly m_latest;
    qint64 m_exampleId = 0;
    qint64 m_roundId = 0;
    int m_roundIndex = 0;
    QList<store::AnnotationRecord> m_comments;
};

} // namespace wb::ui
