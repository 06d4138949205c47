// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaigncontroller.h"
#include "llm/llmclient.h"
#include "pipeline/campaignconfig.h"
#include "store/filerecord.h"
#include "store/repositoryrecord.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QThreadPool>

#include <memory>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolButton;
class QTreeView;

namespace wb::store {
class Workspace;
class WorkspaceWatcher;
}
namespace wb::repo {
class IngestJob;
struct TransferProgress;
} // namespace wb::repo

namespace wb::ui {

class CampaignMonitor;
class ExampleTableModel;
class CurationView;
class ExampleView;
class FileTableModel;
class FileTreeModel;
class RepositoryFilterBar;
class RepositoryFilterProxy;
class RepositoryTableModel;
class SourcePreview;
class TreemapWidget;
class WorkspaceSession;

/**
 * The workbench window: the workspace's repositories, the selected repository's inventory, and a
 * highlighted preview of the selected file. All store and git access runs on a thread pool; results
 * come back as value records and stale ones are dropped.
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

    QTableView *repositoryView() const { return m_repositoryView; }
    QTableView *exampleTable() const { return m_exampleTable; }
    ExampleView *exampleView() const { return m_exampleView; }
    CurationView *curationView() const { return m_curation; }
    /** Reports other workbenches' changes to this window (see onWorkspaceChanged). */
    store::WorkspaceWatcher *workspaceWatcher() const { return m_watcher; }
    const std::shared_ptr<store::Workspace> &workspace() const { return m_workspace; }
    QTableView *fileView() const { return m_fileView; }
    SourcePreview *preview() const { return m_preview; }
    TreemapWidget *heatmap() const { return m_heatmap; }
    /** The selected repository's files as a directory tree coloured by relevance (tab File Tree). */
    QTreeView *fileTree() const { return m_fileTree; }

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
    void setupActions();
    /** File → Resume Campaign, or with Errors::Retry File → Retry Examples That Ended in Error. */
    void chooseCampaignToResume(CampaignController::Errors errors = CampaignController::Errors::Keep);
    /** Names, in the campaign dock, a campaign that waits for a provider batch, and how to collect it. */
    void noteOpenBatches();
    void setupLayout();
    void restoreState();
    void onRepositorySelected();
    void onFileSelected();
    void reloadExamples();
    /** Turns the workspace's blind review on or off (BlindReview) and refreshes what it hides. */
    void setBlindReview(bool on);
    /** Shows @p exampleId in the Examples tab (selecting its row); false when it is not listed. */
    bool selectExample(qint64 exampleId);
    void onIngestProgress(const repo::TransferProgress &progress);
    void onIngestFinished(int added, int failed, bool cancelled);
    void reloadOutcomes();
    /** Selects @p path in the file table, which previews it. */
    void selectFile(const QString &path);
    /** Another workbench (or this one's pipeline) changed @p tables (empty: unknown which): refresh what shows them. */
    void onWorkspaceChanged(const QStringList &tables);

    std::shared_ptr<store::Workspace> m_workspace;
    WorkspaceSession *m_session;
    store::WorkspaceWatcher *m_watcher = nullptr;
    QThreadPool m_pool;
    RepositoryTableModel *m_repositoryModel;
    RepositoryFilterProxy *m_repositoryProxy;
    FileTableModel *m_fileModel;
    QSortFilterProxyModel *m_fileProxy;
    QTableView *m_repositoryView;
    QTableView *m_fileView;
    RepositoryFilterBar *m_filterBar;
    SourcePreview *m_preview;
    TreemapWidget *m_heatmap;
    FileTreeModel *m_fileTreeModel;
    QSortFilterProxyModel *m_fileTreeProxy;
    QTreeView *m_fileTree;
    CampaignController *m_campaigns;
    CampaignMonitor *m_monitor;
    ExampleTableModel *m_exampleModel;
    QTableView *m_exampleTable;
    ExampleView *m_exampleView;
    CurationView *m_curation;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QLabel *m_statusLabel;
    QLabel *m_campaignStatus;
    QProgressBar *m_campaignProgress;
    class QDockWidget *m_campaignDock = nullptr;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    repo::IngestJob *m_ingestJob = nullptr;
    quint64 m_fileGeneration = 0;
    quint64 m_previewGeneration = 0;
    QStringList m_ingestErrors;
    qint64 m_expertRoundExample = 0;   // the example whose expert round runs now
};

} // namespace wb::ui
