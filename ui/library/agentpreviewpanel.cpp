// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/agentpreviewpanel.h"

#include "exchange/libraryselection.h"
#include "llm/modelprofiles.h"
#include "llm/pricecatalog.h"
#include "llm/providerprofile.h"
#include "library/codeblockranking.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
using exchange::AgentPreview;

struct IndexAndFit
{
    AgentPreview::Index index;
    QList<AgentPreview::ModelFit> table;
};

const QColor kTooLarge(0xc6, 0x28, 0x28);
const QColor kTight(0xb2, 0x6a, 0x00);
} // namespace

AgentPreviewPanel::AgentPreviewPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_idea(new QPlainTextEdit(this))
    , m_model(new QComboBox(this))
    , m_all(new QCheckBox(tr("Every successful example (not only accepted ones)"), this))
    , m_previewButton(new QPushButton(tr("Preview"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_size(new QLabel(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_pickedTitle(new QLabel(this))
    , m_picked(new QListWidget(this))
    , m_plan(new QPlainTextEdit(this))
    , m_cost(new QLabel(this))
{
    setObjectName(u"AgentPreviewPanel"_s);
    m_idea->setObjectName(u"IdeaEdit"_s);
    m_idea->setPlaceholderText(tr("A research idea, as you would give it to CodeScientist"));
    m_idea->setMaximumHeight(90);
    m_model->setObjectName(u"ModelBox"_s);
    m_previewButton->setObjectName(u"PreviewButton"_s);
    m_cancelButton->setObjectName(u"CancelButton"_s);
    m_cancelButton->setVisible(false);
    m_progress->setRange(0, 0);   // the steps have no measurable extent: busy
    m_progress->setVisible(false);
    m_progress->setMaximumHeight(12);
    m_status->setObjectName(u"StatusLabel"_s);
    m_banner->setObjectName(u"WarningBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setMargin(6);
    m_size->setObjectName(u"SizeLabel"_s);
    m_size->setWordWrap(true);
    m_table->setObjectName(u"FitTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Provider"), tr("Window"), tr("Index share"), tr("Margin"), tr("Fit")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_pickedTitle->setObjectName(u"PickedTitle"_s);
    m_pickedTitle->setWordWrap(true);
    m_picked->setObjectName(u"PickedList"_s);
    m_picked->setWordWrap(true);
    m_picked->setTextElideMode(Qt::ElideNone);
    m_plan->setObjectName(u"PlanView"_s);
    m_plan->setReadOnly(true);
    m_plan->setPlaceholderText(tr("The experiment prompt the planner writes"));
    m_cost->setObjectName(u"CostLabel"_s);
    m_cost->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Research idea:"), m_idea);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_previewButton);
    modelRow->addWidget(m_cancelButton);
    form->addRow(tr("Planner model:"), modelRow);
    form->addRow(QString(), m_all);

    auto *fitBox = new QWidget(this);
    auto *fitLayout = new QVBoxLayout(fitBox);
    fitLayout->setContentsMargins(0, 0, 0, 0);
    fitLayout->addWidget(m_size);
    fitLayout->addWidget(m_table);
    auto *pickedBox = new QWidget(this);
    auto *pickedLayout = new QVBoxLayout(pickedBox);
    pickedLayout->setContentsMargins(0, 0, 0, 0);
    pickedLayout->addWidget(m_pickedTitle);
    pickedLayout->addWidget(m_picked, 2);
    pickedLayout->addWidget(m_plan, 1);
    pickedLayout->addWidget(m_cost);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(fitBox);
    split->addWidget(pickedBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    QStringList configured;
    for (const QString &provider : llm::ProviderCatalog::instance().ids())
        for (const QString &model : Preferences::models(provider))
            configured << provider + u'/' + model;
    setModels(configured);

    connect(m_previewButton, &QPushButton::clicked, this, &AgentPreviewPanel::preview);
    connect(m_cancelButton, &QPushButton::clicked, this, &AgentPreviewPanel::cancel);
    m_pickedTitle->setText(tr("Choose a model to see the codeblocks its planner picks."));
}

AgentPreviewPanel::~AgentPreviewPanel()
{
    if (m_cancel)
        *m_cancel = true;   // a call in flight stops; its answer is dropped with this panel
}

void AgentPreviewPanel::setModels(const QStringList &choices)
{
    m_model->clear();
    m_model->addItem(tr("Size only (no model call)"), QString());
    for (const QString &choice : choices)
        m_model->addItem(choice, choice);
}

void AgentPreviewPanel::setIdea(const QString &idea)
{
    m_idea->setPlainText(idea);
}

void AgentPreviewPanel::setModel(const QString &choice)
{
    const int at = m_model->findData(choice);
    m_model->setCurrentIndex(std::max(0, at));
}

void AgentPreviewPanel::setRanker(exchange::AgentPreview::Ranker ranker)
{
    m_ranker = std::move(ranker);
}

void AgentPreviewPanel::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_previewButton->setEnabled(!busy);
    m_cancelButton->setVisible(busy);
    m_progress->setVisible(busy);
    m_status->setText(status);
}

void AgentPreviewPanel::preview()
{
    if (m_busy)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_banner->setVisible(false);
    m_picked->clear();
    m_plan->clear();
    m_cost->clear();
    setBusy(true, tr("Building the codeblock index the export would write…"));
    exchange::LibrarySelection selection;
    selection.acceptedOnly = !m_all->isChecked();
    const QString choice = m_model->currentData().toString();
    m_session->load(
        this, m_latest,
        [selection](const std::shared_ptr<store::Workspace> &workspace) {
            const QString overridePath = llm::PriceCatalog::defaultOverridePath();
            IndexAndFit out;
            out.index = AgentPreview::buildIndex(workspace, selection);
            out.table = AgentPreview::fitTable(out.index, llm::PriceCatalog::load(overridePath), llm::ModelProfiles::load(overridePath));
            return out;
        },
        [this, choice](const IndexAndFit &result) {
            showIndex(result.index, result.table);
            if (choice.isEmpty()) {
                setBusy(false, tr("Index measured; choose a planner model to see what it picks."));
                Q_EMIT finished();
                return;
            }
            ask(result.index, choice.section(u'/', 0, 0), choice.section(u'/', 1));
        },
        [this](const QString &message) { fail(message); });
}

void AgentPreviewPanel::ask(const exchange::AgentPreview::Index &index, const QString &provider, const QString &model)
{
    setBusy(true, tr("Asking %1/%2 to plan the experiment over the whole index…").arg(provider, model));
    const AgentPreview::Request request{provider, model, Preferences::baseUrl(provider), m_idea->toPlainText(), true};
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    const AgentPreview::Ranker ranker = m_ranker;
    m_session->load(
        this, m_latest,
        [index, request, cancelled, ranker, acceptedOnly = !m_all->isChecked()](const std::shared_ptr<store::Workspace> &workspace) {
            // By default the library's BM25 index hands out what does not fit.
            const AgentPreview::Ranker rank = ranker ? ranker : library::CodeblockRanking::over(workspace, index, acceptedOnly);
            return AgentPreview::ask(workspace, index, request, rank, cancelled.get());
        },
        [this](const AgentPreview::Outcome &outcome) { showOutcome(outcome); },
        [this](const QString &message) { fail(message); });
}

void AgentPreviewPanel::cancel()
{
    if (!m_busy)
        return;
    if (m_cancel)
        *m_cancel = true;
    m_latest.invalidate();   // whatever still answers is dropped
    setBusy(false, tr("Cancelled."));
    Q_EMIT finished();
}

void AgentPreviewPanel::showIndex(const exchange::AgentPreview::Index &index, const QList<exchange::AgentPreview::ModelFit> &table)
{
    m_size->setText(tr("Codeblock index: %n entries, %1 bytes, about %2 tokens — pasted whole into CodeScientist's ideation, "
                       "planning and debugging prompts.",
                       nullptr, int(index.names.size()))
                        .arg(index.bytes)
                        .arg(index.tokens));
    m_table->setRowCount(int(table.size()));
    QStringList tooLarge, tight;
    for (int row = 0; row < table.size(); ++row) {
        const auto &f = table[row];
        const QString fit = f.fit == AgentPreview::Fit::Fits  ? tr("fits")
                            : f.fit == AgentPreview::Fit::Tight ? tr("tight: less than the margin left")
                                                                : tr("too large");
        const QStringList cells{f.model, f.provider, QLocale().toString(f.contextWindow), QLocale().toString(f.share * 100, 'f', 1) + u" %"_s,
                                QLocale().toString(f.margin), fit};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (f.fit != AgentPreview::Fit::Fits)
                item->setForeground(f.fit == AgentPreview::Fit::TooLarge ? kTooLarge : kTight);
            if (column >= 2 && column <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        if (f.fit == AgentPreview::Fit::TooLarge)
            tooLarge << f.model;
        else if (f.fit == AgentPreview::Fit::Tight)
            tight << f.model;
    }
    QStringList warnings;
    if (!tooLarge.isEmpty())
        warnings << tr("The index does not fit %1.").arg(tooLarge.join(u", "_s));
    if (!tight.isEmpty())
        warnings << tr("For %1 it leaves less than the margin the rest of CodeScientist's planner prompt needs.").arg(tight.join(u", "_s));
    m_banner->setText(warnings.join(u' '));
    m_banner->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 3px; }"_s.arg(
        (tooLarge.isEmpty() ? kTight : kTooLarge).name()));
    m_banner->setVisible(!warnings.isEmpty());
}

void AgentPreviewPanel::showOutcome(const exchange::AgentPreview::Outcome &o)
{
    m_picked->clear();
    if (!o.refusal.isEmpty()) {
        m_banner->setText(o.refusal);
        m_banner->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 3px; }"_s.arg(kTooLarge.name()));
        m_banner->setVisible(true);
        m_pickedTitle->setText(tr("Not sent. A retrieval step (term overlap, best %n) would hand the planner these instead, "
                                  "about %1 tokens:",
                                  nullptr, exchange::PlannerSettings::builtIn().fallbackTopK)
                                   .arg(o.fallbackTokens));
        for (const QString &name : o.fallback)
            m_picked->addItem(name);
        m_cost->setText(tr("No call, no cost."));
        setBusy(false, tr("The index does not fit %1.").arg(o.fit.model));
    } else if (!o.callError.isEmpty()) {
        m_pickedTitle->setText(tr("The call failed."));
        m_cost->clear();
        setBusy(false, o.callError);
    } else {
        const QString cost = o.costUsd ? u"$%1"_s.arg(*o.costUsd, 0, 'f', 4) : tr("unknown (no price for this model)");
        m_cost->setText(tr("Cost %1%2 · %3 tokens in, %4 out · call %5 in the call log (stage agent_preview)")
                            .arg(cost, o.fromCache ? tr(" (answered from the cache)") : QString())
                            .arg(o.inputTokens)
                            .arg(o.outputTokens)
                            .arg(o.callId));
        if (o.answer) {
            m_pickedTitle->setText(tr("%n codeblocks picked by the planner; names in red are not in the index "
                                      "(CodeScientist drops them silently):",
                                      nullptr, int(o.answer->codeblocks.size())));
            for (const QString &name : o.answer->known)
                m_picked->addItem(name);
            for (qsizetype i = 0; i < o.answer->unknown.size(); ++i) {
                const QString near = o.answer->nearMisses.value(i);
                auto *item = new QListWidgetItem(near.isEmpty() ? tr("%1 (unknown)").arg(o.answer->unknown[i])
                                                                : tr("%1 (unknown; did it mean \"%2\"?)").arg(o.answer->unknown[i], near));
                item->setForeground(kTooLarge);
                item->setData(Qt::UserRole, o.answer->unknown[i]);
                item->setToolTip(tr("Not a codeblock of this index: CodeScientist compares names exactly. (CodeScientist's own "
                                    "codeblocks, such as Logger/Debugging, are not part of the export's index.)"));
                m_picked->addItem(item);
            }
            m_plan->setPlainText(o.answer->prompt);
            setBusy(false, tr("Planned by %1.").arg(o.fit.model));
        } else {
            m_pickedTitle->setText(tr("The answer is unusable: %1 It is kept in the call log.").arg(o.answerError));
            m_plan->setPlainText(o.answerText);
            setBusy(false, tr("The model's answer could not be read."));
        }
    }
    Q_EMIT finished();
}

void AgentPreviewPanel::fail(const QString &message)
{
    setBusy(false, tr("The preview failed: %1").arg(message));
    Q_EMIT finished();
}

} // namespace wb::ui
