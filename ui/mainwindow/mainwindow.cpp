// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "campaign/campaigncontroller.h"
#include "campaign/campaignlistview.h"
#include "campaign/desktopnotifier.h"
#include "demo/demoproject.h"
#include "library/libraryview.h"
#include "mainwindow/examplespage.h"
#include "mainwindow/mainwindowactions.h"
#include "mainwindow/repositoriespage.h"
#include "pipeline/campaignplan.h"
#include "pipeline/campaignstanding.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "store/workspace.h"
#include "store/workspacewatcher.h"
#include "views/adjudicationview.h"
#include "views/campaignmonitor.h"
#include "views/comparisonview.h"
#include "views/curationview.h"
#include "views/exampleview.h"
#include "util/error.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace wb::ui {

MainWindow::MainWindow(std::shared_ptr<store::Workspace> workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(std::move(workspace), Preferences::load().annotator, this))
    , m_repositories(new RepositoriesPage(m_session, this))
    , m_campaigns(new CampaignController(m_session->workspace(), this))
    , m_monitor(new CampaignMonitor(m_campaigns, this))
    , m_examples(new ExamplesPage(m_session, this))
    , m_statusLabel(new QLabel(this))
    , m_campaignStatus(new QLabel(this))
    , m_campaignProgress(new QProgressBar(this))
    , m_campaignStatusThrottle(new QTimer(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("%1 — CodeDistiller Workbench").arg(m_session->displayName()));
    setWindowIcon(QIcon(u":/icons/codedistiller-workbench.svg"_s));
    setAcceptDrops(true);
    m_actions = new MainWindowActions(this, m_session, m_repositories, m_examples);
    setupTabs();
    setupCampaignDock();
    setupStatusBar();
    restoreState();
    reload();
    noteOpenBatches();
    // A team works in one workspace: judgements and runs from other workbenches appear without reopening.
    m_watcher = new store::WorkspaceWatcher(m_session->workspace(), this);
    connect(m_watcher, &store::WorkspaceWatcher::changed, this, &MainWindow::onWorkspaceChanged);
}

MainWindow::~MainWindow()
{
    m_repositories->cancelAddingRepositories();
    // The pages and views go while the session they read through still exists; the session (a child
    // created first, deleted after) then waits for the loads that still run and drops their answers.
    m_tabs->disconnect(this);
    delete m_tabs;
}

QTableView *MainWindow::repositoryView() const { return m_repositories->repositoryView(); }
QTableView *MainWindow::exampleTable() const { return m_examples->exampleTable(); }
ExampleView *MainWindow::exampleView() const { return m_examples->exampleView(); }
const std::shared_ptr<store::Workspace> &MainWindow::workspace() const { return m_session->workspace(); }
QTableView *MainWindow::fileView() const { return m_repositories->fileView(); }
SourcePreview *MainWindow::preview() const { return m_repositories->preview(); }
TreemapWidget *MainWindow::heatmap() const { return m_repositories->heatmap(); }
QTreeView *MainWindow::fileTree() const { return m_repositories->fileTree(); }

void MainWindow::setupTabs()
{
    m_curation = new CurationView(m_session, this);
    m_curation->setObjectName(u"CurationView"_s);
    m_adjudication = new AdjudicationView(m_session, this);
    m_adjudication->setObjectName(u"AdjudicationView"_s);
    m_comparison = new ComparisonView(m_session, this);
    m_comparison->setObjectName(u"ComparisonView"_s);
    m_library = new LibraryView(m_session, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"MainTabs"_s);
    m_tabs->addTab(m_repositories, tr("&Repositories"));
    m_tabs->addTab(m_examples, tr("&Examples"));
    m_tabs->addTab(m_curation, tr("C&uration"));
    m_tabs->addTab(m_adjudication, tr("A&djudication"));
    m_tabs->addTab(m_comparison, tr("Co&mparison"));
    m_tabs->addTab(m_library, tr("&Library"));
    setCentralWidget(m_tabs);
    // The review views read when they are shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *shown = m_tabs->widget(index);
        if (shown == m_curation)
            m_curation->reload();
        else if (shown == m_adjudication)
            m_adjudication->reload();
        else if (shown == m_comparison)
            m_comparison->reload();
    });

    connect(m_repositories, &RepositoriesPage::repositoriesLoaded, this, &MainWindow::repositoriesLoaded);
    connect(m_repositories, &RepositoriesPage::repositoriesLoaded, m_examples, &ExamplesPage::reload);
    connect(m_repositories, &RepositoriesPage::filesLoaded, this, &MainWindow::filesLoaded);
    connect(m_repositories, &RepositoriesPage::previewLoaded, this, &MainWindow::previewLoaded);
    connect(m_repositories, &RepositoriesPage::statusMessage, m_statusLabel, &QLabel::setText);
    connect(m_repositories, &RepositoriesPage::transientMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(m_repositories, &RepositoriesPage::ingestProgress, this, &MainWindow::onIngestProgress);
    connect(m_repositories, &RepositoriesPage::ingestFinished, this, &MainWindow::onIngestFinished);
    connect(m_examples, &ExamplesPage::examplesLoaded, this, &MainWindow::examplesLoaded);
    connect(m_examples, &ExamplesPage::statusMessage, m_statusLabel, &QLabel::setText);
    connect(m_examples, &ExamplesPage::judgementSubmitted, m_curation, &CurationView::reload);
    connect(m_examples, &ExamplesPage::openExampleRequested, this, &MainWindow::selectExample);
    connect(m_library, &LibraryView::openExampleRequested, this, &MainWindow::selectExample);
    connect(m_adjudication, &AdjudicationView::openExampleRequested, this, &MainWindow::selectExample);
    connect(m_comparison, &ComparisonView::exampleActivated, this, &MainWindow::selectExample);
    connect(m_actions, &MainWindowActions::statusMessage, m_statusLabel, &QLabel::setText);
    connect(m_actions, &MainWindowActions::campaignDockRequested, this, [this] {
        m_campaignDock->show();
        m_campaignDock->raise();
    });
    connect(m_session, &WorkspaceSession::loadFailed, m_statusLabel, &QLabel::setText);
}

void MainWindow::setupCampaignDock()
{
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
    QAction *toggle = m_campaignDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_actions->addDockToggle(toggle);

    connect(m_campaigns, &CampaignController::finished, this, [this] {
        m_examples->reload();
        m_repositories->reloadOutcomes();
        m_curation->reload();
        if (m_expertRoundExample > 0) {
            m_examples->expertRoundFinished(m_expertRoundExample, tr("The expert round has run; it is the newest round."));
            m_expertRoundExample = 0;
        }
    });
    connect(m_examples, &ExamplesPage::expertRoundRequested, this, [this](qint64 campaignId, qint64 exampleId, bool judge) {
        if (m_campaigns->isRunning()) {
            m_examples->expertRoundFinished(
                0, tr("A campaign is running. The expert round is saved; run it when the campaign has finished."));
            return;
        }
        m_expertRoundExample = exampleId;
        m_monitor->begin(tr("Expert round"), 1);
        if (!m_campaigns->startExpertRound(campaignId, exampleId, judge)) {
            m_expertRoundExample = 0;
            m_examples->expertRoundFinished(0, tr("The expert round could not start."));
        }
    });
    // Live: the shown example follows its campaign (a throttled reload on progress) and tails its running round.
    connect(m_campaigns, &CampaignController::liveLines, m_examples, &ExamplesPage::appendLiveLines);
    connect(m_campaigns, &CampaignController::exampleProgress, m_examples, &ExamplesPage::followProgress);
    connect(m_campaigns, &CampaignController::failedToStart, this, [this](qint64, const QString &message) {
        QMessageBox::warning(this, tr("Run Campaign"), message);
    });
}

void MainWindow::setupStatusBar()
{
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel adding repositories"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, m_repositories, &RepositoriesPage::cancelAddingRepositories);
    statusBar()->addWidget(m_statusLabel, 1);
    // Live campaign progress from the monitor, shown at most twice a second (not per event: no relayout storms).
    m_campaignStatus->setObjectName(u"CampaignStatus"_s);
    m_campaignStatus->hide();
    m_campaignProgress->setMaximumWidth(160);
    m_campaignProgress->setTextVisible(false);
    m_campaignProgress->hide();
    statusBar()->addPermanentWidget(m_campaignStatus);
    statusBar()->addPermanentWidget(m_campaignProgress);
    m_campaignStatusThrottle->setSingleShot(true);
    m_campaignStatusThrottle->setInterval(500);
    connect(m_campaignStatusThrottle, &QTimer::timeout, this, [this] { m_campaignStatus->setText(m_campaignStatusText); });
    connect(m_monitor, &CampaignMonitor::statusChanged, this, [this](const QString &status, int done, int total) {
        m_campaignStatusText = status;
        if (!m_campaignStatusThrottle->isActive())
            m_campaignStatusThrottle->start();
        m_campaignProgress->setRange(0, total);
        m_campaignProgress->setValue(done);
    });
    connect(m_campaigns, &CampaignController::exampleProgress, this, [this] {
        m_campaignStatus->show();
        m_campaignProgress->show();
    });
    auto *notifier = new DesktopNotifier(this);
    connect(m_campaigns, &CampaignController::finished, this, [this, notifier] {
        // After the monitor's own handler: its summary of the campaign is the newest status.
        QTimer::singleShot(0, this, [this, notifier] {
            m_campaignStatusThrottle->stop();
            m_campaignStatus->setText(m_campaignStatusText);
            m_campaignProgress->hide();
            if (!isActiveWindow() || isMinimized())
                notifier->notify(tr("Campaign finished"), m_campaignStatusText);
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
    m_repositories->restoreState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"session/geometry"_s, saveGeometry());
    settings.setValue(u"session/windowState"_s, saveState());
    m_repositories->saveState(settings);
    m_repositories->cancelAddingRepositories();
    event->accept();
}

void MainWindow::reload()
{
    m_repositories->reload();   // the examples follow when the repositories are in
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
    if (touches({u"settings"}))
        m_session->refreshSettings();
    if (touches({u"judgements", u"adjudications", u"annotations", u"pairwise_judgements", u"settings"})) {
        m_examples->refreshJudgements();
        if (m_curation->isVisible())
            m_curation->reload();
        if (m_adjudication->isVisible())
            m_adjudication->reload();
        if (m_comparison->isVisible())
            m_comparison->reload();
    }
    // The library's search brings its index up to date itself; a shown result list is searched again.
    if (m_library->isVisible() && touches({u"judgements", u"adjudications", u"examples", u"rounds"}))
        m_library->refresh();
    // Our own campaign reports its progress directly; a campaign that runs elsewhere shows up here.
    if (!m_campaigns->isRunning() && touches({u"campaigns", u"examples", u"rounds"})) {
        m_examples->reload();
        m_repositories->reloadOutcomes();
        if (m_examples->isVisible())
            m_examples->refreshShownExample();
    }
}

void MainWindow::focusFind()
{
    if (m_tabs->currentWidget() == m_library) {
        m_library->focusQuery();
        return;
    }
    m_repositories->focusFilter();
}

bool MainWindow::selectExample(qint64 exampleId)
{
    if (!m_examples->selectExample(exampleId))
        return false;
    m_tabs->setCurrentWidget(m_examples);
    return true;
}

void MainWindow::runCampaign(const QString &name, const pipeline::CampaignConfig &config, const llm::LlmClientOptions &options,
                             const QList<qint64> &repositoryIds)
{
    m_session->load(
        this,
        // Checked (the executor's probe can take 30 s) and written on the session's pool; nothing is
        // written when a check fails.
        [plan = pipeline::CampaignPlan(name, config, repositoryIds)](const std::shared_ptr<store::Workspace> &workspace) {
            return plan.validateAndCreate(workspace);
        },
        [this, options](const pipeline::CampaignPlan::Created &created) {
            m_monitor->begin(created.name, created.examples);
            m_campaignDock->show();
            m_campaignDock->raise();
            m_campaigns->start(created.campaignId, options);
        },
        [this](const QString &message) { QMessageBox::warning(this, tr("Run Campaign"), message); });
}

void MainWindow::startCampaign(qint64 campaignId, const QString &name, int examples, const llm::LlmClientOptions &options,
                               CampaignController::Errors errors)
{
    m_monitor->begin(name, examples);
    m_campaignDock->show();
    m_campaignDock->raise();
    m_campaigns->start(campaignId, options, errors);
}

void MainWindow::resumeCampaign(qint64 campaignId, const llm::LlmClientOptions &options, CampaignController::Errors errors)
{
    if (m_campaigns->isRunning(campaignId)) {
        QMessageBox::information(this, tr("Resume Campaign"), tr("This campaign is running; wait for it or cancel it."));
        return;
    }
    m_session->load(
        this,
        [campaignId](const std::shared_ptr<store::Workspace> &ws) { return pipeline::CampaignStanding::read(ws, campaignId); },
        [this, options, errors](const std::optional<pipeline::CampaignStanding> &campaign) {
            if (campaign && !m_campaigns->isRunning(campaign->id))
                startCampaign(campaign->id, campaign->name, campaign->examples, options, errors);
        },
        [this](const QString &message) { QMessageBox::warning(this, tr("Resume Campaign"), message); });
}

void MainWindow::noteOpenBatches()
{
    m_session->load(
        this, [](const std::shared_ptr<store::Workspace> &ws) { return pipeline::CampaignStanding::readAll(ws); },
        [this](const QList<pipeline::CampaignStanding> &standings) {
            for (const auto &c : standings) {
                if (!c.waitsForBatch())
                    continue;
                const QString text = tr("Campaign %1 waits for its classification batch at %2 (%3); File → Resume Campaign collects it.")
                                         .arg(c.name, c.waitingProvider, c.waitingStatus);
                m_monitor->summary()->setText(text);
                statusBar()->showMessage(text);
                return;
            }
        },
        [](const QString &) {});   // not worth a word: the campaign can still be resumed from the menu
}

void MainWindow::runDemo()
{
    m_statusLabel->setText(tr("Preparing the demo: writing and adding the sample repository…"));
    m_session->load(
        this,
        [](const std::shared_ptr<store::Workspace> &ws) {
            const auto prepared = demo::DemoProject::prepare(ws);
            return pipeline::CampaignStanding::read(ws, prepared.campaignId).value_or(pipeline::CampaignStanding());
        },
        [this](const pipeline::CampaignStanding &demo) {
            reload();
            if (demo.unfinished == 0) {
                m_statusLabel->setText(tr("The demo campaign has run; its example is in the Examples tab."));
                m_tabs->setCurrentWidget(m_examples);
                return;
            }
            if (!m_campaigns->isRunning(demo.id))
                startCampaign(demo.id, demo::DemoProject::campaignName(), demo.examples, {});
        },
        [this](const QString &message) { QMessageBox::warning(this, tr("Open the Demo"), message); });
}

void MainWindow::addRepositories(const QStringList &sources)
{
    if (m_repositories->isAddingRepositories()) {
        QMessageBox::information(this, tr("Add Repositories"),
                                 tr("Repositories are being added already; wait for that to finish or cancel it."));
        return;
    }
    m_repositories->addRepositories(sources);
}

void MainWindow::onIngestProgress(const QString &text, int value, int maximum)
{
    if (!text.isEmpty())
        m_statusLabel->setText(text);
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    m_progress->show();
    m_cancelButton->show();
}

void MainWindow::onIngestFinished(int added, int failed, bool cancelled, const QStringList &errors)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_statusLabel->setText(cancelled ? tr("Cancelled after adding %1 repositories; nothing half-written was kept.").arg(added)
                                     : tr("Added %1 repositories, %2 failed.").arg(added).arg(failed));
    if (!errors.isEmpty()) {
        // Non-modal: the window stays usable and nothing waits for the user.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Add Repositories"),
                                    tr("Sources that could not be added: %1").arg(errors.size()), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(u"IngestErrors"_s);
        box->setInformativeText(errors.first());
        box->setDetailedText(errors.join(u"\n\n"_s));
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
