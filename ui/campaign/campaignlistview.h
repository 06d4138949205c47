// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace wb::ui {

class CampaignController;
class CampaignListModel;

/**
 * The campaigns of the Campaign dock: one row per campaign (name, model, examples done, cost, state) with
 * pause/resume and cancel for the selected one (also from its context menu).
 */
class CampaignListView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignListView)

public:
    explicit CampaignListView(CampaignController *controller, QWidget *parent = nullptr);

    CampaignListModel *model() const { return m_model; }
    QSize sizeHint() const override;
    /** Selects campaign @p campaignId's row (the buttons act on it). */
    void select(qint64 campaignId);
    void pauseOrResumeSelected();
    void cancelSelected();

private:
    void updateButtons();
    qint64 selectedCampaign() const;

    CampaignController *m_controller;
    CampaignListModel *m_model;
    QTableView *m_table;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_clear;
};

} // namespace wb::ui
