// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/latestonly.h"

#include <QWidget>

#include <memory>

class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeView;

namespace wb::repo {
class IngestJob;
struct TransferProgress;
} // namespace wb::repo
namespace wb::store {
struct RepositoryFiles;
}

namespace wb::ui {

class FileTableModel;
class FileTreeModel;
class RepositoryFilterBar;
class RepositoryFilterProxy;
class RepositoryTableModel;
class SourcePreview;
class TreemapWidget;
class WorkspaceSession;

/**
 * The Repositories tab: the filter bar over the repository table | the selected repository's files
 * (table, relevance heatmap, directory tree) above a highlighted preview of the selected file.
 *
 * Every read goes through the session: the repository list, the selected repository's files and the
 * preview's content. Selecting another repository or file makes the answers of earlier selections
 * stale (LatestOnly), so quick selection changes show only the last one. Adding repositories runs
 * on the session's pool too; its progress is reported, not shown here.
 */
class RepositoriesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoriesPage)

public:
    explicit RepositoriesPage(WorkspaceSession *session, QWidget *parent = nullptr);
    /** Cancels adding repositories; the job ends on the pool. */
    ~RepositoriesPage() override;

    QTableView *repositoryView() const { return m_repositoryView; }
    QTableView *fileView() const { return m_fileView; }
    SourcePreview *preview() const { return m_preview; }
    TreemapWidget *heatmap() const { return m_heatmap; }
    QTreeView *fileTree() const { return m_fileTree; }

    int repositoryCount() const;
    /** Rows the filters let through. */
    int filteredCount() const;
    QList<qint64> filteredRepositoryIds() const;
    bool isAddingRepositories() const { return m_ingestJob != nullptr; }

    /** The splitters' sizes under "session/…" (as the window saved them before it had pages). */
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

public Q_SLOTS:
    /** Reloads the repositories and their outcomes; repositoriesLoaded follows. */
    void reload();
    /** Reloads only the outcome columns (a campaign changed them). */
    void reloadOutcomes();
    /** Hides the model and verdict columns while the workspace reviews blind. */
    void setBlind(bool blind);
    /** Adds @p sources in the background; ingestFinished follows. Call only when not adding already. */
    void addRepositories(const QStringList &sources);
    void cancelAddingRepositories();
    void focusFilter();
    /** Selects @p path in the file table, which previews it. */
    void selectFile(const QString &path);

Q_SIGNALS:
    void repositoriesLoaded(int count);
    void filesLoaded(qint64 repositoryId, int count);
    void previewLoaded(const QString &path);
    /** For the status bar: what was loaded, or why a load failed. */
    void statusMessage(const QString &text);
    /** A transient note for the status bar (a repository was added). */
    void transientMessage(const QString &text);
    /** Adding repositories progresses: @p maximum 0 means busy without a measure. */
    void ingestProgress(const QString &text, int value, int maximum);
    /** Adding ended; @p errors: "source: message" per source that failed. */
    void ingestFinished(int added, int failed, bool cancelled, const QStringList &errors);

private:
    void setupLayout();
    void onRepositorySelected();
    void showFiles(const store::RepositoryFiles &loaded);
    void onFileSelected();
    void onIngestProgress(const repo::TransferProgress &progress);

    WorkspaceSession *m_session;
    RepositoryTableModel *m_repositoryModel;
    RepositoryFilterProxy *m_repositoryProxy;
    FileTableModel *m_fileModel;
    QSortFilterProxyModel *m_fileProxy;
    FileTreeModel *m_fileTreeModel;
    QSortFilterProxyModel *m_fileTreeProxy;
    QTableView *m_repositoryView;
    QTableView *m_fileView;
    RepositoryFilterBar *m_filterBar;
    SourcePreview *m_preview;
    TreemapWidget *m_heatmap;
    QTreeView *m_fileTree;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    LatestOnly m_repositoryLoads;
    LatestOnly m_fileLoads;
    LatestOnly m_previewLoads;
    std::shared_ptr<repo::IngestJob> m_ingestJob;   // shared with its task on the pool
    QStringList m_ingestErrors;
};

} // namespace wb::ui
