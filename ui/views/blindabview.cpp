// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/blindabview.h"

#include "editor/codeeditor.h"
#include "review/reviewrecorder.h"
#include "session/workspacesession.h"
#include "store/pairwisestore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
const QStringList kScreenChoices{u"A"_s, u"tie"_s, u"B"_s};   // button ids 0, 1, 2

QLabel *paneTitle(const QString &letter, QWidget *parent)
{
    auto *label = new QLabel(letter, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::AlternateBase);
    return label;
}
} // namespace

BlindAbView::BlindAbView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_startPage(new QWidget(this))
    , m_comparePage(new QWidget(this))
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_start(new QPushButton(tr("Start compari&ng"), this))
    , m_summary(new QTableWidget(0, 8, this))
    , m_status(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_file(new QComboBox(this))
    , m_paneA(new CodeEditor(this))
    , m_paneB(new CodeEditor(this))
    , m_submit(new QPushButton(tr("Submit and &next (Ctrl+Return)"), this))
{
    // Start page: the two campaigns and the results so far.
    m_first->setObjectName(u"BlindAbFirst"_s);
    m_second->setObjectName(u"BlindAbSecond"_s);
    m_start->setObjectName(u"BlindAbStart"_s);
    m_summary->setObjectName(u"BlindAbSummary"_s);
    m_status->setObjectName(u"BlindAbStatus"_s);
    m_status->setWordWrap(true);
    m_summary->setHorizontalHeaderLabels({tr("Campaign A"), tr("Campaign B"), tr("Criterion"), tr("Wins"), tr("Ties"),
                                          tr("Losses"), tr("Comparisons"), tr("Win rate of A")});
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->verticalHeader()->hide();
    m_summary->horizontalHeader()->setStretchLastSection(true);
    m_summary->setAlternatingRowColors(true);
    auto *choose = new QHBoxLayout;
    auto *firstLabel = new QLabel(tr("Compare c&ampaign"), m_startPage);
    firstLabel->setBuddy(m_first);
    choose->addWidget(firstLabel);
    choose->addWidget(m_first, 1);
    auto *secondLabel = new QLabel(tr("&with"), m_startPage);
    secondLabel->setBuddy(m_second);
    choose->addWidget(secondLabel);
    choose->addWidget(m_second, 1);
    choose->addWidget(m_start);
    auto *explain = new QLabel(tr("Each repository both campaigns distilled is shown as two anonymous examples, A and B, "
                                  "on sides that vary from pair to pair. Choose the better one, or a tie, for accuracy, "
                                  "completeness and soundness."),
                               m_startPage);
    explain->setWordWrap(true);
    auto *startLayout = new QVBoxLayout(m_startPage);
    startLayout->addLayout(choose);
    startLayout->addWidget(explain);
    startLayout->addWidget(m_status);
    startLayout->addWidget(new QLabel(tr("Results so far:"), m_startPage));
    startLayout->addWidget(m_summary, 1);
    connect(m_start, &QPushButton::clicked, this, &BlindAbView::start);

    // Compare page: A and B, nothing that names a campaign or model.
    m_comparePage->setObjectName(u"BlindAbComparePage"_s);
    m_comparePage->setFocusPolicy(Qt::StrongFocus);
    m_progress->setObjectName(u"BlindAbProgress"_s);
    QFont bold = m_progress->font();
    bold.setBold(true);
    m_progress->setFont(bold);
    m_file->setObjectName(u"BlindAbFile"_s);
    m_file->addItems(review::FinalCode::fileNames());
    m_file->setFocusPolicy(Qt::NoFocus);
    connect(m_file, &QComboBox::currentIndexChanged, this, &BlindAbView::presentPair);
    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    auto *fileLabel = new QLabel(tr("File:"), m_comparePage);
    top->addWidget(fileLabel);
    top->addWidget(m_file);
    auto *stopButton = new QPushButton(tr("Stop (Esc)"), m_comparePage);
    stopButton->setFocusPolicy(Qt::NoFocus);
    connect(stopButton, &QPushButton::clicked, this, &BlindAbView::stop);
    top->addWidget(stopButton);
    auto *panes = new QSplitter(Qt::Horizontal, m_comparePage);
    for (auto [pane, letter] : {std::pair(m_paneA, u"A"_s), std::pair(m_paneB, u"B"_s)}) {
        auto *column = new QWidget(panes);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(2, 0, 2, 0);
        layout->addWidget(paneTitle(letter, column));
        pane->setParent(column);
        pane->setObjectName(u"BlindAbPane"_s + letter);
        pane->setFocusPolicy(Qt::NoFocus);   // the keys belong to the choices
        layout->addWidget(pane, 1);
        panes->addWidget(column);
    }
    connect(m_paneA->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        if (!std::exchange(m_syncing, true)) {
            m_paneB->verticalScrollBar()->setValue(v);
            m_syncing = false;
        }
    });
    connect(m_paneB->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        if (!std::exchange(m_syncing, true)) {
            m_paneA->verticalScrollBar()->setValue(v);
            m_syncing = false;
        }
    });

    auto *grid = new QGridLayout;
    const QStringList names{tr("Accuracy"), tr("Completeness"), tr("Soundness")};
    const QStringList hints{tr("Does the code do what the repository does, correctly?"),
                            tr("Does it show the repository's function fully, from input to result?"),
                            tr("Is it well-founded: sensible parameters, checks, no shortcuts that fake the result?")};
    for (int r = 0; r < store::PairwiseStore::criteria().size(); ++r) {
        auto *label = new QLabel(names[r], m_comparePage);
        label->setToolTip(hints[r]);
        grid->addWidget(label, r, 0);
        auto *group = new QButtonGroup(this);
        group->setExclusive(false);   // exclusive by hand, so that a second press can clear the choice
        for (int b = 0; b < 3; ++b) {
            const QString text = b == 0 ? tr("A is better") : b == 1 ? tr("Tie") : tr("B is better");
            auto *button = new QPushButton(u"%1  [%2]"_s.arg(text).arg(r * 3 + b + 1), m_comparePage);
            button->setObjectName(u"BlindAb_%1_%2"_s.arg(store::PairwiseStore::criteria().at(r), kScreenChoices.at(b)));
            button->setCheckable(true);
            button->setStyleSheet(u"QPushButton:checked { background-color: palette(highlight); color: palette(highlighted-text); "
                                  "font-weight: bold; }"_s);
            button->setFocusPolicy(Qt::NoFocus);
            group->addButton(button, b);
            grid->addWidget(button, r, b + 1);
        }
        // A click has toggled its button already: keep at most that one checked.
        connect(group, &QButtonGroup::idClicked, this, [this, group](int id) {
            for (QAbstractButton *b : group->buttons())
                if (b != group->button(id))
                    b->setChecked(false);
            updateSubmit();
        });
        m_groups << group;
        for (int b = 0; b < 3; ++b) {
            auto *shortcut = new QShortcut(QKeySequence(Qt::Key_1 + r * 3 + b), m_comparePage);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, [this, r, b] { setChoice(store::PairwiseStore::criteria().at(r), b); });
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    m_submit->setObjectName(u"BlindAbSubmit"_s);
    m_submit->setFocusPolicy(Qt::NoFocus);
    m_submit->setEnabled(false);
    connect(m_submit, &QPushButton::clicked, this, &BlindAbView::submit);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), m_comparePage);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &BlindAbView::submit);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_comparePage);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &BlindAbView::stop);

    auto *compareLayout = new QVBoxLayout(m_comparePage);
    compareLayout->addLayout(top);
    compareLayout->addWidget(panes, 1);
    compareLayout->addLayout(grid);
    compareLayout->addWidget(m_submit, 0, Qt::AlignRight);

    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_comparePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

BlindAbView::~BlindAbView() = default;

bool BlindAbView::isComparing() const
{
    return m_pages->currentWidget() == m_comparePage;
}

void BlindAbView::setCampaigns(const QList<review::CampaignMatrix::Column> &columns)
{
    const qint64 first = m_first->currentIndex() >= 0 && m_first->currentIndex() < m_columns.size()
                             ? m_columns.at(m_first->currentIndex()).campaignId
                             : 0;
    const qint64 second = m_second->currentIndex() >= 0 && m_second->currentIndex() < m_columns.size()
                              ? m_columns.at(m_second->currentIndex()).campaignId
                              : 0;
    m_columns = columns;
    for (QComboBox *combo : {m_first, m_second}) {
        combo->clear();
        for (const auto &c : columns)
            combo->addItem(c.model.isEmpty() ? c.label : u"%1 (%2)"_s.arg(c.label, c.model), c.campaignId);
    }
    m_first->setCurrentIndex(first ? std::max(0, m_first->findData(first)) : 0);
    m_second->setCurrentIndex(second ? std::max(0, m_second->findData(second)) : std::min<int>(1, int(columns.size()) - 1));
    m_start->setEnabled(columns.size() >= 2);
    if (columns.size() < 2)
        m_status->setText(tr("Blind comparison needs two campaigns over the same repositories."));
}

void BlindAbView::chooseCampaigns(int first, int second)
{
    m_first->setCurrentIndex(first);
    m_second->setCurrentIndex(second);
}

QString BlindAbView::choice(const QString &criterion) const
{
    const int r = int(store::PairwiseStore::criteria().indexOf(criterion));
    if (r < 0)
        return {};
    for (int b = 0; b < kScreenChoices.size(); ++b)
        if (m_groups.at(r)->button(b)->isChecked())
            return kScreenChoices.at(b);
    return {};
}

void BlindAbView::setChoice(const QString &criterion, int button)
{
    const int r = int(store::PairwiseStore::criteria().indexOf(criterion));
    if (r < 0 || !isComparing())
        return;
    QButtonGroup *group = m_groups.at(r);
    const bool again = group->button(button)->isChecked();   // the same key again clears the choice
    for (QAbstractButton *b : group->buttons())
        b->setChecked(false);
    group->button(button)->setChecked(!again);
    updateSubmit();
}

void BlindAbView::updateSubmit()
{
    bool all = !m_busy && m_position < m_queue.size();
    for (const QString &criterion : store::PairwiseStore::criteria())
        all = all && !choice(criterion).isEmpty();
    m_submit->setEnabled(all);
}

void BlindAbView::start()
{
    m_annotator = m_session->annotator();
    if (m_annotator.isEmpty()) {
        m_status->setText(tr("Set your name in Settings → General first: comparisons are recorded under it."));
        Q_EMIT failed(m_status->text());
        return;
    }
    const qint64 first = m_first->currentData().toLongLong();
    const qint64 second = m_second->currentData().toLongLong();
    const QString annotator = m_annotator;
    m_session->load(
        this, m_latest,
        [first, second, annotator](const std::shared_ptr<store::Workspace> &workspace) {
            return review::PairwiseQueue::pending(workspace, first, second, annotator);
        },
        [this](const QList<review::PairwiseQueue::Item> &queue) {
            m_queue = queue;
            m_position = 0;
            m_total = int(queue.size());
            Q_EMIT queueLoaded(m_total);
            if (queue.isEmpty()) {
                m_status->setText(tr("Nothing left to compare: you have compared every repository both campaigns finished."));
                return;
            }
            m_status->clear();
            m_pages->setCurrentWidget(m_comparePage);
            showPair();
        },
        [this](const QString &message) {
            m_status->setText(message);
            Q_EMIT failed(message);
        });
}

void BlindAbView::showPair()
{
    for (QButtonGroup *group : std::as_const(m_groups))
        for (QAbstractButton *b : group->buttons())
            b->setChecked(false);
    m_progress->setText(tr("Pair %1 of %2 · %3").arg(m_position + 1).arg(m_total).arg(m_queue.at(m_position).repository));
    m_paneA->showFile(m_file->currentText(), QString());
    m_paneB->showFile(m_file->currentText(), QString());
    updateSubmit();
    const auto item = m_queue.at(m_position);
    m_session->load(
        this, m_latest,
        [item](const std::shared_ptr<store::Workspace> &workspace) {
            return std::pair(review::FinalCode::load(workspace, item.leftExampleId), review::FinalCode::load(workspace, item.rightExampleId()));
        },
        [this](const std::pair<review::FinalCode, review::FinalCode> &code) {
            m_left = code.first;
            m_right = code.second;
            presentPair();
            m_clock.start();
            m_comparePage->setFocus(Qt::OtherFocusReason);
            Q_EMIT pairShown();
        },
        [this](const QString &message) {
            m_progress->setText(message);
            Q_EMIT failed(message);
        });
}

void BlindAbView::presentPair()
{
    const QString file = m_file->currentText();
    m_paneA->showFile(file, m_left.files.value(file));
    m_paneB->showFile(file, m_right.files.value(file));
}

void BlindAbView::submit()
{
    if (!m_submit->isEnabled() || m_position >= m_queue.size())
        return;
    const auto item = m_queue.at(m_position);
    // The screen's A is the left example: map each choice back to the examples themselves.
    auto toExample = [&](const QString &screen) {
        if (screen == u"tie"_s)
            return u"tie"_s;
        const qint64 chosen = screen == u"A"_s ? item.leftExampleId : item.rightExampleId();
        return chosen == item.exampleA ? u"a"_s : u"b"_s;
    };
    store::PairwiseRecord record;
    record.annotator = m_annotator;
    record.exampleA = item.exampleA;
    record.exampleB = item.exampleB;
    record.leftExampleId = item.leftExampleId;
    record.accuracy = toExample(choice(u"accuracy"_s));
    record.completeness = toExample(choice(u"completeness"_s));
    record.soundness = toExample(choice(u"soundness"_s));
    record.secondsSpent = m_clock.isValid() ? int(m_clock.elapsed() / 1000) : 0;
    m_busy = true;
    updateSubmit();
    m_session->load(
        this, [record](const std::shared_ptr<store::Workspace> &workspace) { return review::ReviewRecorder::comparePair(workspace, record); },
        [this](const store::PairwiseRecord &stored) {
            m_busy = false;
            Q_EMIT submitted(stored);
            ++m_position;
            if (m_position < m_queue.size()) {
                showPair();
                return;
            }
            m_status->setText(tr("All %n pair(s) compared. Thank you!", nullptr, m_total));
            stop();
        },
        [this](const QString &message) {
            m_busy = false;
            updateSubmit();
            m_progress->setText(message);
            Q_EMIT failed(message);
        });
}

void BlindAbView::stop()
{
    m_latest.invalidate();   // drops a pair still loading
    m_queue.clear();
    m_position = 0;
    m_left = {};
    m_right = {};
    m_paneA->showFile(m_file->currentText(), QString());
    m_paneB->showFile(m_file->currentText(), QString());
    m_pages->setCurrentWidget(m_startPage);
    reloadSummary();
}

void BlindAbView::reloadSummary()
{
    m_session->load(
        this, m_summaryLatest, [](const std::shared_ptr<store::Workspace> &workspace) { return review::PairwiseSummary::compute(workspace); },
        [this](const review::PairwiseSummary &summary) {
            m_summary->setRowCount(int(summary.rows.size()));
            for (int i = 0; i < summary.rows.size(); ++i) {
                const auto &r = summary.rows.at(i);
                const QStringList cells{r.modelA.isEmpty() ? r.labelA : u"%1 (%2)"_s.arg(r.labelA, r.modelA),
                                        r.modelB.isEmpty() ? r.labelB : u"%1 (%2)"_s.arg(r.labelB, r.modelB),
                                        r.criterion == u"accuracy"_s       ? tr("Accuracy")
                                        : r.criterion == u"completeness"_s ? tr("Completeness")
                                                                           : tr("Soundness"),
                                        QString::number(r.wins), QString::number(r.ties), QString::number(r.losses),
                                        QString::number(r.comparisons()),
                                        r.winRate ? QLocale().toString(*r.winRate * 100.0, 'f', 1) + u" %"_s : u"—"_s};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *cell = new QTableWidgetItem(cells[c]);
                    if (c >= 3)
                        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    m_summary->setItem(i, c, cell);
                }
            }
            m_summary->resizeColumnsToContents();
            Q_EMIT summaryLoaded();
        },
        [this](const QString &message) {
            m_status->setText(message);
            Q_EMIT failed(message);
        });
}

} // namespace wb::ui
