// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "campaign/campaigncontroller.h"
#include "dialogs/addrepositoriesdialog.h"
#include "dialogs/campaigndialog.h"
#include "dialogs/settingsdialog.h"
#include "editor/sourcepreview.h"
#include "models/exampletablemodel.h"
#include "models/filetablemodel.h"
#include "models/repositorytablemodel.h"
#include "repo/ingestjob.h"
#include "repo/inventorybuilder.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "views/campaignmonitor.h"
#include "views/exampleview.h"
#include "widgets/treemapwidget.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}
} // namespace

MainWindow::MainWindow(std::shared_ptr<store::Workspace> workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
    , m_repositoryModel(new RepositoryTableModel(this))
    , m_repositoryProxy(makeProxy(m_repositoryModel, RepositoryTableModel::SortRole, this))
    , m_fileModel(new FileTableModel(this))
    , m_fileProxy(makeProxy(m_fileModel, FileTableModel::SortRole, this))
    , m_repositoryView(makeTable(this))
    , m_fileView(makeTable(this))
    , m_filter(new QLineEdit(this))
    , m_preview(new SourcePreview(this))
    , m_heatmap(new TreemapWidget(this))
    , m_campaigns(new CampaignController(m_workspace, this))
    , m_monitor(new CampaignMonitor(m_campaigns, this))
    , m_exampleModel(new ExampleTableModel(this))
    , m_exampleTable(makeTable(this))
    , m_exampleView(new ExampleView(m_workspace, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    m_pool.setMaxThreadCount(2);
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("%1 — CodeDistiller Workbench").arg(QFileInfo(m_workspace->path()).fileName()));
    setWindowIcon(QIcon(u":/icons/codedistiller-workbench.svg"_s));
    setAcceptDrops(true);
    setupActions();
    setupLayout();
    restoreState();
    reload();
}

MainWindow::~MainWindow()
{
    if (m_ingestJob)
        m_ingestJob->cancel();
    m_pool.waitForDone();
    delete m_ingestJob;
}

void MainWindow::setupActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *add = fileMenu->addAction(QIcon::fromTheme(u"list-add"_s), tr("&Add Repositories…"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    add->setStatusTip(tr("Clone or fetch repositories and take their file inventories"));
    connect(add, &QAction::triggered, this, [this] {
        AddRepositoriesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && !dialog.sources().isEmpty())
            addRepositories(dialog.sources());
    });
    auto *run = fileMenu->addAction(QIcon::fromTheme(u"media-playback-start"_s), tr("Run &Campaign…"));
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    run->setStatusTip(tr("Distil examples of every repository with chosen models"));
    connect(run, &QAction::triggered, this, [this] {
        if (m_campaigns->isRunning()) {
            QMessageBox::information(this, tr("Run Campaign"), tr("A campaign is running; wait for it or cancel it."));
            return;
        }
        CampaignDialog dialog(m_repositoryModel->rowCount(), this);
        if (dialog.exec() == QDialog::Accepted)
            runCampaign(dialog.name(), dialog.config());
    });
    fileMenu->addSeparator();
    auto *settingsAction = fileMenu->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Settings…"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *refresh = viewMenu->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::reload);
    auto *find = viewMenu->addAction(tr("&Filter Repositories"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });

    auto *previousExample = viewMenu->addAction(tr("&Previous Example"));
    previousExample->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    auto *nextExample = viewMenu->addAction(tr("&Next Example"));
    nextExample->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto step = [this](int delta) {
        const int row = m_exampleTable->currentIndex().row() + delta;
        if (row >= 0 && row < m_exampleModel->rowCount())
            m_exampleTable->setCurrentIndex(m_exampleModel->index(row, 0));
    };
    connect(previousExample, &QAction::triggered, this, [step] { step(-1); });
    connect(nextExample, &QAction::triggered, this, [step] { step(1); });

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *about = helpMenu->addAction(tr("&About CodeDistiller Workbench"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About CodeDistiller Workbench"),
                           tr("<h3>CodeDistiller Workbench %1</h3><p>Distil runnable, expert-vetted examples from "
                              "scientific repositories.</p><p>Workspace: %2</p>")
                               .arg(QApplication::applicationVersion(), m_workspace->path().toHtmlEscaped()));
    });

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"MainToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(add);
    toolbar->addAction(run);
    toolbar->addAction(refresh);
}

void MainWindow::setupLayout()
{
    m_repositoryView->setObjectName(u"RepositoryView"_s);
    m_repositoryView->setModel(m_repositoryProxy);
    m_repositoryView->sortByColumn(RepositoryTableModel::NameColumn, Qt::AscendingOrder);
    m_repositoryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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

    m_filter->setPlaceholderText(tr("Filter repositories (name, licence, commit)…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_repositoryProxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_repositoryView);

    m_rightSplitter->setObjectName(u"RightSplitter"_s);
    auto *fileTabs = new QTabWidget(this);
    fileTabs->setObjectName(u"FileTabs"_s);
    fileTabs->addTab(m_fileView, tr("&Files"));
    fileTabs->addTab(m_heatmap, tr("&Heatmap"));
    m_heatmap->setObjectName(u"Heatmap"_s);
    connect(m_heatmap, &TreemapWidget::cellActivated, this, [this](const QString &path) {
        for (int row = 0; row < m_fileProxy->rowCount(); ++row) {
            const QModelIndex index = m_fileProxy->index(row, FileTableModel::PathColumn);
            if (index.data().toString() == path) {
                m_fileView->setCurrentIndex(index);
                return;
            }
        }
    });
    m_rightSplitter->addWidget(fileTabs);
    m_rightSplitter->addWidget(m_preview);
    m_mainSplitter->setObjectName(u"MainSplitter"_s);
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(1, 2);

    m_exampleTable->setObjectName(u"ExampleTable"_s);
    m_exampleTable->setModel(m_exampleModel);
    m_exampleTable->setSortingEnabled(false);
    m_exampleTable->horizontalHeader()->setStretchLastSection(true);
    auto *examples = new QSplitter(Qt::Horizontal, this);
    examples->setObjectName(u"ExampleSplitter"_s);
    examples->addWidget(m_exampleTable);
    examples->addWidget(m_exampleView);
    examples->setStretchFactor(1, 3);
    examples->setSizes({420, 860});
    connect(m_exampleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (const auto *row = m_exampleModel->rowAt(index.row()))
            m_exampleView->setExample(row->example.id);
    });

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"MainTabs"_s);
    tabs->addTab(m_mainSplitter, tr("&Repositories"));
    tabs->addTab(m_monitor, tr("&Campaign"));
    tabs->addTab(examples, tr("&Examples"));
    connect(m_campaigns, &CampaignController::finished, this, [this] { reloadExamples(); });
    connect(m_campaigns, &CampaignController::failedToStart, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Run Campaign"), message);
    });
    setCentralWidget(tabs);

    connect(m_repositoryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onRepositorySelected);
    connect(m_fileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onFileSelected);

    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel adding repositories"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (m_ingestJob)
            m_ingestJob->cancel();
    });
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"session/geometry"_s).toByteArray()))
        resize(1280, 800);
    QMainWindow::restoreState(settings.value(u"session/windowState"_s).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(u"session/mainSplitter"_s).toByteArray()))
        m_mainSplitter->setSizes({560, 720});
    if (!m_rightSplitter->restoreState(settings.value(u"session/rightSplitter"_s).toByteArray()))
        m_rightSplitter->setSizes({420, 380});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"session/geometry"_s, saveGeometry());
    settings.setValue(u"session/windowState"_s, saveState());
    settings.setValue(u"session/mainSplitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"session/rightSplitter"_s, m_rightSplitter->saveState());
    if (m_ingestJob)
        m_ingestJob->cancel();
    event->accept();
}

void MainWindow::reload()
{
    auto workspace = m_workspace;
    QtConcurrent::run(&m_pool, [workspace] { return store::RepositoryStore(workspace).repositories(); })
        .then(this, [this](const QList<store::RepositoryRecord> &repositories) {
            m_repositoryModel->setRepositories(repositories);
            m_statusLabel->setText(tr("Repositories: %1 — workspace %2").arg(repositories.size()).arg(m_workspace->path()));
            if (!m_repositoryView->currentIndex().isValid() && m_repositoryProxy->rowCount() > 0)
                m_repositoryView->setCurrentIndex(m_repositoryProxy->index(0, 0));
            Q_EMIT repositoriesLoaded(int(repositories.size()));
            reloadExamples();
        })
        .onFailed(this, [this](const Error &e) {
            m_statusLabel->setText(tr("Cannot read the workspace: %1").arg(e.message()));
        });
}

void MainWindow::runCampaign(const QString &name, const pipeline::CampaignConfig &config, const llm::LlmClientOptions &options)
{
    auto workspace = m_workspace;
    QtConcurrent::run(&m_pool, [workspace, name, config] {
        store::PipelineStore pipeline(workspace);
        QList<qint64> repositories;
        for (const auto &r : store::RepositoryStore(workspace).repositories())
            repositories << r.id;
        const qint64 id = pipeline.createCampaign(name, config.toJson());
        pipeline.addExamples(id, repositories);
        return std::pair<qint64, int>(id, int(repositories.size()));
    }).then(this, [this, name, options](std::pair<qint64, int> created) {
          m_monitor->begin(name, created.second);
          if (auto *tabs = findChild<QTabWidget *>(u"MainTabs"_s))
              tabs->setCurrentWidget(m_monitor);
          m_campaigns->start(created.first, options);
      }).onFailed(this, [this](const Error &e) { QMessageBox::warning(this, tr("Run Campaign"), e.message()); });
}

void MainWindow::reloadExamples()
{
    auto workspace = m_workspace;
    QtConcurrent::run(&m_pool, [workspace] {
        store::PipelineStore pipeline(workspace);
        QList<ExampleTableModel::Row> rows;
        for (const auto &campaign : pipeline.campaigns())
            for (const auto &example : pipeline.examples(campaign.id))
                rows.append({campaign.name, example});
        return rows;
    }).then(this, [this](const QList<ExampleTableModel::Row> &rows) {
          m_exampleModel->setRows(rows);
          if (!m_exampleTable->currentIndex().isValid() && !rows.isEmpty())
              m_exampleTable->setCurrentIndex(m_exampleModel->index(0, 0));
          Q_EMIT examplesLoaded(int(rows.size()));
      }).onFailed(this, [this](const Error &e) { m_statusLabel->setText(e.message()); });
}

void MainWindow::onRepositorySelected()
{
    const QModelIndex index = m_repositoryProxy->mapToSource(m_repositoryView->currentIndex());
    const store::RepositoryRecord *repository = m_repositoryModel->repositoryAt(index.row());
    const quint64 generation = ++m_fileGeneration;
    m_fileModel->setFiles({});
    m_preview->showNotice({});
    if (!repository)
        return;
    const qint64 id = repository->id;
    auto workspace = m_workspace;
    struct Loaded
    {
        QList<store::FileRecord> files;
        QList<store::ClassificationRecord> classifications;
    };
    QtConcurrent::run(&m_pool, [workspace, id] {
        Loaded loaded;
        loaded.files = store::RepositoryStore(workspace).files(id);
        const store::PipelineStore pipeline(workspace);
        if (const auto example = pipeline.latestClassifiedExample(id))
            loaded.classifications = pipeline.classifications(*example);
        return loaded;
    })
        .then(this, [this, generation, id](const Loaded &loaded) {
            if (generation != m_fileGeneration)
                return;   // the selection moved on
            m_fileModel->setFiles(loaded.files);
            if (m_fileProxy->rowCount() > 0)
                m_fileView->setCurrentIndex(m_fileProxy->index(0, 0));
            QHash<QString, const store::ClassificationRecord *> byPath;
            for (const auto &c : loaded.classifications)
                byPath.insert(c.path, &c);
            QList<TreemapWidget::Cell> cells;
            for (const auto &f : loaded.files) {
                TreemapWidget::Cell cell;
                cell.path = f.path;
                cell.weight = double(std::max<qint64>(f.sizeBytes, 64));
                cell.relevance = f.prior;
                QString tip = tr("<b>%1</b><br>%2 · %3 · %4<br>Static prior %5: %6")
                                  .arg(f.path.toHtmlEscaped(), store::toString(f.category), f.language.isEmpty() ? tr("unknown language") : f.language,
                                       QLocale().formattedDataSize(f.sizeBytes))
                                  .arg(f.prior)
                                  .arg(f.priorReason.toHtmlEscaped());
                if (const auto *c = byPath.value(f.path); c && c->rating) {
                    cell.relevance = *c->rating;
                    cell.rated = true;
                    cell.inPrompt = c->inPrompt;
                    const auto answer = QJsonDocument::fromJson(c->responseJson).object();
                    tip += tr("<br>Rated %1 by the model: %2 — %3%4")
                               .arg(*c->rating)
                               .arg(answer.value(u"classification"_s).toString(),
                                    answer.value(u"description"_s).toString().toHtmlEscaped(),
                                    c->inPrompt ? tr("<br><i>in the generation prompt</i>") : QString());
                    if (const QString info = answer.value(u"important_information"_s).toString(); !info.isEmpty())
                        tip += tr("<br>Setup: %1").arg(info.toHtmlEscaped());
                }
                cell.tooltip = tip;
                cells << cell;
            }
            m_heatmap->setCells(cells);
            Q_EMIT filesLoaded(id, int(loaded.files.size()));
        })
        .onFailed(this, [this](const Error &e) { m_statusLabel->setText(e.message()); });
}

void MainWindow::onFileSelected()
{
    const QModelIndex repoIndex = m_repositoryProxy->mapToSource(m_repositoryView->currentIndex());
    const store::RepositoryRecord *repository = m_repositoryModel->repositoryAt(repoIndex.row());
    const QModelIndex fileIndex = m_fileProxy->mapToSource(m_fileView->currentIndex());
    const store::FileRecord *file = m_fileModel->fileAt(fileIndex.row());
    const quint64 generation = ++m_previewGeneration;
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
    QtConcurrent::run(&m_pool, [gitDir, commit, rawPath] {
        return repo::InventoryBuilder::readFile(gitDir, commit, rawPath, 4 * 1024 * 1024).value_or(QByteArray());
    }).then(this, [this, generation, path](const QByteArray &content) {
          if (generation != m_previewGeneration)
              return;
          m_preview->showSource(path, content);
          Q_EMIT previewLoaded(path);
      }).onFailed(this, [this](const Error &e) { m_preview->showNotice(e.message()); });
}

void MainWindow::addRepositories(const QStringList &sources)
{
    if (m_ingestJob) {
        QMessageBox::information(this, tr("Add Repositories"),
                                 tr("Repositories are being added already; wait for that to finish or cancel it."));
        return;
    }
    m_ingestErrors.clear();
    m_ingestJob = new repo::IngestJob(m_workspace, sources);
    connect(m_ingestJob, &repo::IngestJob::progress, this, &MainWindow::onIngestProgress);
    connect(m_ingestJob, &repo::IngestJob::repositoryAdded, this, [this](const store::RepositoryRecord &r) {
        m_repositoryModel->upsert(r);
        statusBar()->showMessage(tr("Added %1 at %2 (%3 files)").arg(r.name, r.commitSha.left(12)).arg(r.fileCount), 5000);
    });
    connect(m_ingestJob, &repo::IngestJob::sourceFailed, this, [this](const QString &source, const QString &message) {
        m_ingestErrors << u"%1: %2"_s.arg(source, message);
    });
    connect(m_ingestJob, &repo::IngestJob::finished, this, &MainWindow::onIngestFinished);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_pool.start(m_ingestJob);
}

void MainWindow::onIngestProgress(const repo::TransferProgress &p)
{
    m_statusLabel->setText(u"%1: %2"_s.arg(p.source, p.describe()));
    if (p.phase == repo::TransferProgress::Phase::Receiving && p.totalObjects > 0) {
        m_progress->setRange(0, int(p.totalObjects));
        m_progress->setValue(int(p.receivedObjects));
    } else if (p.phase == repo::TransferProgress::Phase::Inventory && p.filesTotal > 0) {
        m_progress->setRange(0, int(p.filesTotal));
        m_progress->setValue(int(p.filesDone));
    } else {
        m_progress->setRange(0, 0);
    }
}

void MainWindow::onIngestFinished(int added, int failed, bool cancelled)
{
    m_pool.waitForDone();   // the job has returned from run(); only its epilogue remains
    delete m_ingestJob;
    m_ingestJob = nullptr;
    m_progress->hide();
    m_cancelButton->hide();
    m_statusLabel->setText(cancelled ? tr("Cancelled after adding %1 repositories; nothing half-written was kept.").arg(added)
                                     : tr("Added %1 repositories, %2 failed.").arg(added).arg(failed));
    if (!m_ingestErrors.isEmpty()) {
        // Non-modal: the window stays usable and nothing waits for the user.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Add Repositories"),
                                    tr("Sources that could not be added: %1").arg(m_ingestErrors.size()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(u"IngestErrors"_s);
        box->setInformativeText(m_ingestErrors.first());
        box->setDetailedText(m_ingestErrors.join(u"\n\n"_s));
        box->open();
    }
    Q_EMIT ingestFinished(added, failed);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList sources;
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls())
            sources << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    } else {
        const auto lines = mime->text().split(u'\n');
        for (const QString &line : lines)
            if (!line.trimmed().isEmpty())
                sources << line.trimmed();
    }
    if (!sources.isEmpty()) {
        event->acceptProposedAction();
        addRepositories(sources);
    }
}

} // namespace wb::ui
