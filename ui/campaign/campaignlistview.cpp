// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignlistview.h"

#include "campaign/campaigncontroller.h"
#include "models/campaignlistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

CampaignListView::CampaignListView(CampaignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new CampaignListModel(this))
    , m_table(new QTableView(this))
    , m_pause(new QPushButton(tr("Pause Ca&mpaign"), this))
    , m_cancel(new QPushButton(tr("Cancel Campai&gn"), this))
    , m_clear(new QPushButton(tr("Clear &Ended"), this))
{
    setObjectName(u"CampaignList"_s);
    m_table->setObjectName(u"CampaignListTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(CampaignListModel::NameColumn, QHeaderView::ResizeToContents);
    for (const int column : {CampaignListModel::ModelColumn, CampaignListModel::ProgressColumn, CampaignListModel::CostColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pause->setObjectName(u"PauseCampaignButton"_s);
    m_cancel->setObjectName(u"CancelCampaignButton"_s);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(controller, &CampaignController::started, m_model, &CampaignListModel::started);
    connect(controller, &CampaignController::failedToStart, m_model, &CampaignListModel::failedToStart);
    connect(controller, &CampaignController::exampleProgress, m_model, &CampaignListModel::update);
    connect(controller, &CampaignController::finished, m_model, &CampaignListModel::finished);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CampaignListView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(first, 0));
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignListView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CampaignListView::updateButtons);
    connect(m_pause, &QPushButton::clicked, this, &CampaignListView::pauseOrResumeSelected);
    connect(m_cancel, &QPushButton::clicked, this, &CampaignListView::cancelSelected);
    connect(m_clear, &QPushButton::clicked, m_model, &CampaignListModel::clearEnded);

    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *pauseAction = new QAction(tr("Pause or Resume Campaign"), m_table);
    auto *cancelAction = new QAction(tr("Cancel Campaign"), m_table);
    connect(pauseAction, &QAction::triggered, this, &CampaignListView::pauseOrResumeSelected);
    connect(cancelAction, &QAction::triggered, this, &CampaignListView::cancelSelected);
    m_table->addActions({pauseAction, cancelAction});
    updateButtons();
}

QSize CampaignListView::sizeHint() const
{
    // Room for three compared campaigns and a fourth.
    const int rows = m_table->horizontalHeader()->sizeHint().height() + 4 * m_table->verticalHeader()->defaultSectionSize()
                     + 2 * m_table->frameWidth();
    return {QWidget::sizeHint().width(), std::max(rows, layout()->minimumSize().height())};
}

qint64 CampaignListView::selectedCampaign() const
{
    return m_model->campaignAt(m_table->currentIndex().row());
}

void CampaignListView::select(qint64 campaignId)
{
    if (const int row = m_model->rowOf(campaignId); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void CampaignListView::pauseOrResumeSelected()
{
    const qint64 id = selectedCampaign();
    const auto state = m_model->stateAt(m_table->currentIndex().row());
    if (id == 0 || !CampaignListModel::isLive(state))
        return;
    if (state == CampaignListModel::State::Paused) {
        m_controller->resume(id);
        m_model->setState(id, CampaignListModel::State::Running);
    } else {
        m_controller->pause(id);
        m_model->setState(id, CampaignListModel::State::Paused);
    }
}

void CampaignListView::cancelSelected()
{
    const qint64 id = selectedCampaign();
    if (id == 0 || !CampaignListModel::isLive(m_model->stateAt(m_table->currentIndex().row())))
        return;
    m_controller->cancel(id);
    m_model->setState(id, CampaignListModel::State::Cancelling);
}

void CampaignListView::updateButtons()
{
    const auto state = m_model->stateAt(m_table->currentIndex().row());
    const bool live = m_table->currentIndex().isValid() && CampaignListModel::isLive(state)
                      && state != CampaignListModel::State::Cancelling;
    m_pause->setEnabled(live && state != CampaignListModel::State::Starting);
    m_cancel->setEnabled(live);
    m_pause->setText(state == CampaignListModel::State::Paused ? tr("Resume Ca&mpaign") : tr("Pause Ca&mpaign"));
    m_clear->setEnabled(m_model->rowCount() > 0);
}

} // namespace wb::ui
