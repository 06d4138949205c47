// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/campaignmonitor.h"

#include "campaign/campaigncontroller.h"
#include "models/campaignprogressmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

CampaignMonitor::CampaignMonitor(CampaignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new CampaignProgressModel(this))
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(tr("No campaign is running. Use File → Run Campaign."), this))
    , m_pauseExample(new QPushButton(tr("Pause E&xample"), this))
    , m_cancelExample(new QPushButton(tr("Cancel Exa&mple"), this))
    , m_pause(new QPushButton(tr("&Pause All"), this))
    , m_cancel(new QPushButton(tr("&Cancel All"), this))
{
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pause->setEnabled(false);
    m_cancel->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_pauseExample);
    bar->addWidget(m_cancelExample);
    bar->addWidget(m_pause);
    bar->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(controller, &CampaignController::started, this, &CampaignMonitor::onStarted);
    connect(controller, &CampaignController::exampleProgress, this, [this](const pipeline::ExampleProgress &p) {
        m_model->update(p);
        refresh();
    });
    connect(controller, &CampaignController::finished, this, [this](qint64 campaignId, const pipeline::CampaignSummary &s) {
        const QString name = m_running.take(campaignId);
        if (!m_running.isEmpty()) {
            refresh();   // the others go on
            return;
        }
        m_pause->setEnabled(false);
        m_cancel->setEnabled(false);
        setStatus(tr("%1 finished: %2 succeeded, %3 failed, %4 errors, %5 cancelled, %6%7")
                      .arg(name.isEmpty() ? m_name : name)
                      .arg(s.success)
                      .arg(s.failed)
                      .arg(s.error)
                      .arg(s.cancelled)
                      .arg(s.cost.toString(4))
                      .arg(s.budgetReached ? tr(" (budget reached)") : QString()));
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_paused = !m_paused;
        if (m_paused)
            m_controller->pause();
        else
            m_controller->resume();
        m_pause->setText(m_paused ? tr("&Resume All") : tr("&Pause All"));
    });
    connect(m_cancel, &QPushButton::clicked, m_controller, [this] { m_controller->cancel(); });

    // Per example: the selected row (also from its context menu).
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pauseExample->setEnabled(false);
    m_cancelExample->setEnabled(false);
    auto selected = [this] { return m_table->currentIndex(); };
    auto updateButtons = [this, selected] {
        const QModelIndex index = selected();
        const auto status = store::exampleStatusFromString(index.data(CampaignProgressModel::StatusRole).toString());
        const bool live = index.isValid() && m_controller->isRunning() && status && store::isLive(*status);
        m_pauseExample->setEnabled(live);
        m_cancelExample->setEnabled(live);
        m_pauseExample->setText(status == store::ExampleStatus::Paused ? tr("Resume E&xample") : tr("Pause E&xample"));
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, updateButtons);
    connect(m_pauseExample, &QPushButton::clicked, this, [this, selected] {
        const QModelIndex index = selected();
        const qint64 id = index.data(CampaignProgressModel::ExampleIdRole).toLongLong();
        if (index.data(CampaignProgressModel::StatusRole).toString() == store::exampleStatusToString(store::ExampleStatus::Paused))
            m_controller->resumeExample(id);
        else
            m_controller->pauseExample(id);
    });
    connect(m_cancelExample, &QPushButton::clicked, this, [this, selected] {
        m_controller->cancelExample(selected().data(CampaignProgressModel::ExampleIdRole).toLongLong());
    });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *pauseAction = new QAction(tr("Pause or Resume Example"), m_table);
    auto *cancelAction = new QAction(tr("Cancel Example"), m_table);
    connect(pauseAction, &QAction::triggered, m_pauseExample, &QPushButton::click);
    connect(cancelAction, &QAction::triggered, m_cancelExample, &QPushButton::click);
    m_table->addActions({pauseAction, cancelAction});
}

void CampaignMonitor::begin(const QString &name, int examples)
{
    m_name = name;
    m_begun = true;
    m_model->clear();
    m_progress->setRange(0, examples);
    m_progress->setValue(0);
    m_pause->setEnabled(true);
    m_pause->setText(tr("&Pause All"));
    m_paused = false;
    m_cancel->setEnabled(true);
    setStatus(tr("%1: starting %2 examples").arg(name).arg(examples));
}

void CampaignMonitor::onStarted(qint64 campaignId, const pipeline::CampaignOverview &overview)
{
    const bool first = m_running.isEmpty();
    m_running.insert(campaignId, overview.name);
    if (std::exchange(m_begun, false))
        return;   // begin() has set the view up for it
    if (first) {
        m_model->clear();
        m_progress->setRange(0, 0);
        m_pause->setEnabled(true);
        m_pause->setText(tr("&Pause All"));
        m_paused = false;
        m_cancel->setEnabled(true);
    }
    m_progress->setRange(0, m_progress->maximum() + overview.examples);
    QStringList names = m_running.values();
    names.sort();
    m_name = names.join(u", "_s);
    refresh();
}

void CampaignMonitor::refresh()
{
    m_progress->setValue(m_model->finishedCount());
    setStatus(tr("%1: %2 of %3 examples done, %4")
                  .arg(m_name)
                  .arg(m_model->finishedCount())
                  .arg(m_progress->maximum())
                  .arg(m_model->totalCost().toString(4)));
}

void CampaignMonitor::setStatus(const QString &text)
{
    m_summary->setText(text);
    Q_EMIT statusChanged(text, m_progress->value(), m_progress->maximum());
}

QString CampaignMonitor::statusText() const
{
    return m_summary->text();
}

} // namespace wb::ui
