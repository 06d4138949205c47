// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "campaign/campaigncontroller.h"
#include "campaign/campaignlistview.h"
#include "campaign/desktopnotifier.h"
#include "dialogs/comparemodelsdialog.h"
#include "dialogs/addrepositoriesdialog.h"
#include "dialogs/campaigndialog.h"
#include "dialogs/reviewkeysdialog.h"
#include "demo/demoproject.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/slurmsettingsdialog.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"
#include "settings/recentworkspaces.h"
#include "editor/sourcepreview.h"
#include "models/exampletablemodel.h"
#include "models/filerelevance.h"
#include "models/filetablemodel.h"
#include "models/filetreemodel.h"
#include "models/repositoryfilterproxy.h"
#include "models/repositorytablemodel.h"
#include "repo/ingestjob.h"
#include "review/blindreview.h"
#include "repo/inventorybuilder.h"
#include "store/llmbatchstore.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "views/campaignmonitor.h"
#include "views/comparisonview.h"
#include "views/adjudicationview.h"
#include "views/curationview.h"
#include "views/exampleview.h"
#include "views/expertfixbar.h"
#include "views/judgementpanel.h"
#include "widgets/repositoryfilterbar.h"
#include "widgets/treemapwidget.h"
#include "store/workspace.h"
#include "store/workspacewatcher.h"
#include "util/error.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
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

RepositoryFilterProxy *makeRepositoryProxy(RepositoryTableModel *source, QObject *parent)
{
    auto *proxy = new RepositoryFilterProxy(parent);
    proxy->setSourceModel(source);
    return proxy;
}
} // namespace

MainWindow::MainWindow(std::shared_ptr<store::Workspace> workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
    , m_session(new WorkspaceSession(m_workspace, Preferences::load().annotator, this))
    , m_repositoryModel(new RepositoryTableModel(this))
    , m_repositoryProxy(makeRepositoryProxy(m_repositoryModel, this))
    , m_fileModel(new FileTableModel(this))
    , m_fileProxy(makeProxy(m_fileModel, FileTableModel::SortRole, this))
    , m_repositoryView(makeTable(this))
    , m_fileView(makeTable(this))
    , m_filterBar(new RepositoryFilterBar(m_repositoryProxy, this))
    , m_preview(new SourcePreview(this))
    , m_heatmap(new TreemapWidget(this))
    , m_fileTreeModel(new FileTreeModel(this))
    , m_fileTreeProxy(makeProxy(m_fileTreeModel, FileTreeModel::SortRole, this))
    , m_fileTree(new QTreeView(this))
    , m_campaigns(new CampaignController(m_workspace, this))
    , m_monitor(new CampaignMonitor(m_campaigns, this))
    , m_exampleModel(new ExampleTableModel(this))
    , m_exampleTable(makeTable(this))
    , m_exampleView(new ExampleView(m_session, this))
    , m_curation(new CurationView(m_session, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
    , m_statusLabel(new QLabel(this))
    , m_campaignStatus(new QLabel(this))
    , m_campaignProgress(new QProgressBar(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    m_pool.setMaxThreadCount(2);
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("%1 — CodeDistiller Workbench").arg(m_workspace->displayName()));
    setWindowIcon(QIcon(u":/icons/codedistiller-workbench.svg"_s));
    setAcceptDrops(true);
    setupActions();
    setupLayout();
    restoreState();
    reload();
    noteOpenBatches();
    // A team works in one workspace: judgements and runs from other workbenches appear without reopening.
    m_watcher = new store::WorkspaceWatcher(m_workspace, this);
    connect(m_watcher, &store::WorkspaceWatcher::changed, this, &MainWindow::onWorkspaceChanged);
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
    auto *newWorkspace = fileMenu->addAction(QIcon::fromTheme(u"document-new"_s), tr("&New Workspace…"));
    newWorkspace->setShortcut(QKeySequence::New);
    connect(newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspaceRequested);
    auto *openWorkspace = fileMenu->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Workspace…"));
    openWorkspace->setShortcut(QKeySequence::Open);
    connect(openWorkspace, &QAction::triggered, this, [this] { Q_EMIT openWorkspaceRequested(QString()); });
    auto *connectWorkspace = fileMenu->addAction(QIcon::fromTheme(u"network-server-database"_s), tr("Connect to &Team Workspace…"));
    connectWorkspace->setObjectName(u"ConnectTeamWorkspaceAction"_s);
    connect(connectWorkspace, &QAction::triggered, this, &MainWindow::connectWorkspaceRequested);
    auto *recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(u"RecentMenu"_s);
    connect(recentMenu, &QMenu::aboutToShow, this, [this, recentMenu] {
        recentMenu->clear();
        const QStringList recent = RecentWorkspaces::list();
        for (int i = 0; i < recent.size(); ++i) {
            const QString path = recent[i];
            QString name = QFileInfo(path).fileName();
            try {
                name = store::WorkspaceLocation::parse(path).displayName();   // "curation on db.lab" for team workspaces
            } catch (const Error &) {
            }
            auto *action = recentMenu->addAction(u"&%1 %2"_s.arg((i + 1) % 10).arg(name));
            action->setToolTip(path);
            action->setStatusTip(path);
            action->setEnabled(path != m_workspace->path());
            connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openWorkspaceRequested(path); });
        }
        if (recent.isEmpty())
            recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        recentMenu->addSeparator();
        connect(recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [] { RecentWorkspaces::clear(); });
    });
    fileMenu->addSeparator();
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
        CampaignDialog dialog(m_repositoryModel->rowCount(), this, m_repositoryProxy->rowCount());
        if (dialog.exec() != QDialog::Accepted)
            return;
        QList<qint64> ids;
        if (dialog.filteredOnly())
            for (int row = 0; row < m_repositoryProxy->rowCount(); ++row)
                ids << m_repositoryProxy->index(row, 0).data(RepositoryTableModel::IdRole).toLongLong();
        runCampaign(dialog.name(), dialog.config(), {}, ids);
    });
    auto *compare = fileMenu->addAction(tr("Com&pare Models…"));
    compare->setObjectName(u"CompareModelsAction"_s);
    compare->setStatusTip(tr("Distil the repositories the filter shows with two or three models at once, one campaign each"));
    connect(compare, &QAction::triggered, this, [this] {
        QList<qint64> ids;
        for (int row = 0; row < m_repositoryProxy->rowCount(); ++row)
            ids << m_repositoryProxy->index(row, 0).data(RepositoryTableModel::IdRole).toLongLong();
        CompareModelsDialog dialog(m_campaigns, ids, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_campaignDock->show();
            m_campaignDock->raise();
        }
    });
    auto *resume = fileMenu->addAction(QIcon::fromTheme(u"media-seek-forward"_s), tr("R&esume Campaign…"));
    resume->setObjectName(u"ResumeCampaignAction"_s);
    resume->setStatusTip(tr("Continue a campaign where it stopped; a classification batch it waits for is collected, not sent again"));
    connect(resume, &QAction::triggered, this, [this] { chooseCampaignToResume(); });
    auto *retry = fileMenu->addAction(tr("Retry Examples That Ended in E&rror…"));
    retry->setObjectName(u"RetryErrorsAction"_s);
    retry->setStatusTip(tr("Continue a campaign together with its examples that ended in error (a refused connection, "
                           "a server's errors); their rounds and answered calls are kept"));
    connect(retry, &QAction::triggered, this, [this] { chooseCampaignToResume(CampaignController::Errors::Retry); });
    auto *slurm = fileMenu->addAction(tr("Sl&urm Settings…"));
    slurm->setObjectName(u"SlurmSettingsAction"_s);
    slurm->setStatusTip(tr("The team's Slurm settings in this workspace: partition, account, modules, shared folder, limits"));
    connect(slurm, &QAction::triggered, this, [this] {
        SlurmSettingsDialog dialog(m_session, this);
        dialog.exec();
    });
    fileMenu->addSeparator();
    auto *settingsAction = fileMenu->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Settings…"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
        m_session->setAnnotator(Preferences::load().annotator);
    });
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"ViewMenu"_s);
    auto *refresh = viewMenu->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::reload);
    auto *find = viewMenu->addAction(tr("&Filter Repositories"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterBar, [this] { m_filterBar->textEdit()->setFocus(Qt::ShortcutFocusReason); });

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

    auto *reviewMenu = menuBar()->addMenu(tr("Re&view"));
    reviewMenu->setObjectName(u"ReviewMenu"_s);
    auto *blind = reviewMenu->addAction(tr("&Blind Review (This Workspace)"));
    blind->setObjectName(u"BlindReviewAction"_s);
    blind->setCheckable(true);
    blind->setStatusTip(tr("Hide the judge's verdict, the model names and the other annotators' judgements of an example "
                           "until you have submitted your own; applies to everyone who opens this workspace"));
    try {
        blind->setChecked(review::BlindReview::isEnabled(m_workspace));
    } catch (const Error &) {
    }
    connect(blind, &QAction::toggled, this, &MainWindow::setBlindReview);
    auto *reviewKeys = reviewMenu->addAction(tr("Review &Keys…"));
    connect(reviewKeys, &QAction::triggered, this, [this] { m_exampleView->judgementPanel()->showKeys(); });

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *demoAction = helpMenu->addAction(QIcon::fromTheme(u"media-playback-start"_s), tr("Open the &Demo"));
    demoAction->setStatusTip(tr("Open the demo workspace: a sample repository distilled offline from recorded responses"));
    connect(demoAction, &QAction::triggered, this, &MainWindow::demoRequested);
    helpMenu->addSeparator();
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
    connect(m_heatmap, &TreemapWidget::cellActivated, this, &MainWindow::selectFile);
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
    tabs->addTab(examples, tr("&Examples"));
    tabs->addTab(m_curation, tr("C&uration"));
    m_curation->setObjectName(u"CurationView"_s);
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs](int index) {
        if (tabs->widget(index) == m_curation)
            m_curation->reload();
    });
    connect(m_exampleView->judgementPanel(), &JudgementPanel::submitted, m_curation, &CurationView::reload);
    connect(m_exampleView->judgementPanel(), &JudgementPanel::navigateRequested, this, &MainWindow::selectExample);
    auto *adjudication = new AdjudicationView(m_session, this);
    adjudication->setObjectName(u"AdjudicationView"_s);
    tabs->addTab(adjudication, tr("A&djudication"));
    connect(tabs, &QTabWidget::currentChanged, adjudication, [adjudication, tabs](int index) {
        if (tabs->widget(index) == adjudication)
            adjudication->reload();
    });
    connect(adjudication, &AdjudicationView::openExampleRequested, this, &MainWindow::selectExample);
    auto *comparison = new ComparisonView(m_session, this);
    comparison->setObjectName(u"ComparisonView"_s);
    tabs->addTab(comparison, tr("Co&mparison"));
    connect(tabs, &QTabWidget::currentChanged, comparison, [comparison, tabs](int index) {
        if (tabs->widget(index) == comparison)
            comparison->reload();
    });
    connect(comparison, &ComparisonView::exampleActivated, this, &MainWindow::selectExample);
    // The campaign monitor is a dock: it stays in view while the user browses repositories and examples.
    m_campaignDock = new QDockWidget(tr("Campaign"), this);
    m_campaignDock->setObjectName(u"CampaignDock"_s);
    auto *campaignPane = new QSplitter(Qt::Vertical, this);   // the campaigns above their examples
    campaignPane->addWidget(new CampaignListView(m_campaigns, campaignPane));
    campaignPane->addWidget(m_monitor);
    campaignPane->setStretchFactor(1, 1);
    m_campaignDock->setWidget(campaignPane);
    m_campaignDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_campaignDock);
    if (auto *viewMenu = menuBar()->findChild<QMenu *>(u"ViewMenu"_s)) {
        QAction *toggle = m_campaignDock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
        viewMenu->addSeparator();
        viewMenu->addAction(toggle);
    }
    connect(m_campaigns, &CampaignController::finished, this, [this] {
        reloadExamples();
        reloadOutcomes();
        m_curation->reload();
        if (m_expertRoundExample > 0) {
            m_exampleView->expertFix()->runFinished(tr("The expert round has run; it is the newest round."));
            if (m_exampleView->exampleId() == m_expertRoundExample)
                m_exampleView->setExample(m_expertRoundExample);
            m_expertRoundExample = 0;
        }
    });
    connect(m_exampleView, &ExampleView::expertRoundRequested, this, [this](qint64 campaignId, qint64 exampleId, bool judge) {
        if (m_campaigns->isRunning()) {
            m_exampleView->expertFix()->runFinished(
                tr("A campaign is running. The expert round is saved; run it when the campaign has finished."));
            return;
        }
        m_expertRoundExample = exampleId;
        m_monitor->begin(tr("Expert round"), 1);
        if (!m_campaigns->startExpertRound(campaignId, exampleId, judge)) {
            m_expertRoundExample = 0;
            m_exampleView->expertFix()->runFinished(tr("The expert round could not start."));
        }
    });
    // Live: the shown example follows its campaign (a throttled reload on progress) and tails its running round.
    connect(m_campaigns, &CampaignController::liveLines, m_exampleView, &ExampleView::appendLiveLines);
    auto *follow = new QTimer(this);
    follow->setSingleShot(true);
    follow->setInterval(400);
    connect(follow, &QTimer::timeout, this, [this, follow] {
        if (m_exampleView->exampleId() <= 0)
            return;
        if (!m_exampleView->isVisible()) {
            follow->start();   // hidden: look again later instead of loading what nobody sees
            return;
        }
        m_exampleView->setExample(m_exampleView->exampleId());
    });
    // Only a new stage or round of the shown example changes what the view shows; the log tails live.
    connect(m_campaigns, &CampaignController::exampleProgress, this,
            [this, follow, last = std::make_shared<QString>()](const pipeline::ExampleProgress &p) {
                if (p.exampleId != m_exampleView->exampleId())
                    return;
                const QString key = u"%1/%2/%3"_s.arg(p.exampleId).arg(p.stage).arg(p.round);
                if (key == *last)
                    return;
                *last = key;
                if (!follow->isActive())
                    follow->start();
            });
    connect(m_campaigns, &CampaignController::failedToStart, this, [this](qint64, const QString &message) {
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
    // Live campaign progress, mirrored from the monitor twice a second (not per event: no relayout storms).
    m_campaignStatus->setObjectName(u"CampaignStatus"_s);
    m_campaignStatus->hide();
    m_campaignProgress->setMaximumWidth(160);
    m_campaignProgress->setTextVisible(false);
    m_campaignProgress->hide();
    statusBar()->addPermanentWidget(m_campaignStatus);
    statusBar()->addPermanentWidget(m_campaignProgress);
    auto *mirror = new QTimer(this);
    mirror->setInterval(500);
    connect(mirror, &QTimer::timeout, this, [this] {
        m_campaignStatus->setText(m_monitor->summary()->text());
        m_campaignProgress->setRange(0, m_monitor->progressBar()->maximum());
        m_campaignProgress->setValue(m_monitor->progressBar()->value());
    });
    connect(m_campaigns, &CampaignController::exampleProgress, this, [this, mirror] {
        if (!mirror->isActive()) {
            m_campaignStatus->show();
            m_campaignProgress->show();
            mirror->start();
        }
    });
    auto *notifier = new DesktopNotifier(this);
    connect(m_campaigns, &CampaignController::finished, this, [this, mirror, notifier] {
        mirror->stop();
        QTimer::singleShot(0, this, [this, notifier] {
            if (!isActiveWindow() || isMinimized())
                notifier->notify(tr("Campaign finished"), m_monitor->summary()->text());
        });
        QTimer::singleShot(0, this, [this] {
            m_campaignStatus->setText(m_monitor->summary()->text());
            m_campaignProgress->hide();
        });
    });
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"session/geometry"_s).toByteArray()))
        resize(1280, 800);
    if (!QMainWindow::restoreState(settings.value(u"session/windowState"_s).toByteArray()))
        resizeDocks({m_campaignDock}, {190}, Qt::Vertical);
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
    struct Loaded
    {
        QList<store::RepositoryRecord> repositories;
        QList<store::RepositoryOutcome> outcomes;
    };
    QtConcurrent::run(&m_pool, [workspace] {
        return Loaded{store::RepositoryStore(workspace).repositories(), store::PipelineStore(workspace).latestOutcomes()};
    })
        .then(this, [this](const Loaded &loaded) {
            const QList<store::RepositoryRecord> &repositories = loaded.repositories;
            m_repositoryModel->setRepositories(repositories);
            m_repositoryModel->setOutcomes(loaded.outcomes);
            m_filterBar->updateChoices();
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

void MainWindow::onWorkspaceChanged(const QStringList &tables)
{
    const auto touches = [&tables](std::initializer_list<QStringView> names) {
        if (tables.isEmpty())
            return true;
        for (const QStringView name : names)
            if (tables.contains(name))
                return true;
        return false;
    };
    if (touches({u"judgements", u"adjudications", u"annotations", u"pairwise_judgements", u"settings"})) {
        m_exampleView->judgementPanel()->refresh();
        if (m_curation->isVisible())
            m_curation->reload();
        if (auto *adjudication = findChild<AdjudicationView *>(); adjudication && adjudication->isVisible())
            adjudication->reload();
        if (auto *comparison = findChild<ComparisonView *>(); comparison && comparison->isVisible())
            comparison->reload();
    }
    // Our own campaign reports its progress directly; a campaign that runs elsewhere shows up here.
    if (!m_campaigns->isRunning() && touches({u"campaigns", u"examples", u"rounds"})) {
        reloadExamples();
        reloadOutcomes();
        if (m_exampleView->exampleId() > 0 && m_exampleView->isVisible())
            m_exampleView->setExample(m_exampleView->exampleId());
    }
}

void MainWindow::reloadOutcomes()
{
    auto workspace = m_workspace;
    QtConcurrent::run(&m_pool, [workspace] { return store::PipelineStore(workspace).latestOutcomes(); })
        .then(this, [this](const QList<store::RepositoryOutcome> &outcomes) {
            m_repositoryModel->setOutcomes(outcomes);
            m_filterBar->updateChoices();
        })
        .onFailed(this, [this](const Error &e) { m_statusLabel->setText(e.message()); });
}

void MainWindow::selectFile(const QString &path)
{
    for (int row = 0; row < m_fileProxy->rowCount(); ++row) {
        const QModelIndex index = m_fileProxy->index(row, FileTableModel::PathColumn);
        if (index.data().toString() == path) {
            m_fileView->setCurrentIndex(index);
            return;
        }
    }
}

void MainWindow::runCampaign(const QString &name, const pipeline::CampaignConfig &config, const llm::LlmClientOptions &options,
                             const QList<qint64> &repositoryIds)
{
    auto workspace = m_workspace;
    QtConcurrent::run(&m_pool, [workspace, name, config, repositoryIds] {
        store::PipelineStore pipeline(workspace);
        QList<qint64> repositories = repositoryIds;
        if (repositories.isEmpty())
            for (const auto &r : store::RepositoryStore(workspace).repositories())
                repositories << r.id;
        const qint64 id = pipeline.createCampaign(name, config.toJson());
        pipeline.addExamples(id, repositories);
        return std::pair<qint64, int>(id, int(repositories.size()));
    }).then(this, [this, name, options](std::pair<qint64, int> created) {
          m_monitor->begin(name, created.second);
          m_campaignDock->show();
          m_campaignDock->raise();
          m_campaigns->start(created.first, options);
      }).onFailed(this, [this](const Error &e) { QMessageBox::warning(this, tr("Run Campaign"), e.message()); });
}

void MainWindow::resumeCampaign(qint64 campaignId, const llm::LlmClientOptions &options, CampaignController::Errors errors)
{
    if (m_campaigns->isRunning()) {
        QMessageBox::information(this, tr("Resume Campaign"), tr("A campaign is running; wait for it or cancel it."));
        return;
    }
    try {
        store::PipelineStore pipeline(m_workspace);
        const auto campaign = pipeline.findCampaign(QString::number(campaignId));
        if (!campaign)
            return;
        m_monitor->begin(campaign->name, int(pipeline.examples(campaignId).size()));
        m_campaignDock->show();
        m_campaignDock->raise();
        m_campaigns->start(campaignId, options, errors);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Resume Campaign"), e.message());
    }
}

void MainWindow::chooseCampaignToResume(CampaignController::Errors errors)
{
    const bool retry = errors == CampaignController::Errors::Retry;
    QStringList names;
    QList<qint64> ids;
    try {
        store::PipelineStore pipeline(m_workspace);
        for (const auto &c : pipeline.campaigns()) {
            const auto examples = pipeline.examples(c.id);
            const int open = int(std::count_if(examples.cbegin(), examples.cend(), [](const store::ExampleRecord &e) {
                return e.status != u"SUCCESS"_s && e.status != u"FAILED"_s && e.status != u"ERROR"_s;
            }));
            const int failed = int(std::count_if(examples.cbegin(), examples.cend(),
                                                 [](const store::ExampleRecord &e) { return e.status == u"ERROR"_s; }));
            if (retry && failed > 0) {
                names << tr("%1 (%n example(s) ended in error)", "", failed).arg(c.name);
                ids << c.id;
            } else if (!retry && open > 0) {
                names << tr("%1 (%n unfinished example(s))", "", open).arg(c.name);
                ids << c.id;
            }
        }
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Resume Campaign"), e.message());
        return;
    }
    if (names.isEmpty()) {
        QMessageBox::information(this, tr("Resume Campaign"),
                                 retry ? tr("No example of this workspace ended in error.")
                                       : tr("Every campaign of this workspace has finished."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, retry ? tr("Retry Examples That Ended in Error") : tr("Resume Campaign"),
                                                 tr("&Campaign:"), names, 0, false, &ok);
    if (ok && names.contains(chosen))
        resumeCampaign(ids.at(names.indexOf(chosen)), {}, errors);
}

void MainWindow::noteOpenBatches()
{
    try {
        store::LlmBatchStore batches(m_workspace);
        for (const auto &c : store::PipelineStore(m_workspace).campaigns()) {
            const auto open = batches.openBatches(c.id);
            if (open.isEmpty())
                continue;
            const auto &b = open.first();
            const QString text = tr("Campaign %1 waits for its classification batch at %2 (%3); File → Resume Campaign collects it.")
                                     .arg(c.name, b.provider, b.providerStatus.isEmpty() ? b.status : b.providerStatus);
            m_monitor->summary()->setText(text);
            statusBar()->showMessage(text);
            return;
        }
    } catch (const Error &) {
        // Not worth a dialog: the campaign can still be resumed from the menu.
    }
}

void MainWindow::runDemo()
{
    if (m_campaigns->isRunning())
        return;
    m_statusLabel->setText(tr("Preparing the demo: writing and adding the sample repository…"));
    auto workspace = m_workspace;
    QtConcurrent::run(&m_pool, [workspace] { return demo::DemoProject::prepare(workspace); })
        .then(this, [this](const demo::DemoProject::Prepared &prepared) {
            reload();
            const auto examples = store::PipelineStore(m_workspace).examples(prepared.campaignId);
            const bool done = std::all_of(examples.cbegin(), examples.cend(), [](const store::ExampleRecord &e) {
                return e.status == u"SUCCESS"_s || e.status == u"FAILED"_s || e.status == u"ERROR"_s;
            });
            if (done) {
                m_statusLabel->setText(tr("The demo campaign has run; its example is in the Examples tab."));
                if (auto *tabs = findChild<QTabWidget *>(u"MainTabs"_s))
                    tabs->setCurrentIndex(1);
                return;
            }
            m_monitor->begin(demo::DemoProject::campaignName(), int(examples.size()));
            m_campaignDock->show();
            m_campaignDock->raise();
            m_campaigns->start(prepared.campaignId, {});
        })
        .onFailed(this, [this](const Error &e) { QMessageBox::warning(this, tr("Open the Demo"), e.message()); });
}

void MainWindow::setBlindReview(bool on)
{
    try {
        if (review::BlindReview::isEnabled(m_workspace) != on)
            review::BlindReview::setEnabled(m_workspace, on);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Blind Review"), e.message());
        return;
    }
    m_session->refreshSettings();
    m_statusLabel->setText(on ? tr("Blind review is on: verdicts, models and others' judgements stay hidden until you submit.")
                              : tr("Blind review is off."));
    reloadExamples();
    if (m_exampleView->exampleId() > 0)
        m_exampleView->setExample(m_exampleView->exampleId());
}

bool MainWindow::selectExample(qint64 exampleId)
{
    for (int row = 0; row < m_exampleModel->rowCount(); ++row) {
        if (m_exampleModel->rowAt(row)->example.id == exampleId) {
            m_exampleTable->setCurrentIndex(m_exampleModel->index(row, 0));
            m_exampleTable->scrollTo(m_exampleTable->currentIndex());
            if (auto *tabs = findChild<QTabWidget *>(u"MainTabs"_s))
                tabs->setCurrentWidget(m_exampleTable->parentWidget());
            return true;
        }
    }
    return false;
}

void MainWindow::reloadExamples()
{
    auto workspace = m_workspace;
    const QString annotator = Preferences::load().annotator;
    const bool blind = review::BlindReview::isEnabled(m_workspace);
    m_repositoryView->setColumnHidden(RepositoryTableModel::ModelColumn, blind);
    m_repositoryView->setColumnHidden(RepositoryTableModel::VerdictColumn, blind);
    QtConcurrent::run(&m_pool, [workspace, annotator, blind] {
        store::PipelineStore pipeline(workspace);
        QList<ExampleTableModel::Row> rows;
        const QSet<qint64> judged = blind ? review::BlindReview::judgedBy(workspace, annotator) : QSet<qint64>();
        for (const auto &campaign : pipeline.campaigns())
            for (const auto &example : pipeline.examples(campaign.id))
                rows.append({campaign.name, example, blind && !judged.contains(example.id)});
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
    m_fileTreeModel->setFiles({});
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
            const FileRelevance relevance = FileRelevance::build(loaded.files, loaded.classifications);
            m_heatmap->setCells(relevance.cells);
            m_fileTreeModel->setFiles(loaded.files, relevance.ratings);
            if (loaded.files.size() <= 400)
                m_fileTree->expandAll();
            else
                m_fileTree->expandToDepth(0);
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
