// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaigncontroller.h"

#include <QObject>

class QAction;
class QMenu;

namespace wb::ui {

class ExamplesPage;
class MainWindow;
class RepositoriesPage;
class WorkspaceSession;

/**
 * The window's menus, tool bar and shortcuts: what each action does (its dialog, then a call on the
 * window or a page) and its state (Blind Review follows the session's setting, Open Recent the list).
 */
class MainWindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowActions)

public:
    /** Adds the menus and the tool bar to @p window. */
    MainWindowActions(MainWindow *window, WorkspaceSession *session, RepositoriesPage *repositories, ExamplesPage *examples);

    /** Adds a dock's show/hide action (with its shortcut) to the View menu. */
    void addDockToggle(QAction *toggle);
    QAction *blindReviewAction() const { return m_blindReview; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    /** Campaigns were started from an action (Compare Models): the window shows its Campaign dock. */
    void campaignDockRequested();

private:
    void setupFileMenu();
    void setupViewMenu();
    void setupReviewMenu();
    void setupHelpMenu();
    void fillRecentMenu(QMenu *menu);
    void runCampaign();
    /** File → Resume Campaign, or with Errors::Retry File → Retry Examples That Ended in Error. */
    void chooseCampaignToResume(CampaignController::Errors errors);
    void showSettings();
    /** File → Export Review Bundle / Merge Reviews (exchange::ReviewBundle on the session's pool). */
    void exportReviewBundle();
    void mergeReviews();

    MainWindow *m_window;
    WorkspaceSession *m_session;
    RepositoriesPage *m_repositories;
    ExamplesPage *m_examples;
    QMenu *m_viewMenu = nullptr;
    QAction *m_add = nullptr;
    QAction *m_run = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_blindReview = nullptr;
};

} // namespace wb::ui
