// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/campaignrunner.h"
#include "pipeline/campaignset.h"

#include <QHash>

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace wb::ui {

class CampaignController;
class CampaignProgressModel;

/**
 * The running campaigns' examples: one live row per example, overall progress and cost, pause/resume/cancel
 * (of every running campaign; one campaign is paused or cancelled in the CampaignListView). A campaign
 * that starts while none runs starts the view afresh.
 */
class CampaignMonitor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignMonitor)

public:
    CampaignMonitor(CampaignController *controller, QWidget *parent = nullptr);

    /** Resets the view for a campaign of @p examples examples called @p name (its started() is then not counted again). */
    void begin(const QString &name, int examples);
    /** What the summary line says now. */
    QString statusText() const;
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *pauseExampleButton() const { return m_pauseExample; }
    QPushButton *cancelExampleButton() const { return m_cancelExample; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    /** The summary line changed: @p done of @p total examples have ended. */
    void statusChanged(const QString &text, int done, int total);

private:
    void onStarted(qint64 campaignId, const pipeline::CampaignOverview &overview);
    void refresh();
    void setStatus(const QString &text);

    CampaignController *m_controller;
    CampaignProgressModel *m_model;
    QTableView *m_table;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_pauseExample;
    QPushButton *m_cancelExample;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QString m_name;
    QHash<qint64, QString> m_running;   // campaign id -> name
    bool m_begun = false;               // begin() was called for the next campaign that starts
    bool m_paused = false;
};

} // namespace wb::ui
