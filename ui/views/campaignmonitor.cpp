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
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("&Cancel Campaign"), this))
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

    auto refresh = [this] {
        m_progress->setValue(m_model->finishedCount());
        m_summary->setText(tr("%1: %2 of %3 examples done, %4")
                               .arg(m_name)
                               .arg(m_model->finishedCount())
                               .arg(m_progress->maximum())
                               .arg(m_model->totalCost().toString(4)));
        Q_EMIT progressChanged(m_progress->value(), m_progress->maximum());
        Q_EMIT statusChanged(m_summary->text());
    };
    connect(controller, &CampaignController::exampleProgress, this, [this, refresh](const pipeline::ExampleProgress &p) {
        m_model->update(p);
        refresh();
    });
    connect(controller, &CampaignController::finished, this, [this](const pipeline::CampaignSummary &s) {
        m_pause->setEnabled(false);
        m_cancel->setEnabled(false);
        m_summary->setText(tr("%1 finished: %2 succeeded, %3 failed, %4 errors, %5 cancelled, %6%7")
                               .arg(m_name)
                               .arg(s.success)
                               .arg(s.failed)
                               .arg(s.error)
                               .arg(s.cancelled)
                               .arg(s.cost.toString(4))
                               .arg(s.budgetReached ? tr(" (budget reached)") : QString()));
        Q_EMIT statusChanged(m_summary->text());
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_paused = !m_paused;
        m_paused ? m_controller->pause() : m_controller->resume();
        m_pause->setText(m_paused ? tr("&Resume") : tr("&Pause"));
    });
    connect(m_cancel, &QPushButton::clicked, m_controller, &CampaignController::cancel);

    // Per example: the selected row (also from its context menu).
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pauseExample->setEnabled(false);
    m_cancelExample->setEnabled(false);
    auto selected = [this] { return m_table->currentIndex(); };
    auto updateButtons = [this, selected] {
        const QModelIndex index = selected();
        const QString status = index.data(CampaignProgressModel::StatusRole).toString();
        const bool live = index.isValid() && m_controller->isRunning()
                          && (status == u"PENDING"_s || status == u"RUNNING"_s || status == u"PAUSED"_s);
        m_pauseExample->setEnabled(live);
        m_cancelExample->setEnabled(live);
        m_pauseExample->setText(status == u"PAUSED"_s ? tr("Resume E&xample") : tr("Pause E&xample"));
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, updateButtons);
    connect(m_pauseExample, &QPushButton::clicked, this, [this, selected] {
        const QModelIndex index = selected();
        const qint64 id = index.data(CampaignProgressModel::ExampleIdRole).toLongLong();
        if (index.data(CampaignProgressModel::StatusRole).toString() == u"PAUSED"_s)
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
    m_model->clear();
    m_progress->setRange(0, examples);
    m_progress->setValue(0);
    m_pause->setEnabled(true);
    m_pause->setText(tr("&Pause"));
    m_paused = false;
    m_cancel->setEnabled(true);
    m_summary->setText(tr("%1: starting %2 examples").arg(name).arg(examples));
    Q_EMIT progressChanged(0, examples);
    Q_EMIT statusChanged(m_summary->text());
}

} // namespace wb::ui
