// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarycoveragepanel.h"

#include "session/workspacesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
constexpr int kExampleIdRole = Qt::UserRole + 1;
}

LibraryCoveragePanel::LibraryCoveragePanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_compute(new QPushButton(tr("&Compute Coverage"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_poll(new QTimer(this))
{
    m_tree->setObjectName(u"LibraryCoverageTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("What"), tr("Why")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 560);
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_summary->setWordWrap(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    m_poll->setInterval(100);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_compute);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    connect(m_compute, &QPushButton::clicked, this, &LibraryCoveragePanel::recompute);
    connect(m_cancel, &QPushButton::clicked, this, &LibraryCoveragePanel::cancel);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        m_progress->setMaximum(std::max(1, m_running->total.load()));
        m_progress->setValue(m_running->done.load());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, kExampleIdRole).toLongLong();
        if (id > 0)
            Q_EMIT openExampleRequested(id);
    });
    m_summary->setText(tr("Which repositories have no accepted example, which accepted examples an agent would not find by "
                          "their own description, and which look like duplicates."));
}

LibraryCoveragePanel::~LibraryCoveragePanel()
{
    if (m_running)
        m_running->cancelled = true;
}

void LibraryCoveragePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_computedOnce && !m_running)
        recompute();
}

void LibraryCoveragePanel::recompute()
{
    cancel();
    m_computedOnce = true;
    auto progress = std::make_shared<Progress>();
    m_running = progress;
    m_compute->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_poll->start();
    m_session->load(
        this, m_loads,
        [progress](const std::shared_ptr<store::Workspace> &workspace) {
            return library::LibraryCoverage::compute(
                workspace, [progress] { return progress->cancelled.load(); },
                [progress](int done, int total) {
                    progress->total = total;
                    progress->done = done;
                });
        },
        [this](const library::LibraryCoverage &coverage) {
            show(coverage);
            finish({});
            Q_EMIT computed();
        },
        [this](const QString &message) { finish(message); });
}

void LibraryCoveragePanel::cancel()
{
    if (!m_running)
        return;
    m_running->cancelled = true;
    m_loads.invalidate();   // its answer, if any, is dropped
    finish(tr("Cancelled."));
}

void LibraryCoveragePanel::finish(const QString &message)
{
    m_running.reset();
    m_poll->stop();
    m_progress->setVisible(false);
    m_compute->setEnabled(true);
    m_cancel->setEnabled(false);
    if (!message.isEmpty())
        m_summary->setText(message);
}

void LibraryCoveragePanel::show(const library::LibraryCoverage &coverage)
{
    m_coverage = coverage;
    m_tree->clear();
    m_summary->setText(tr("%1 accepted examples over %2 repositories.").arg(coverage.acceptedExamples).arg(coverage.repositories));
    auto group = [this](const QString &title, qsizetype count) {
        auto *item = new QTreeWidgetItem(m_tree, {u"%1 (%2)"_s.arg(title).arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(true);
        item->setFirstColumnSpanned(true);
        return item;
    };
    QTreeWidgetItem *uncovered = group(tr("Repositories without an accepted example"), coverage.uncovered.size());
    uncovered->setData(0, Qt::UserRole, u"uncovered"_s);
    for (const auto &r : coverage.uncovered)
        new QTreeWidgetItem(uncovered, {r.name, r.reason});
    QTreeWidgetItem *vague = group(tr("Not found first by their own description (vague summary?)"), coverage.vague.size());
    vague->setData(0, Qt::UserRole, u"vague"_s);
    for (const auto &v : coverage.vague) {
        auto *item = new QTreeWidgetItem(vague, {u"#%1 %2 (%3)"_s.arg(v.exampleId).arg(v.title, v.campaign),
                                                 v.rank == 0 ? tr("not in its first %1").arg(library::LibraryCoverage::kVagueDepth)
                                                             : tr("rank %1; first: #%2 %3").arg(v.rank).arg(v.firstExampleId).arg(v.firstTitle)});
        item->setData(0, kExampleIdRole, v.exampleId);
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, item->text(1));
    }
    QTreeWidgetItem *duplicates = group(tr("Duplicate-looking examples"), coverage.duplicates.size());
    duplicates->setData(0, Qt::UserRole, u"duplicates"_s);
    for (const auto &d : coverage.duplicates) {
        auto *item = new QTreeWidgetItem(duplicates, {u"#%1 (%2) ↔ #%3 (%4): %5"_s.arg(d.exampleA).arg(d.campaignA).arg(d.exampleB).arg(d.campaignB, d.titleA),
                                                      d.reason});
        item->setToolTip(0, u"#%1 %2 (%3)\n#%4 %5 (%6)"_s.arg(d.exampleA).arg(d.titleA, d.campaignA).arg(d.exampleB).arg(d.titleB, d.campaignB));
        item->setData(0, kExampleIdRole, d.exampleA);
    }
}

} // namespace wb::ui
