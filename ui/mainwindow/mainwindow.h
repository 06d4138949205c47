// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaigncontroller.h"
#include "llm/llmclient.h"
#include "pipeline/campaignconfig.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;

namespace wb::store {
class Workspace;
class WorkspaceWatcher;
}

namespace wb::ui {

class AdjudicationView;
class CampaignMonitor;
class ComparisonView;
class CurationView;
class ExamplesPage;
class ExampleView;
class LibraryView;
class MainWindowActions;
class RepositoriesPage;
class SourcePreview;
class TreemapWidget;
class WorkspaceSession;

/**
 * The workbench window for one workspace: the pages (Repositories, Examples) and the review views as
 * tabs, the Campaign dock, the status bar, and the wiring between them. It creates the window's
 * WorkspaceSession, through which every page and view reads and writes the workspace; nothing here
 * touches the database on the GUI thread. Menus and shortcuts are MainWindowActions.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::shared_ptr<store::Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Adds @p sources in the background (same as the Add Repositories dialog). */
    void addRepositories(const QStringList &sources);
    /** Reloads the repository list; emits repositoriesLoaded when done. */
    void reload();
    /**
     * Creates a campaign called @p name over @p repositoryIds (empty: every repository) and runs it on the pipeline thread,
     * showing it in the Campaign tab (what File → Run Campaign does after its dialog).
     */
    void runCampaign(const QString &name, const pipeline::CampaignConfig &config, const llm::LlmClientOptions &options = {},
                     const QList<qint64> &repositoryIds = {});
    /** Adds the demo's sample repository and runs (or resumes) the demo campaign; shows it when done. */
    void runDemo();
    /**
     * Continues campaign @p campaignId where it stopped (what File → Resume Campaign does after its choice);
     * a provider batch the campaign waits for is collected, not submitted again.
     */
    void resumeCampaign(qint64 campaignId, const llm::LlmClientOptions &options = {},
                        CampaignController::Errors errors = CampaignController::Errors::Keep);
    CampaignController *campaignController() const { return m_campaigns; }
    CampaignMonitor *campaignMonitor() const { return m_monitor; }
    WorkspaceSession *session() const { return m_session; }
    RepositoriesPage *repositoriesPage() const { return m_repositories; }
    ExamplesPage *examplesPage() const { return m_examples; }

    QTableView *repositoryView() const;
    QTableView *exampleTable() const;
    ExampleView *exampleView() const;
    CurationView *curationView() const { return m_curation; }
    /** The Library tab: the examples searched as an agent would, and the library's coverage. */
    LibraryView *libraryView() const { return m_library; }
    /** Ctrl+F: the Library's query when the Library tab is shown, else the repository filter. */
    void focusFind();
    /** Reports other workbenches' changes to this window (see onWorkspaceChanged). */
    store::WorkspaceWatcher *workspaceWatcher() const { return m_watcher; }
    const std::shared_ptr<store::Workspace> &workspace() const;
    QTableView *fileView() const;
    SourcePreview *preview() const;
    TreemapWidget *heatmap() const;
    /** The selected repository's files as a directory tree coloured by relevance (tab File Tree). */
    QTreeView *fileTree() const;

Q_SIGNALS:
    void newWorkspaceRequested();
    /** @p path empty: ask the user which one. */
    void openWorkspaceRequested(const QString &path);
    void demoRequested();
    /** File → Connect to Team Workspace… */
    void connectWorkspaceRequested();
    void repositoriesLoaded(int count);
    void examplesLoaded(int count);
    void filesLoaded(qint64 repositoryId, int count);
    void previewLoaded(const QString &path);
    void ingestFinished(int added, int failed);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupTabs();
    void setupCampaignDock();
    void setupStatusBar();
    void restoreState();
    /** Shows @p exampleId in the Examples tab; false when it is not listed. */
    bool selectExample(qint64 exampleId);
    /** Shows the campaign monitor for @p name over @p examples examples and starts @p campaignId. */
    void startCampaign(qint64 campaignId, const QString &name, int examples, const llm::LlmClientOptions &options,
                       CampaignController::Errors errors = CampaignController::Errors::Keep);
    /** Names, in the campaign dock, a campaign that waits for a provider batch, and how to collect it. */
    void noteOpenBatches();
    void onIngestProgress(const QString &text, int value, int maximum);
    void onIngestFinished(int added, int failed, bool cancelled, const QStringList &errors);
    /** Another workbench (or this one's pipeline) changed @p tables (empty: unknown which): refresh what shows them. */
    void onWorkspaceChanged(const QStringList &tables);

    WorkspaceSession *m_session;
    store::WorkspaceWatcher *m_watcher = nullptr;
    RepositoriesPage *m_repositories;   // first: its table starts the focus chain
    CampaignController *m_campaigns;
    CampaignMonitor *m_monitor;
    ExamplesPage *m_examples;
    CurationView *m_curation = nullptr;
    AdjudicationView *m_adjudication = nullptr;
    ComparisonView *m_comparison = nullptr;
    LibraryView *m_library = nullptr;
    MainWindowActions *m_actions = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_campaignDock = nullptr;
    QLabel *m_statusLabel;
    QLabel *m_campaignStatus;
    QProgressBar *m_campaignProgress;
    QTimer *m_campaignStatusThrottle;
    QString m_campaignStatusText;   // the monitor's newest summary, shown at most twice a second
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    qint64 m_expertRoundExample = 0;   // the example whose expert round runs now
};

} // namespace wb::ui
