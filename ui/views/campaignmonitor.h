// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/campaignrunner.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace wb::ui {

class CampaignController;
class CampaignProgressModel;

/** The running campaign: one live row per example, overall progress and cost, pause/resume/cancel. */
class CampaignMonitor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignMonitor)

public:
    CampaignMonitor(CampaignController *controller, QWidget *parent = nullptr);

    /** Resets the view for a campaign of @p examples examples called @p name. */
    void begin(const QString &name, int examples);
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *pauseExampleButton() const { return m_pauseExample; }
    QPushButton *cancelExampleButton() const { return m_cancelExample; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    /** The summary line changed (on every progress event: throttle before relayouting). */
    void statusChanged(const QString &status);
    /** @p done of @p total examples have finished. */
    void progressChanged(int done, int total);

private:
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
    bool m_paused = false;
};

} // namespace wb::ui
