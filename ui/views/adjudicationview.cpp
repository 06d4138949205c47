// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/adjudicationview.h"

#include "review/reviewrecorder.h"
#include "session/workspacesession.h"
#include "store/adjudicationstore.h"
#include "store/criterion.h"
#include "store/decision.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QString criterionLabel(const QString &criterion)
{
    if (const auto typed = store::criterionFromString(criterion)) {
        switch (*typed) {
        case store::Criterion::RanWithoutError:
            return AdjudicationView::tr("Ran without error");
        case store::Criterion::ShowsFunction:
            return AdjudicationView::tr("Shows the function");
        case store::Criterion::FunctionCorrect:
            return AdjudicationView::tr("Function correct");
        }
    }
    return AdjudicationView::tr("Decision");
}

QString valueLabel(const QString &value)
{
    if (const auto answer = store::criterionAnswerFromString(value)) {
        switch (*answer) {
        case store::CriterionAnswer::Yes:
            return AdjudicationView::tr("yes");
        case store::CriterionAnswer::No:
            return AdjudicationView::tr("no");
        case store::CriterionAnswer::Unsure:
            return AdjudicationView::tr("unsure");
        }
    }
    if (const auto decision = store::decisionFromString(value)) {
        switch (*decision) {
        case store::Decision::Accept:
            return AdjudicationView::tr("accept");
        case store::Decision::Reject:
            return AdjudicationView::tr("reject");
        case store::Decision::NeedsWork:
            return AdjudicationView::tr("needs work");
        }
    }
    return value.isEmpty() ? u"—"_s : value;
}
} // namespace

AdjudicationView::AdjudicationView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_campaign(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_title(new QLabel(this))
    , m_answers(new QTableWidget(this))
    , m_goldForm(new QFormLayout)
    , m_rationale(new QPlainTextEdit(this))
    , m_record(new QPushButton(tr("&Record Gold Decision"), this))
    , m_open(new QPushButton(tr("&Open Example"), this))
    , m_status(new QLabel(this))
{
    m_campaign->setObjectName(u"AdjudicationCampaign"_s);
    m_campaign->addItem(tr("All campaigns"), QString());
    m_campaign->setToolTip(tr("Only the disagreements of this campaign"));
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &AdjudicationView::reload);
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    connect(refresh, &QPushButton::clicked, this, &AdjudicationView::reload);
    m_open->setToolTip(tr("Show the example in the Examples tab (or double-click it in the list)"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentExample(); id > 0)
            Q_EMIT openExampleRequested(id);
    });
    auto *bar = new QHBoxLayout;
    auto *campaignLabel = new QLabel(tr("&Campaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    bar->addWidget(campaignLabel);
    bar->addWidget(m_campaign);
    bar->addWidget(m_status, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_open);

    m_list->setObjectName(u"AdjudicationQueue"_s);
    m_list->setHeaderLabels({tr("Repository"), tr("Campaign"), tr("Criteria in conflict"), tr("Conflicts"), tr("Raters")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AdjudicationView::showItem);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openExampleRequested(item->data(0, Qt::UserRole).toLongLong());
    });

    m_title->setTextFormat(Qt::RichText);
    m_answers->setObjectName(u"AdjudicationAnswers"_s);
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answers->setFocusPolicy(Qt::NoFocus);   // read-only: Tab goes from the queue to the choosers
    m_answers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_answers->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_answers->setWordWrap(true);

    auto *gold = new QGroupBox(tr("Gold decision"), this);
    auto *goldLayout = new QVBoxLayout(gold);
    for (const QString &criterion : store::AdjudicationStore::criteria()) {
        auto *combo = new QComboBox(gold);
        combo->setObjectName(u"Gold_"_s + criterion);
        combo->addItem(u"—"_s, QString());
        for (const QString &value : store::AdjudicationStore::values(criterion))
            combo->addItem(valueLabel(value), value);
        connect(combo, &QComboBox::currentIndexChanged, this, &AdjudicationView::updateRecord);
        m_choosers.insert(criterion, combo);
        m_goldForm->addRow(criterionLabel(criterion) + u':', combo);
    }
    goldLayout->addLayout(m_goldForm);
    auto *rationaleLabel = new QLabel(tr("R&ationale (required):"), gold);
    rationaleLabel->setBuddy(m_rationale);
    goldLayout->addWidget(rationaleLabel);
    m_rationale->setObjectName(u"AdjudicationRationale"_s);
    m_rationale->setPlaceholderText(tr("Why this is the right answer: what the code and its log show"));
    m_rationale->setTabChangesFocus(true);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &AdjudicationView::updateRecord);
    goldLayout->addWidget(m_rationale, 1);
    m_record->setToolTip(tr("Store the gold values with the rationale and go to the next disagreement (Ctrl+Return)"));
    connect(m_record, &QPushButton::clicked, this, &AdjudicationView::recordGold);
    auto *recordRow = new QHBoxLayout;
    recordRow->addStretch(1);
    recordRow->addWidget(m_record);
    goldLayout->addLayout(recordRow);
    auto *submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    submit->setContext(Qt::WidgetWithChildrenShortcut);
    connect(submit, &QShortcut::activated, this, &AdjudicationView::recordGold);
    auto *submitEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    submitEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(submitEnter, &QShortcut::activated, this, &AdjudicationView::recordGold);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_answers, 2);
    detailLayout->addWidget(gold, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setTabOrder(m_list, m_choosers.value(u"ran_without_error"_s));
    setTabOrder(m_choosers.value(u"ran_without_error"_s), m_choosers.value(u"shows_function"_s));
    setTabOrder(m_choosers.value(u"shows_function"_s), m_choosers.value(u"function_correct"_s));
    setTabOrder(m_choosers.value(u"function_correct"_s), m_choosers.value(u"decision"_s));
    setTabOrder(m_choosers.value(u"decision"_s), m_rationale);
    setTabOrder(m_rationale, m_record);
    showItem();
    connect(m_session, &WorkspaceSession::annotatorChanged, this, &AdjudicationView::updateRecord);
}

AdjudicationView::~AdjudicationView() = default;

qint64 AdjudicationView::currentExample() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void AdjudicationView::reload()
{
    const QString campaign = m_campaign->currentData().toString();
    m_session->load(
        this, m_latest,
        [campaign](const std::shared_ptr<store::Workspace> &workspace) { return review::AdjudicationSnapshot::load(workspace, campaign); },
        [this](const review::AdjudicationSnapshot &l) {
            qint64 select = currentExample();
            if (!m_advanceTo.isEmpty()) {   // after a record: the next example still in the queue
                select = 0;
                for (const qint64 id : std::as_const(m_advanceTo)) {
                    if (std::any_of(l.items.cbegin(), l.items.cend(), [id](const auto &i) { return i.exampleId == id; })) {
                        select = id;
                        break;
                    }
                }
                m_advanceTo.clear();
            }
            present(l, select);
            Q_EMIT loaded(int(l.items.size()));
        },
        [this](const QString &message) {
            m_status->setText(message);
            Q_EMIT failed(message);
        });
}

void AdjudicationView::present(const review::AdjudicationSnapshot &l, qint64 select)
{
    {
        const QSignalBlocker blocker(m_campaign);
        const QString chosen = m_campaign->currentData().toString();
        m_campaign->clear();
        m_campaign->addItem(tr("All campaigns"), QString());
        for (const QString &name : l.campaigns)
            m_campaign->addItem(name, name);
        m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(chosen)));
    }
    m_items = l.items;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        QTreeWidgetItem *current = nullptr;
        for (const auto &item : std::as_const(m_items)) {
            QStringList conflicts;
            for (const QString &c : item.conflicts)
                conflicts << criterionLabel(c);
            auto *row = new QTreeWidgetItem(m_list, {item.repository, item.campaign, conflicts.join(u", "_s),
                                                     QString::number(item.conflicts.size()), QString::number(item.raters.size())});
            row->setData(0, Qt::UserRole, item.exampleId);
            row->setToolTip(0, tr("Example %1").arg(item.exampleId));
            if (item.exampleId == select)
                current = row;
        }
        if (!current && m_list->topLevelItemCount() > 0)
            current = m_list->topLevelItem(0);
        m_list->setCurrentItem(current);
    }
    m_status->setText(m_items.isEmpty() ? tr("No disagreements left to adjudicate.")
                                        : tr("%n example(s) with disagreements", nullptr, int(m_items.size())));
    showItem();
}

void AdjudicationView::showItem()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const review::AdjudicationQueue::Item *item = row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
    m_open->setEnabled(item != nullptr);
    const QStringList &criteria = store::AdjudicationStore::criteria();
    if (!item) {
        m_title->setText(tr("<i>Select a disagreement.</i>"));
        m_answers->clear();
        m_answers->setRowCount(0);
        m_answers->setColumnCount(0);
        for (QComboBox *combo : std::as_const(m_choosers))
            m_goldForm->setRowVisible(combo, false);
        updateRecord();
        return;
    }
    const bool sameExample = m_answers->property("example").toLongLong() == item->exampleId;
    m_answers->setProperty("example", item->exampleId);
    m_title->setText(tr("<b>%1</b> · campaign %2 · example %3")
                         .arg(item->repository.toHtmlEscaped(), item->campaign.toHtmlEscaped())
                         .arg(item->exampleId));
    m_answers->clear();
    m_answers->setColumnCount(int(item->raters.size()) + 1);
    m_answers->setRowCount(int(criteria.size()) + 1);
    QStringList columns;
    for (const auto &r : item->raters)
        columns << (r.isJudge ? tr("LLM judge") : r.name);
    columns << tr("Gold");
    m_answers->setHorizontalHeaderLabels(columns);
    QStringList rows;
    QFont bold = m_answers->font();
    bold.setBold(true);
    for (int c = 0; c < criteria.size(); ++c) {
        const QString &criterion = criteria.at(c);
        const bool conflict = item->conflicts.contains(criterion);
        rows << (conflict ? tr("%1 ≠").arg(criterionLabel(criterion)) : criterionLabel(criterion));
        for (int r = 0; r < item->raters.size(); ++r) {
            auto *cell = new QTableWidgetItem(valueLabel(item->raters.at(r).answers.value(criterion)));
            if (conflict)
                cell->setFont(bold);
            m_answers->setItem(c, r, cell);
        }
        const auto gold = item->gold.constFind(criterion);
        auto *goldCell = new QTableWidgetItem(gold != item->gold.cend() ? valueLabel(gold->value) : conflict ? tr("to decide") : u"—"_s);
        if (gold != item->gold.cend())
            goldCell->setToolTip(tr("%1: %2").arg(gold->adjudicator, gold->reason));
        m_answers->setItem(c, int(item->raters.size()), goldCell);
        m_goldForm->setRowVisible(m_choosers.value(criterion), conflict);
        if (!sameExample)
            m_choosers.value(criterion)->setCurrentIndex(0);
    }
    rows << tr("Notes");
    for (int r = 0; r < item->raters.size(); ++r) {
        auto *notes = new QTableWidgetItem(item->raters.at(r).notes);
        notes->setToolTip(item->raters.at(r).notes);
        m_answers->setItem(int(criteria.size()), r, notes);
    }
    m_answers->setVerticalHeaderLabels(rows);
    if (!sameExample)
        m_rationale->clear();
    updateRecord();
}

void AdjudicationView::updateRecord()
{
    const qint64 example = currentExample();
    bool chosen = false;
    for (QComboBox *combo : std::as_const(m_choosers))
        chosen = chosen || (combo->isVisibleTo(this) && !combo->currentData().toString().isEmpty());
    const bool named = !m_session->annotator().isEmpty();
    m_record->setEnabled(example > 0 && chosen && named && !m_rationale->toPlainText().trimmed().isEmpty());
    if (example > 0 && !named)
        m_status->setText(tr("Set your name in Settings → General to record gold decisions."));
}

void AdjudicationView::recordGold()
{
    if (!m_record->isEnabled())
        return;
    const qint64 example = currentExample();
    QList<store::AdjudicationRecord> records;
    for (const QString &criterion : store::AdjudicationStore::criteria()) {
        const QComboBox *combo = m_choosers.value(criterion);
        if (!combo->isVisibleTo(this) || combo->currentData().toString().isEmpty())
            continue;
        store::AdjudicationRecord r;
        r.exampleId = example;
        r.criterion = criterion;
        r.value = combo->currentData().toString();
        r.adjudicator = m_session->annotator();
        r.reason = m_rationale->toPlainText();
        records << r;
    }
    m_advanceTo.clear();
    bool after = false;
    for (const auto &item : std::as_const(m_items)) {
        if (after)
            m_advanceTo << item.exampleId;
        after = after || item.exampleId == example;
    }
    for (const auto &item : std::as_const(m_items)) {   // then from the top, wrapping around
        if (item.exampleId == example)
            break;
        m_advanceTo << item.exampleId;
    }
    m_record->setEnabled(false);
    m_session->load(
        this,
        [records](const std::shared_ptr<store::Workspace> &workspace) { return review::ReviewRecorder::adjudicate(workspace, records); },
        [this, example, count = records.size()](const QList<store::AdjudicationRecord> &) {
            m_status->setText(tr("Recorded %n gold value(s) for example %1.", nullptr, int(count)).arg(example));
            m_answers->setProperty("example", QVariant());   // the next example starts with empty choices
            Q_EMIT recorded(example);
            reload();
        },
        [this](const QString &message) {
            m_advanceTo.clear();
            m_status->setText(message);
            updateRecord();
            Q_EMIT failed(message);
        });
}

} // namespace wb::ui
