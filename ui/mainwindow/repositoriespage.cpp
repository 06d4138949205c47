// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/repositoriespage.h"

#include "editor/sourcepreview.h"
#include "mainwindow/listtable.h"
#include "models/filerelevance.h"
#include "models/filetablemodel.h"
#include "models/filetreemodel.h"
#include "models/repositoryfilterproxy.h"
#include "models/repositorytablemodel.h"
#include "repo/ingestjob.h"
#include "repo/inventorybuilder.h"
#include "session/workspacesession.h"
#include "store/repositoryfiles.h"
#include "store/repositoryoverview.h"
#include "store/workspace.h"
#include "widgets/repositoryfilterbar.h"
#include "widgets/treemapwidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}

RepositoryFilterProxy *makeRepositoryProxy(RepositoryTableModel *source, QObject *parent)
{
    auto *proxy = new RepositoryFilterProxy(parent);
    proxy->setSourceModel(source);
    return proxy;
}
} // namespace

RepositoriesPage::RepositoriesPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_repositoryModel(new RepositoryTableModel(this))
    , m_repositoryProxy(makeRepositoryProxy(m_repositoryModel, this))
    , m_fileModel(new FileTableModel(this))
    , m_fileProxy(makeProxy(m_fileModel, FileTableModel::SortRole, this))
    , m_fileTreeModel(new FileTreeModel(this))
    , m_fileTreeProxy(makeProxy(m_fileTreeModel, FileTreeModel::SortRole, this))
    , m_repositoryView(makeListTable(this))
    , m_fileView(makeListTable(this))
    , m_filterBar(new RepositoryFilterBar(m_repositoryProxy, this))
    , m_preview(new SourcePreview(this))
    , m_heatmap(new TreemapWidget(this))
    , m_fileTree(new QTreeView(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(u"RepositoriesPage"_s);
    setupLayout();
    setBlind(m_session->blindReview());
    connect(m_session, &WorkspaceSession::blindReviewChanged, this, &RepositoriesPage::setBlind);
    connect(m_repositoryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RepositoriesPage::onRepositorySelected);
    connect(m_fileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RepositoriesPage::onFileSelected);
}

RepositoriesPage::~RepositoriesPage()
{
    if (m_ingestJob)
        m_ingestJob->cancel();
}

void RepositoriesPage::setupLayout()
{
    m_repositoryView->setObjectName(u"RepositoryView"_s);
    m_repositoryView->setModel(m_repositoryProxy);
    m_repositoryView->sortByColumn(RepositoryTableModel::NameColumn, Qt::AscendingOrder);
    m_repositoryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_repositoryView->horizontalHeader()->setResizeContentsPrecision(200);   // thousands of rows: size from the first 200
    m_repositoryView->horizontalHeader()->setSectionResizeMode(RepositoryTableModel::NameColumn, QHeaderView::Interactive);
    m_repositoryView->horizontalHeader()->setStretchLastSection(true);
    m_repositoryView->setColumnWidth(RepositoryTableModel::NameColumn, 200);
    m_fileView->setObjectName(u"FileView"_s);
    m_fileView->setModel(m_fileProxy);
    m_fileView->sortByColumn(FileTableModel::PriorColumn, Qt::DescendingOrder);
    m_fileView->horizontalHeader()->setStretchLastSection(true);
    const std::pair<int, int> fileColumnWidths[] = {{FileTableModel::PriorColumn, 50}, {FileTableModel::PathColumn, 300},
                                                    {FileTableModel::CategoryColumn, 80}, {FileTableModel::LanguageColumn, 110},
                                                    {FileTableModel::LinesColumn, 60}, {FileTableModel::SizeColumn, 80}};
    for (const auto &[column, width] : fileColumnWidths)
        m_fileView->setColumnWidth(column, width);
    m_preview->setObjectName(u"SourcePreview"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_repositoryView);

    m_rightSplitter->setObjectName(u"RightSplitter"_s);
    auto *fileTabs = new QTabWidget(this);
    fileTabs->setObjectName(u"FileTabs"_s);
    fileTabs->addTab(m_fileView, tr("&Files"));
    auto *heatmapPage = new QWidget(this);
    auto *heatmapLayout = new QVBoxLayout(heatmapPage);
    heatmapLayout->setContentsMargins(0, 2, 0, 0);
    auto *areaBar = new QHBoxLayout;
    auto *areaBox = new QComboBox(heatmapPage);
    areaBox->setObjectName(u"HeatmapArea"_s);
    areaBox->addItem(tr("Area by size"));
    areaBox->addItem(tr("Area by lines"));
    connect(areaBox, &QComboBox::currentIndexChanged, m_heatmap, [this](int index) {
        m_heatmap->setArea(index == 1 ? TreemapWidget::Area::Lines : TreemapWidget::Area::Size);
    });
    areaBar->addWidget(areaBox);
    areaBar->addStretch(1);
    heatmapLayout->addLayout(areaBar);
    heatmapLayout->addWidget(m_heatmap, 1);
    fileTabs->addTab(heatmapPage, tr("&Heatmap"));
    fileTabs->addTab(m_fileTree, tr("File &Tree"));
    m_heatmap->setObjectName(u"Heatmap"_s);
    connect(m_heatmap, &TreemapWidget::cellActivated, this, &RepositoriesPage::selectFile);
    m_fileTree->setObjectName(u"FileTree"_s);
    m_fileTree->setModel(m_fileTreeProxy);
    m_fileTree->setUniformRowHeights(true);
    m_fileTree->setAlternatingRowColors(true);
    m_fileTree->setSortingEnabled(true);
    m_fileTree->sortByColumn(FileTreeModel::NameColumn, Qt::AscendingOrder);
    m_fileTree->header()->setStretchLastSection(false);
    m_fileTree->header()->setSectionResizeMode(FileTreeModel::NameColumn, QHeaderView::Stretch);
    m_fileTree->setColumnWidth(FileTreeModel::RelevanceColumn, 80);
    m_fileTree->setColumnWidth(FileTreeModel::TypeColumn, 130);
    m_fileTree->setColumnWidth(FileTreeModel::SizeColumn, 150);
    auto openInTree = [this](const QModelIndex &index) {
        if (!index.data(FileTreeModel::IsDirectoryRole).toBool())
            selectFile(index.data(FileTreeModel::PathRole).toString());
    };
    connect(m_fileTree, &QTreeView::clicked, this, openInTree);
    connect(m_fileTree, &QTreeView::activated, this, openInTree);
    m_rightSplitter->addWidget(fileTabs);
    m_rightSplitter->addWidget(m_preview);
    m_mainSplitter->setObjectName(u"MainSplitter"_s);
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mainSplitter);
}

int RepositoriesPage::repositoryCount() const
{
    return m_repositoryModel->rowCount();
}

int RepositoriesPage::filteredCount() const
{
    return m_repositoryProxy->rowCount();
}

QList<qint64> RepositoriesPage::filteredRepositoryIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_repositoryProxy->rowCount(); ++row)
        ids << m_repositoryProxy->index(row, 0).data(RepositoryTableModel::IdRole).toLongLong();
    return ids;
}

void RepositoriesPage::saveState(QSettings &settings) const
{
    settings.setValue(u"session/mainSplitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"session/rightSplitter"_s, m_rightSplitter->saveState());
}

void RepositoriesPage::restoreState(const QSettings &settings)
{
    if (!m_mainSplitter->restoreState(settings.value(u"session/mainSplitter"_s).toByteArray()))
        m_mainSplitter->setSizes({560, 720});
    if (!m_rightSplitter->restoreState(settings.value(u"session/rightSplitter"_s).toByteArray()))
        m_rightSplitter->setSizes({420, 380});
}

void RepositoriesPage::reload()
{
    m_session->load(
        this, m_repositoryLoads, [](const std::shared_ptr<store::Workspace> &ws) { return store::RepositoryOverview::read(ws); },
        [this](const store::RepositoryOverview &loaded) {
            m_repositoryModel->setRepositories(loaded.repositories);
            m_repositoryModel->setOutcomes(loaded.outcomes);
            m_filterBar->updateChoices();
            Q_EMIT statusMessage(
                tr("Repositories: %1 — workspace %2").arg(loaded.repositories.size()).arg(m_session->workspace()->path()));
            if (!m_repositoryView->currentIndex().isValid() && m_repositoryProxy->rowCount() > 0)
                m_repositoryView->setCurrentIndex(m_repositoryProxy->index(0, 0));
            Q_EMIT repositoriesLoaded(int(loaded.repositories.size()));
        },
        [this](const QString &message) { Q_EMIT statusMessage(tr("Cannot read the workspace: %1").arg(message)); });
}

void RepositoriesPage::reloadOutcomes()
{
    m_session->load(
        this, [](const std::shared_ptr<store::Workspace> &ws) { return store::RepositoryOverview::readOutcomes(ws); },
        [this](const QList<store::RepositoryOutcome> &outcomes) {
            m_repositoryModel->setOutcomes(outcomes);
            m_filterBar->updateChoices();
        },
        [this](const QString &message) { Q_EMIT statusMessage(message); });
}

void RepositoriesPage::setBlind(bool blind)
{
    m_repositoryView->setColumnHidden(RepositoryTableModel::ModelColumn, blind);
    m_repositoryView->setColumnHidden(RepositoryTableModel::VerdictColumn, blind);
}

void RepositoriesPage::focusFilter()
{
    m_filterBar->textEdit()->setFocus(Qt::ShortcutFocusReason);
}

void RepositoriesPage::onRepositorySelected()
{
    const QModelIndex index = m_repositoryProxy->mapToSource(m_repositoryView->currentIndex());
    const store::RepositoryRecord *repository = m_repositoryModel->repositoryAt(index.row());
    m_fileLoads.invalidate();   // the selection moved on: earlier answers are stale
    m_fileModel->setFiles({});
    m_fileTreeModel->setFiles({});
    m_preview->showNotice({});
    if (!repository)
        return;
    const qint64 id = repository->id;
    m_session->load(
        this, m_fileLoads, [id](const std::shared_ptr<store::Workspace> &ws) { return store::RepositoryFiles::read(ws, id); },
        [this](const store::RepositoryFiles &loaded) { showFiles(loaded); },
        [this](const QString &message) { Q_EMIT statusMessage(message); });
}

void RepositoriesPage::showFiles(const store::RepositoryFiles &loaded)
{
    m_fileModel->setFiles(loaded.files);
    if (m_fileProxy->rowCount() > 0)
        m_fileView->setCurrentIndex(m_fileProxy->index(0, 0));
    const FileRelevance relevance = FileRelevance::build(loaded.files, loaded.classifications);
    m_heatmap->setCells(relevance.cells);
    m_fileTreeModel->setFiles(loaded.files, relevance.ratings);
    if (loaded.files.size() <= 400)
        m_fileTree->expandAll();
    else
        m_fileTree->expandToDepth(0);
    Q_EMIT filesLoaded(loaded.repositoryId, int(loaded.files.size()));
}

void RepositoriesPage::onFileSelected()
{
    const QModelIndex repoIndex = m_repositoryProxy->mapToSource(m_repositoryView->currentIndex());
    const store::RepositoryRecord *repository = m_repositoryModel->repositoryAt(repoIndex.row());
    const QModelIndex fileIndex = m_fileProxy->mapToSource(m_fileView->currentIndex());
    const store::FileRecord *file = m_fileModel->fileAt(fileIndex.row());
    m_previewLoads.invalidate();
    if (!repository || !file)
        return;
    if (file->kind == store::FileKind::Submodule) {
        m_preview->showNotice(tr("Submodule at commit %1 (not followed).").arg(file->objectSha));
        return;
    }
    if (file->kind == store::FileKind::Symlink) {
        m_preview->showNotice(tr("Symbolic link to %1 (not followed).").arg(file->symlinkTarget));
        return;
    }
    if (file->isBinary || file->contentSkipped) {
        m_preview->showNotice(file->isBinary ? tr("Binary file, %1.").arg(QLocale().formattedDataSize(file->sizeBytes))
                                             : tr("%1 is too large to preview.").arg(QLocale().formattedDataSize(file->sizeBytes)));
        return;
    }
    const QString gitDir = repository->localPath;
    const QString commit = repository->commitSha;
    const QByteArray rawPath = file->pathBytes.isEmpty() ? file->path.toUtf8() : file->pathBytes;
    const QString path = file->path;
    m_session->load(
        this, m_previewLoads,
        [gitDir, commit, rawPath](const std::shared_ptr<store::Workspace> &) {
            return repo::InventoryBuilder::readFile(gitDir, commit, rawPath, 4 * 1024 * 1024).value_or(QByteArray());
        },
        [this, path](const QByteArray &content) {
            m_preview->showSource(path, content);
            Q_EMIT previewLoaded(path);
        },
        [this](const QString &message) { m_preview->showNotice(message); });
}

void RepositoriesPage::selectFile(const QString &path)
{
    for (int row = 0; row < m_fileProxy->rowCount(); ++row) {
        const QModelIndex index = m_fileProxy->index(row, FileTableModel::PathColumn);
        if (index.data().toString() == path) {
            m_fileView->setCurrentIndex(index);
            return;
        }
    }
}

void RepositoriesPage::addRepositories(const QStringList &sources)
{
    if (m_ingestJob)
        return;
    m_ingestErrors.clear();
    // The task keeps the job alive until run() has returned; the last owner deletes it on its own thread.
    m_ingestJob = std::shared_ptr<repo::IngestJob>(new repo::IngestJob(m_session->workspace(), sources),
                                                   [](repo::IngestJob *job) { job->deleteLater(); });
    const repo::IngestJob *job = m_ingestJob.get();
    connect(job, &repo::IngestJob::progress, this, &RepositoriesPage::onIngestProgress);
    connect(job, &repo::IngestJob::repositoryAdded, this, [this](const store::RepositoryRecord &r) {
        m_repositoryModel->upsert(r);
        Q_EMIT transientMessage(tr("Added %1 at %2 (%3 files)").arg(r.name, r.commitSha.left(12)).arg(r.fileCount));
    });
    connect(job, &repo::IngestJob::sourceFailed, this, [this](const QString &source, const QString &message) {
        m_ingestErrors << u"%1: %2"_s.arg(source, message);
    });
    connect(job, &repo::IngestJob::finished, this, [this](int added, int failed, bool cancelled) {
        m_ingestJob.reset();
        Q_EMIT ingestFinished(added, failed, cancelled, m_ingestErrors);
    });
    Q_EMIT ingestProgress(QString(), 0, 0);
    m_session->perform(this, [job = m_ingestJob](const std::shared_ptr<store::Workspace> &) { job->run(); });
}

void RepositoriesPage::cancelAddingRepositories()
{
    if (m_ingestJob)
        m_ingestJob->cancel();
}

void RepositoriesPage::onIngestProgress(const repo::TransferProgress &p)
{
    const QString text = u"%1: %2"_s.arg(p.source, p.describe());
    if (p.phase == repo::TransferProgress::Phase::Receiving && p.totalObjects > 0)
        Q_EMIT ingestProgress(text, int(p.receivedObjects), int(p.totalObjects));
    else if (p.phase == repo::TransferProgress::Phase::Inventory && p.filesTotal > 0)
        Q_EMIT ingestProgress(text, int(p.filesDone), int(p.filesTotal));
    else
        Q_EMIT ingestProgress(text, 0, 0);
}

} // namespace wb::ui
