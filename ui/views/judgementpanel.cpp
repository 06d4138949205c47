// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/judgementpanel.h"

#include "review/agreementreport.h"
#include "settings/preferences.h"
#include "store/judgementstore.h"
#include "util/error.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
const QStringList kCriteria{u"ran_without_error"_s, u"shows_function"_s, u"function_correct"_s, u"decision"_s};
}

JudgementPanel::JudgementPanel(std::shared_ptr<store::Workspace> workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(std::move(workspace))
    , m_notes(new QPlainTextEdit(this))
    , m_submit(new QPushButton(tr("&Submit Judgement"), this))
    , m_status(new QLabel(this))
    , m_history(new QListWidget(this))
{
    m_pool.setMaxThreadCount(1);
    const QString questions[] = {tr("Ran without error?"), tr("Demonstrates the repository's function?"), tr("Function correct?"),
                                 tr("Decision:")};
    const QList<std::pair<QString, QString>> answers[] = {
        {{u"yes"_s, tr("Yes")}, {u"no"_s, tr("No")}, {u"unsure"_s, tr("Unsure")}},
        {{u"yes"_s, tr("Yes")}, {u"no"_s, tr("No")}, {u"unsure"_s, tr("Unsure")}},
        {{u"yes"_s, tr("Yes")}, {u"no"_s, tr("No")}, {u"unsure"_s, tr("Unsure")}},
        {{u"accept"_s, tr("Accept")}, {u"reject"_s, tr("Reject")}, {u"needs_work"_s, tr("Needs work")}}};
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Your judgement</b>"), this), 0, 0);
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
        }
        connect(group, &QButtonGroup::buttonToggled, this, [group](QAbstractButton *button, bool checked) {
            if (!checked)
                return;
            for (QAbstractButton *other : group->buttons())
                if (other != button)
                    other->setChecked(false);
        });
        connect(group, &QButtonGroup::buttonToggled, this, &JudgementPanel::updateSubmit);
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
    m_submit->setToolTip(tr("Append your judgement (Ctrl+Return); it supersedes your previous one"));
    m_submit->setEnabled(false);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_notes);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_submit);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);
    layout->addWidget(new QLabel(tr("History (newest first):"), this));
    layout->addWidget(m_history, 1);

    // Keyboard: 1-3 / 4-6 / 7-9 answer the three criteria, A / R / W decide, Ctrl+Return submits.
    for (int key = 0; key < 9; ++key) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_1 + key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, key] {
            if (m_notes->hasFocus())
                return;
            const QString criterion = kCriteria[key / 3];
            const QString value = m_groups.value(criterion)->button(key % 3)->property("value").toString();
            setAnswer(criterion, answer(criterion) == value ? QString() : value);
        });
    }
    const std::pair<Qt::Key, QString> decisions[] = {{Qt::Key_A, u"accept"_s}, {Qt::Key_R, u"reject"_s}, {Qt::Key_W, u"needs_work"_s}};
    for (const auto &[key, value] : decisions) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, v = value] {
            if (!m_notes->hasFocus())
                setAnswer(u"decision"_s, v);
        });
    }
    setFocusPolicy(Qt::StrongFocus);   // the panel itself takes the keys when no answer button has focus
    m_notes->installEventFilter(this);   // Ctrl+Return submits from the notes too (the editor would take it)
    auto *submitKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    submitKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(submitKey, &QShortcut::activated, this, &JudgementPanel::submit);
    connect(m_submit, &QPushButton::clicked, this, &JudgementPanel::submit);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &JudgementPanel::updateSubmit);
}

JudgementPanel::~JudgementPanel()
{
    m_pool.waitForDone();
}

QLabel *JudgementPanel::judgeLabel(const QString &criterion) const
{
    return m_judge.value(criterion);
}

void JudgementPanel::setAnswer(const QString &criterion, const QString &value)
{
    QButtonGroup *group = m_groups.value(criterion);
    if (!group)
        return;
    for (QAbstractButton *b : group->buttons())
        b->setChecked(!value.isEmpty() && b->property("value").toString() == value);
    updateSubmit();
}

QString JudgementPanel::answer(const QString &criterion) const
{
    if (const QButtonGroup *group = m_groups.value(criterion))
        for (const QAbstractButton *b : group->buttons())
            if (b->isChecked())
                return b->property("value").toString();
    return {};
}

void JudgementPanel::setExample(qint64 exampleId, const QList<store::RoundRecord> &rounds)
{
    const bool same = exampleId == m_exampleId;
    m_exampleId = exampleId;
    m_judgeValues = review::AgreementReport::judgeAnswers(rounds);
    if (!same) {
        for (const QString &criterion : kCriteria)
            setAnswer(criterion, QString());
        m_notes->clear();
        m_status->clear();
        m_shownFor.start();
    }
    updateSubmit();
    loadHistory();
}

void JudgementPanel::updateSubmit()
{
    // The judge's answer beside each question; where the expert answered differently it is marked.
    for (const QString &criterion : kCriteria) {
        const QString judge = m_judgeValues.value(criterion);
        const QString mine = answer(criterion);
        QLabel *label = m_judge.value(criterion);
        const bool disagree = !judge.isEmpty() && !mine.isEmpty() && mine != judge;
        label->setText(judge.isEmpty() ? tr("not judged") : disagree ? tr("%1 — differs").arg(judge) : judge);
        QPalette palette = this->palette();
        if (disagree)
            palette.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x2a));
        label->setPalette(palette);
    }
    const QString annotator = Preferences::load().annotator;
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
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JudgementPanel::submit()
{
    if (!m_submit->isEnabled())
        return;
    store::JudgementRecord j;
    j.exampleId = m_exampleId;
    j.annotator = Preferences::load().annotator;
    j.ranWithoutError = answer(u"ran_without_error"_s);
    j.showsFunction = answer(u"shows_function"_s);
    j.functionCorrect = answer(u"function_correct"_s);
    j.decision = answer(u"decision"_s);
    j.notes = m_notes->toPlainText().trimmed();
    j.secondsSpent = int(m_shownFor.elapsed() / 1000);
    m_submit->setEnabled(false);
    auto workspace = m_workspace;
    QtConcurrent::run(&m_pool, [workspace, j] { return store::JudgementStore(workspace).add(j); })
        .then(this, [this](const store::JudgementRecord &stored) {
            m_status->setText(tr("Recorded as %1's judgement %2%3.")
                                  .arg(stored.annotator)
                                  .arg(stored.id)
                                  .arg(stored.supersedesId ? tr(", superseding %1").arg(*stored.supersedesId) : QString()));
            m_shownFor.restart();
            if (!m_notes->hasFocus() && (!focusWidget() || focusWidget() == m_submit))
                setFocus(Qt::OtherFocusReason);   // the keyboard flow goes on where it was
            Q_EMIT submitted(stored);
            loadHistory();
            updateSubmit();
        })
        .onFailed(this, [this](const Error &e) {
            m_status->setText(e.message());
            updateSubmit();
            Q_EMIT failed(e.message());
        });
}

void JudgementPanel::loadHistory()
{
    const quint64 generation = ++m_generation;
    auto workspace = m_workspace;
    const qint64 id = m_exampleId;
    QtConcurrent::run(&m_pool, [workspace, id] { return store::JudgementStore(workspace).history(id); })
        .then(this, [this, generation](const QList<store::JudgementRecord> &history) {
            if (generation != m_generation)
                return;
            m_history->clear();
            QSet<qint64> superseded;
            for (const auto &j : history)
                if (j.supersedesId)
                    superseded.insert(*j.supersedesId);
            for (auto it = history.crbegin(); it != history.crend(); ++it) {
                const auto &j = *it;
                QString text = tr("%1 · %2 · %3 — ran: %4, shows function: %5, correct: %6")
                                   .arg(j.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), j.annotator,
                                        j.decision.isEmpty() ? tr("no decision") : j.decision,
                                        j.ranWithoutError.isEmpty() ? u"—"_s : j.ranWithoutError,
                                        j.showsFunction.isEmpty() ? u"—"_s : j.showsFunction,
                                        j.functionCorrect.isEmpty() ? u"—"_s : j.functionCorrect);
                if (!j.notes.isEmpty())
                    text += u" · "_s + j.notes;
                if (superseded.contains(j.id))
                    text += tr(" (superseded)");
                auto *item = new QListWidgetItem(text, m_history);
                if (superseded.contains(j.id))
                    item->setForeground(palette().color(QPalette::PlaceholderText));
                if (j.roundId)
                    item->setToolTip(tr("About one round"));
            }
            Q_EMIT historyLoaded(int(history.size()));
        })
        .onFailed(this, [this](const Error &e) { m_status->setText(e.message()); });
}

} // namespace wb::ui
