// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewqueue.h"
#include "session/latestonly.h"
#include "store/judgementrecord.h"
#include "store/pipelinerecords.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QToolButton;
class QUndoStack;

namespace wb::ui {

class WorkspaceSession;

/**
 * The expert's judgement of one example, next to the LLM judge's: the paper's three criteria
 * (yes / no / unsure), a decision (accept / reject / needs work) and notes, with the judge's answer to
 * each beside it and the example's judgement history below. Submitting appends a judgement (it
 * supersedes the annotator's previous one) off the GUI thread.
 *
 * Above it, the review queue of the example's campaign: next unreviewed, next disagreement, next by
 * filter, previous, and every annotator's progress; navigation is requested with navigateRequested()
 * (the owner shows that example). Every action has a key (ReviewKeymap, remappable; `?` shows them);
 * answers can be undone and redone. In blind mode (BlindReview) the judge's answers and the other
 * annotators' judgements stay hidden until the annotator has submitted their own.
 */
class JudgementPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JudgementPanel)

public:
    explicit JudgementPanel(WorkspaceSession *session, QWidget *parent = nullptr);
    ~JudgementPanel() override;

    /** Shows @p exampleId with its rounds (for the judge's answers); loads history and queue in the background. */
    void setExample(qint64 exampleId, const QList<store::RoundRecord> &rounds);
    qint64 exampleId() const { return m_exampleId; }
    /** Sets an answer (undoable): @p criterion is ran_without_error, shows_function, function_correct or decision. */
    void setAnswer(const QString &criterion, const QString &value);
    QString answer(const QString &criterion) const;
    QPushButton *submitButton() const { return m_submit; }
    QListWidget *historyList() const { return m_history; }
    QLabel *judgeLabel(const QString &criterion) const;
    QLabel *progressLabel() const { return m_progress; }
    QComboBox *filterBox() const { return m_filter; }
    /** What the judgement is about: the example as a whole (data 0) or one of its rounds (data: round id). */
    QComboBox *scopeBox() const { return m_scope; }
    QUndoStack *undoStack() const { return m_undo; }
    /** Whether the judge's answers and others' judgements are shown (always, unless blind mode hides them). */
    bool revealed() const { return m_revealed; }
    const review::ReviewQueue &queue() const { return m_queue; }

public Q_SLOTS:
    /** Submits and stays on the example. */
    void submit();
    /** Reloads the history and the queue (judgements made elsewhere); the answers being entered stay. */
    void refresh();
    /** Submits, then goes to the next unreviewed example of the queue. */
    void submitAndNext();
    void goTo(review::ReviewQueue::Filter filter, bool backwards = false);
    /** The `?` cheat-sheet, where keys can be changed. */
    void showKeys();
    /** Re-reads the key map (after it changed). */
    void bindKeys();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void submitted(const wb::store::JudgementRecord &judgement);
    void historyLoaded(int count);
    void queueLoaded(int items);
    /** The user asked for another example of the queue. */
    void navigateRequested(qint64 exampleId);
    void failed(const QString &message);

private:
    void applyAnswer(const QString &criterion, const QString &value);
    void doSubmit(bool advance);
    void loadHistory();
    void loadQueue();
    void updateSubmit();
    void updateQueueBar();
    void runAction(const QString &action);

    WorkspaceSession *m_session;
    LatestOnly m_historyLatest;
    LatestOnly m_queueLatest;
    qint64 m_exampleId = 0;
    bool m_revealed = true;
    QElapsedTimer m_shownFor;
    QHash<QString, QButtonGroup *> m_groups;
    QHash<QString, QString> m_answers;
    QHash<QString, QLabel *> m_judge;
    QHash<QString, QString> m_judgeValues;
    QHash<QString, QShortcut *> m_shortcuts;
    QUndoStack *m_undo;
    QPlainTextEdit *m_notes;
    QPushButton *m_submit;
    QLabel *m_status;
    QListWidget *m_history;
    review::ReviewQueue m_queue;
    QComboBox *m_filter;
    QComboBox *m_scope;
    QLabel *m_progress;
    QLabel *m_blindBadge;
    QToolButton *m_nextUnreviewed;
    QToolButton *m_nextDisagreement;
    QToolButton *m_nextMatch;
    QToolButton *m_previous;
};

} // namespace wb::ui
