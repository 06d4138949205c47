// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/judgementpanel.h"

#include "dialogs/reviewkeysdialog.h"
#include "review/agreementreport.h"
#include "review/examplereview.h"
#include "review/reviewrecorder.h"
#include "session/workspacesession.h"
#include "settings/reviewkeymap.h"
#include "store/criterion.h"
#include "store/decision.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QShortcut>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
const QStringList kCriteria = store::criterionNames() << u"decision"_s;
const QStringList kCriterionKeys{u"ran"_s, u"shows"_s, u"correct"_s};

/** One answer change, undoable. */
class AnswerCommand final : public QUndoCommand
{
public:
    AnswerCommand(std::function<void(const QString &, const QString &)> apply, QString criterion, QString before, QString after)
        : m_apply(std::move(apply))
        , m_criterion(std::move(criterion))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(QCoreApplication::translate("wb::ui::JudgementPanel", "answer %1").arg(m_criterion));
    }
    void undo() override { m_apply(m_criterion, m_before); }
    void redo() override { m_apply(m_criterion, m_after); }

private:
    std::function<void(const QString &, const QString &)> m_apply;
    QString m_criterion, m_before, m_after;
};
} // namespace

JudgementPanel::JudgementPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(new QUndoStack(this))
    , m_notes(new QPlainTextEdit(this))
    , m_submit(new QPushButton(tr("&Submit Judgement"), this))
    , m_status(new QLabel(this))
    , m_history(new QListWidget(this))
    , m_filter(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_progress(new QLabel(this))
    , m_blindBadge(new QLabel(this))
    , m_nextUnreviewed(new QToolButton(this))
    , m_nextDisagreement(new QToolButton(this))
    , m_nextMatch(new QToolButton(this))
    , m_previous(new QToolButton(this))
{
    // The queue bar.
    m_previous->setText(tr("◀ Previous"));
    m_nextUnreviewed->setText(tr("Next Unreviewed"));
    m_nextDisagreement->setText(tr("Next Disagreement"));
    m_nextMatch->setText(tr("Next Match"));
    m_filter->setObjectName(u"QueueFilter"_s);
    m_filter->addItem(tr("Judge: success"), int(review::ReviewQueue::Filter::JudgeSuccess));
    m_filter->addItem(tr("Judge: failure"), int(review::ReviewQueue::Filter::JudgeFailure));
    m_filter->addItem(tr("My decision: needs work"), int(review::ReviewQueue::Filter::NeedsWork));
    m_filter->addItem(tr("Reviewed by nobody"), int(review::ReviewQueue::Filter::NobodyReviewed));
    m_filter->addItem(tr("Any"), int(review::ReviewQueue::Filter::Any));
    m_filter->setFocusPolicy(Qt::ClickFocus);
    auto *keys = new QToolButton(this);
    keys->setText(u"?"_s);
    keys->setToolTip(tr("The review keys (?)"));
    m_progress->setObjectName(u"QueueProgress"_s);
    m_progress->setTextFormat(Qt::PlainText);
    m_blindBadge->setText(tr("Blind review"));
    m_blindBadge->setToolTip(tr("The judge's verdict and the other annotators' judgements are hidden until you submit yours"));
    m_blindBadge->setStyleSheet(u"QLabel { border: 1px solid palette(mid); border-radius: 3px; padding: 1px 4px; }"_s);
    m_blindBadge->hide();
    for (QToolButton *b : {m_previous, m_nextUnreviewed, m_nextDisagreement, m_nextMatch, keys})
        b->setFocusPolicy(Qt::NoFocus);   // the keyboard flow stays on the panel
    auto *queueBar = new QHBoxLayout;
    queueBar->addWidget(m_previous);
    queueBar->addWidget(m_nextUnreviewed);
    queueBar->addWidget(m_nextDisagreement);
    queueBar->addSpacing(8);
    queueBar->addWidget(m_filter);
    queueBar->addWidget(m_nextMatch);
    queueBar->addSpacing(8);
    queueBar->addWidget(m_progress, 1);
    queueBar->addWidget(m_blindBadge);
    queueBar->addWidget(keys);
    connect(m_previous, &QToolButton::clicked, this, [this] { goTo(review::ReviewQueue::Filter::Any, true); });
    connect(m_nextUnreviewed, &QToolButton::clicked, this, [this] { goTo(review::ReviewQueue::Filter::Unreviewed); });
    connect(m_nextDisagreement, &QToolButton::clicked, this, [this] { goTo(review::ReviewQueue::Filter::Disagreement); });
    connect(m_nextMatch, &QToolButton::clicked, this,
            [this] { goTo(review::ReviewQueue::Filter(m_filter->currentData().toInt())); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &JudgementPanel::updateQueueBar);
    connect(keys, &QToolButton::clicked, this, &JudgementPanel::showKeys);

    // The judgement.
    const QString questions[] = {tr("Ran without error?"), tr("Demonstrates the repository's function?"), tr("Function correct?"),
                                 tr("Decision:")};
    using store::CriterionAnswer, store::Decision;
    const QList<std::pair<QString, QString>> yesNoUnsure{{store::criterionAnswerToString(CriterionAnswer::Yes), tr("Yes")},
                                                         {store::criterionAnswerToString(CriterionAnswer::No), tr("No")},
                                                         {store::criterionAnswerToString(CriterionAnswer::Unsure), tr("Unsure")}};
    const QList<std::pair<QString, QString>> answers[] = {
        yesNoUnsure, yesNoUnsure, yesNoUnsure,
        {{store::decisionToString(Decision::Accept), tr("Accept")},
         {store::decisionToString(Decision::Reject), tr("Reject")},
         {store::decisionToString(Decision::NeedsWork), tr("Needs work")}}};
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Your judgement</b>"), this), 0, 0);
    m_scope->setObjectName(u"JudgementScope"_s);
    m_scope->setToolTip(tr("Judge the example as a whole (what the queue, agreement and export count) or one of its rounds"));
    m_scope->setFocusPolicy(Qt::ClickFocus);
    grid->addWidget(m_scope, 0, 1, 1, 3);
    grid->addWidget(new QLabel(tr("<b>LLM judge</b>"), this), 0, 4);
    for (int row = 0; row < kCriteria.size(); ++row) {
        grid->addWidget(new QLabel(questions[row], this), row + 1, 0);
        auto *group = new QButtonGroup(this);
        group->setExclusive(false);   // a second click clears an answer
        for (int i = 0; i < 3; ++i) {
            auto *button = new QRadioButton(answers[row][i].second, this);
            button->setProperty("value", answers[row][i].first);
            group->addButton(button, i);
            grid->addWidget(button, row + 1, i + 1);
            connect(button, &QRadioButton::clicked, this, [this, criterion = kCriteria[row], button](bool checked) {
                setAnswer(criterion, checked ? button->property("value").toString() : QString());
            });
        }
        m_groups.insert(kCriteria[row], group);
        auto *judge = new QLabel(u"—"_s, this);
        judge->setObjectName(u"Judge_"_s + kCriteria[row]);
        m_judge.insert(kCriteria[row], judge);
        grid->addWidget(judge, row + 1, 4);
    }
    grid->setColumnStretch(5, 1);
    m_notes->setPlaceholderText(tr("Notes: what you checked, what is wrong, what a repair should do"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);
    m_submit->setToolTip(tr("Append your judgement; it supersedes your previous one"));
    m_submit->setEnabled(false);
    m_status->setWordWrap(true);
    // Fixed labels (the stack's own actions would name the command and change the buttons' width).
    auto *undo = new QToolButton(this);
    undo->setText(tr("Undo"));
    undo->setToolTip(tr("Undo the last answer (%1)").arg(ReviewKeymap::key(u"undo"_s).toString(QKeySequence::NativeText)));
    undo->setEnabled(false);
    connect(undo, &QToolButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QToolButton::setEnabled);
    auto *redo = new QToolButton(this);
    redo->setText(tr("Redo"));
    redo->setToolTip(tr("Redo the answer undone last (%1)").arg(ReviewKeymap::key(u"redo"_s).toString(QKeySequence::NativeText)));
    redo->setEnabled(false);
    connect(redo, &QToolButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QToolButton::setEnabled);
    for (QToolButton *b : {undo, redo})
        b->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(queueBar);
    layout->addLayout(grid);
    layout->addWidget(m_notes);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_submit);
    bar->addWidget(undo);
    bar->addWidget(redo);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);
    layout->addWidget(new QLabel(tr("History (newest first):"), this));
    layout->addWidget(m_history, 1);

    // Every key comes from the key map; the actions ignore plain keys while notes are typed.
    for (const auto &action : ReviewKeymap::actions()) {
        auto *shortcut = new QShortcut(this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, id = action.id] { runAction(id); });
        m_shortcuts.insert(action.id, shortcut);
    }
    bindKeys();
    setFocusPolicy(Qt::StrongFocus);   // the panel itself takes the keys when no answer button has focus
    m_notes->installEventFilter(this);   // Ctrl+Return submits from the notes too (the editor would take it)
    connect(m_submit, &QPushButton::clicked, this, &JudgementPanel::submit);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &JudgementPanel::updateSubmit);
    updateQueueBar();
    // The cached name and setting: no query on a refresh.
    connect(m_session, &WorkspaceSession::annotatorChanged, this, &JudgementPanel::refresh);
    connect(m_session, &WorkspaceSession::annotatorChanged, this, &JudgementPanel::updateSubmit);
    connect(m_session, &WorkspaceSession::blindReviewChanged, this, &JudgementPanel::updateQueueBar);
    connect(m_session, &WorkspaceSession::blindReviewChanged, this, &JudgementPanel::refresh);
}

JudgementPanel::~JudgementPanel() = default;

void JudgementPanel::bindKeys()
{
    for (auto it = m_shortcuts.cbegin(); it != m_shortcuts.cend(); ++it)
        it.value()->setKey(ReviewKeymap::key(it.key()));
    auto keyOf = [](const QString &id) { return ReviewKeymap::key(id).toString(QKeySequence::NativeText); };
    m_previous->setToolTip(tr("Previous example in the queue (%1)").arg(keyOf(u"previous"_s)));
    m_nextUnreviewed->setToolTip(tr("Next example you have not reviewed (%1)").arg(keyOf(u"next_unreviewed"_s)));
    m_nextDisagreement->setToolTip(tr("Next example where the raters disagree on the decision (%1)").arg(keyOf(u"next_disagreement"_s)));
    m_nextMatch->setToolTip(tr("Next example matching the filter (%1)").arg(keyOf(u"next_match"_s)));
    m_submit->setToolTip(tr("Append your judgement (%1 submits and goes to the next unreviewed example, %2 stays); "
                            "it supersedes your previous one")
                             .arg(keyOf(u"submit_next"_s), keyOf(u"submit"_s)));
}

void JudgementPanel::runAction(const QString &action)
{
    const bool typing = m_notes->hasFocus();
    if (action == u"submit_next"_s)
        return submitAndNext();
    if (action == u"submit"_s)
        return submit();
    if (typing)
        return;   // plain keys belong to the notes (the editor normally takes them first)
    if (action == u"undo"_s)
        return m_undo->undo();
    if (action == u"redo"_s)
        return m_undo->redo();
    if (action == u"notes"_s)
        return m_notes->setFocus(Qt::ShortcutFocusReason);
    if (action == u"cheat_sheet"_s)
        return showKeys();
    if (action == u"next_unreviewed"_s)
        return goTo(review::ReviewQueue::Filter::Unreviewed);
    if (action == u"next_disagreement"_s)
        return goTo(review::ReviewQueue::Filter::Disagreement);
    if (action == u"next_match"_s)
        return goTo(review::ReviewQueue::Filter(m_filter->currentData().toInt()));
    if (action == u"previous"_s)
        return goTo(review::ReviewQueue::Filter::Any, true);
    if (store::decisionFromString(action))
        return setAnswer(u"decision"_s, action);
    const qsizetype underscore = action.indexOf(u'_');
    const int criterion = int(kCriterionKeys.indexOf(action.left(underscore)));
    if (criterion >= 0) {
        const QString value = action.mid(underscore + 1);
        const QString name = kCriteria[criterion];
        setAnswer(name, answer(name) == value ? QString() : value);   // the same key again clears it
    }
}

QLabel *JudgementPanel::judgeLabel(const QString &criterion) const
{
    return m_judge.value(criterion);
}

void JudgementPanel::setAnswer(const QString &criterion, const QString &value)
{
    if (!m_groups.contains(criterion))
        return;
    const QString before = m_answers.value(criterion);
    if (before == value) {
        applyAnswer(criterion, value);   // a click on a checked button: keep the buttons in line with the answer
        return;
    }
    m_undo->push(new AnswerCommand([this](const QString &c, const QString &v) { applyAnswer(c, v); }, criterion, before, value));
}

void JudgementPanel::applyAnswer(const QString &criterion, const QString &value)
{
    QButtonGroup *group = m_groups.value(criterion);
    if (!group)
        return;
    m_answers.insert(criterion, value);
    for (QAbstractButton *b : group->buttons())
        b->setChecked(!value.isEmpty() && b->property("value").toString() == value);
    updateSubmit();
}

QString JudgementPanel::answer(const QString &criterion) const
{
    return m_answers.value(criterion);
}

void JudgementPanel::setExample(qint64 exampleId, const QList<store::RoundRecord> &rounds)
{
    const bool same = exampleId == m_exampleId;
    m_exampleId = exampleId;
    m_judgeValues = review::AgreementReport::judgeAnswers(rounds);
    const QVariant scope = same ? m_scope->currentData() : QVariant(qint64(0));
    m_scope->clear();
    m_scope->addItem(tr("About the example as a whole"), qint64(0));
    for (const auto &round : rounds)
        m_scope->addItem(tr("About round %1 only (%2)").arg(round.index).arg(round.origin), round.id);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scope)));
    if (!same) {
        for (const QString &criterion : kCriteria)
            applyAnswer(criterion, QString());
        m_undo->clear();   // undo belongs to the example being judged
        m_notes->clear();
        m_status->clear();
        m_shownFor.start();
        m_revealed = !m_session->blindReview();   // until the history says otherwise
    }
    updateSubmit();
    loadHistory();
    loadQueue();
}

void JudgementPanel::updateSubmit()
{
    // The judge's answer beside each question; where the expert answered differently it is marked.
    for (const QString &criterion : kCriteria) {
        const QString judge = m_judgeValues.value(criterion);
        const QString mine = answer(criterion);
        QLabel *label = m_judge.value(criterion);
        const bool disagree = m_revealed && !judge.isEmpty() && !mine.isEmpty() && mine != judge;
        if (!m_revealed)
            label->setText(tr("hidden until you submit"));
        else
            label->setText(judge.isEmpty() ? tr("not judged") : disagree ? tr("%1 — differs").arg(judge) : judge);
        QPalette palette = this->palette();
        if (disagree)
            palette.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x2a));
        else if (!m_revealed)
            palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        label->setPalette(palette);
    }
    const QString annotator = m_session->annotator();
    bool any = !m_notes->toPlainText().trimmed().isEmpty();
    for (const QString &criterion : kCriteria)
        any = any || !answer(criterion).isEmpty();
    m_submit->setEnabled(m_exampleId > 0 && any && !annotator.isEmpty());
    if (annotator.isEmpty())
        m_status->setText(tr("Set your name in Settings → General to record judgements."));
}

bool JudgementPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        if (pressed == ReviewKeymap::key(u"submit_next"_s)) {
            submitAndNext();
            return true;
        }
        if (pressed == ReviewKeymap::key(u"submit"_s)) {
            submit();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            setFocus(Qt::ShortcutFocusReason);   // back to the keyboard flow
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JudgementPanel::refresh()
{
    if (m_exampleId <= 0)
        return;
    loadHistory();
    loadQueue();
}

void JudgementPanel::submit()
{
    doSubmit(false);
}

void JudgementPanel::submitAndNext()
{
    doSubmit(true);
}

void JudgementPanel::doSubmit(bool advance)
{
    if (!m_submit->isEnabled())
        return;
    store::JudgementRecord j;
    j.exampleId = m_exampleId;
    j.annotator = m_session->annotator();
    j.ranWithoutError = store::criterionAnswerFromString(answer(u"ran_without_error"_s));
    j.showsFunction = store::criterionAnswerFromString(answer(u"shows_function"_s));
    j.functionCorrect = store::criterionAnswerFromString(answer(u"function_correct"_s));
    j.decision = store::decisionFromString(answer(u"decision"_s));
    j.notes = m_notes->toPlainText().trimmed();
    j.secondsSpent = int(m_shownFor.elapsed() / 1000);
    j.blind = m_session->blindReview() && !m_revealed;
    if (const qint64 roundId = m_scope->currentData().toLongLong(); roundId > 0)
        j.roundId = roundId;
    m_submit->setEnabled(false);
    const qint64 submittedFor = m_exampleId;
    m_session->load(
        this, [j](const std::shared_ptr<store::Workspace> &workspace) { return review::ReviewRecorder::judge(workspace, j); },
        [this, advance, submittedFor](const store::JudgementRecord &stored) {
            m_status->setText(tr("Recorded as %1's judgement %2%3.")
                                  .arg(stored.annotator)
                                  .arg(stored.id)
                                  .arg(stored.supersedesId ? tr(", superseding %1").arg(*stored.supersedesId) : QString()));
            m_shownFor.restart();
            if (!m_notes->hasFocus() && (!focusWidget() || focusWidget() == m_submit))
                setFocus(Qt::OtherFocusReason);   // the keyboard flow goes on where it was
            Q_EMIT submitted(stored);
            // The queue as it is now, with this example counted as reviewed.
            for (auto &item : m_queue.items)
                if (item.exampleId == submittedFor)
                    item.reviewedByMe = true;
            if (advance && m_exampleId == submittedFor) {
                if (const auto next = m_queue.next(submittedFor, review::ReviewQueue::Filter::Unreviewed)) {
                    Q_EMIT navigateRequested(*next);
                    return;
                }
                m_status->setText(m_status->text() + u' ' + tr("Every example of this campaign is reviewed."));
            }
            loadHistory();
            loadQueue();
            updateSubmit();
        },
        [this](const QString &message) {
            m_status->setText(message);
            updateSubmit();
            Q_EMIT failed(message);
        });
}

void JudgementPanel::goTo(review::ReviewQueue::Filter filter, bool backwards)
{
    if (const auto next = m_queue.next(m_exampleId, filter, backwards)) {
        Q_EMIT navigateRequested(*next);
        return;
    }
    m_status->setText(m_queue.items.isEmpty() ? tr("The queue is still loading or empty.")
                                              : tr("No other example in this campaign matches."));
}

void JudgementPanel::showKeys()
{
    ReviewKeysDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        bindKeys();
}

void JudgementPanel::loadQueue()
{
    const qint64 id = m_exampleId;
    const QString annotator = m_session->annotator();
    m_session->load(
        this, m_queueLatest,
        [id, annotator](const std::shared_ptr<store::Workspace> &workspace) { return review::ExampleReview::queue(workspace, id, annotator); },
        [this](const review::ReviewQueue &queue) {
            m_queue = queue;
            updateQueueBar();
            Q_EMIT queueLoaded(int(queue.items.size()));
        },
        [this](const QString &message) { m_status->setText(message); });
}

void JudgementPanel::updateQueueBar()
{
    using Filter = review::ReviewQueue::Filter;
    m_nextUnreviewed->setText(tr("Next Unreviewed (%1)").arg(m_queue.count(Filter::Unreviewed)));
    m_nextDisagreement->setText(tr("Next Disagreement (%1)").arg(m_queue.count(Filter::Disagreement)));
    m_nextMatch->setText(tr("Next Match (%1)").arg(m_queue.count(Filter(m_filter->currentData().toInt()))));
    QStringList parts;
    for (const auto &p : m_queue.progress)
        parts << tr("%1 %2/%3").arg(p.annotator).arg(p.reviewed).arg(p.total);
    m_progress->setText(parts.isEmpty() ? QString() : tr("Reviewed: %1").arg(parts.join(u" · "_s)));
    m_blindBadge->setVisible(m_session->blindReview());
}

void JudgementPanel::loadHistory()
{
    const qint64 id = m_exampleId;
    const QString annotator = m_session->annotator();
    m_session->load(
        this, m_historyLatest,
        [id, annotator](const std::shared_ptr<store::Workspace> &workspace) {
            return review::ExampleReview::history(workspace, id, annotator);
        },
        [this](const review::ExampleReview::History &loaded) {
            m_revealed = loaded.revealed;
            const auto &history = loaded.judgements;
            m_history->clear();
            QSet<qint64> superseded;
            for (const auto &j : history)
                if (j.supersedesId)
                    superseded.insert(*j.supersedesId);
            for (auto it = history.crbegin(); it != history.crend(); ++it) {
                const auto &j = *it;
                QString text = tr("%1 · %2 · %3 — ran: %4, shows function: %5, correct: %6")
                                   .arg(j.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), j.annotator,
                                        j.decision ? j.decisionText() : tr("no decision"),
                                        j.ranWithoutError ? j.answerText(store::Criterion::RanWithoutError) : u"—"_s,
                                        j.showsFunction ? j.answerText(store::Criterion::ShowsFunction) : u"—"_s,
                                        j.functionCorrect ? j.answerText(store::Criterion::FunctionCorrect) : u"—"_s);
                if (!j.notes.isEmpty())
                    text += u" · "_s + j.notes;
                if (superseded.contains(j.id))
                    text += tr(" (superseded)");
                if (j.blind)
                    text += tr(" (blind)");
                auto *item = new QListWidgetItem(text, m_history);
                if (superseded.contains(j.id))
                    item->setForeground(palette().color(QPalette::PlaceholderText));
                if (j.roundId) {
                    const int index = m_scope->findData(*j.roundId);
                    item->setText(item->text() + u' ' + (index > 0 ? tr("(%1)").arg(m_scope->itemText(index)) : tr("(about one round)")));
                }
            }
            updateSubmit();
            updateQueueBar();
            Q_EMIT historyLoaded(int(history.size()));
        },
        [this](const QString &message) { m_status->setText(message); });
}

} // namespace wb::ui
