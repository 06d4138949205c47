// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindowactions.h"

#include "dialogs/addrepositoriesdialog.h"
#include "dialogs/campaigndialog.h"
#include "dialogs/comparemodelsdialog.h"
#include "dialogs/exportlibrarydialog.h"
#include "exchange/reviewbundle.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/slurmsettingsdialog.h"
#include "mainwindow/examplespage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/repositoriespage.h"
#include "pipeline/campaignstanding.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"
#include "settings/recentworkspaces.h"
#include "store/workspace.h"
#include "store/workspacelocation.h"
#include "util/error.h"

#include <QAction>
#include <QPointer>
#include <QDir>
#include <QProgressDialog>
#include <QFileDialog>
#include <QApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace wb::ui {

MainWindowActions::MainWindowActions(MainWindow *window, WorkspaceSession *session, RepositoriesPage *repositories,
                                     ExamplesPage *examples)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_repositories(repositories)
    , m_examples(examples)
{
    setupFileMenu();
    setupViewMenu();
    setupReviewMenu();
    setupHelpMenu();

    auto *toolbar = m_window->addToolBar(tr("Main"));
    toolbar->setObjectName(u"MainToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_add);
    toolbar->addAction(m_run);
    toolbar->addAction(m_refresh);
}

void MainWindowActions::setupFileMenu()
{
    auto *fileMenu = m_window->menuBar()->addMenu(tr("&File"));
    auto *newWorkspace = fileMenu->addAction(QIcon::fromTheme(u"document-new"_s), tr("&New Workspace…"));
    newWorkspace->setShortcut(QKeySequence::New);
    connect(newWorkspace, &QAction::triggered, m_window, &MainWindow::newWorkspaceRequested);
    auto *openWorkspace = fileMenu->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Workspace…"));
    openWorkspace->setShortcut(QKeySequence::Open);
    connect(openWorkspace, &QAction::triggered, m_window, [this] { Q_EMIT m_window->openWorkspaceRequested(QString()); });
    auto *connectWorkspace = fileMenu->addAction(QIcon::fromTheme(u"network-server-database"_s), tr("Connect to &Team Workspace…"));
    connectWorkspace->setObjectName(u"ConnectTeamWorkspaceAction"_s);
    connect(connectWorkspace, &QAction::triggered, m_window, &MainWindow::connectWorkspaceRequested);
    auto *recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(u"RecentMenu"_s);
    connect(recentMenu, &QMenu::aboutToShow, this, [this, recentMenu] { fillRecentMenu(recentMenu); });
    fileMenu->addSeparator();
    m_add = fileMenu->addAction(QIcon::fromTheme(u"list-add"_s), tr("&Add Repositories…"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_add->setStatusTip(tr("Clone or fetch repositories and take their file inventories"));
    connect(m_add, &QAction::triggered, this, [this] {
        AddRepositoriesDialog dialog(m_window);
        if (dialog.exec() == QDialog::Accepted && !dialog.sources().isEmpty())
            m_window->addRepositories(dialog.sources());
    });
    m_run = fileMenu->addAction(QIcon::fromTheme(u"media-playback-start"_s), tr("Run &Campaign…"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setStatusTip(tr("Distil examples of every repository with chosen models"));
    connect(m_run, &QAction::triggered, this, &MainWindowActions::runCampaign);
    auto *compare = fileMenu->addAction(tr("Com&pare Models…"));
    compare->setObjectName(u"CompareModelsAction"_s);
    compare->setStatusTip(tr("Distil the repositories the filter shows with two or three models at once, one campaign each"));
    connect(compare, &QAction::triggered, this, [this] {
        CompareModelsDialog dialog(m_window->campaignController(), m_repositories->filteredRepositoryIds(), m_window);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT campaignDockRequested();
    });
    auto *resume = fileMenu->addAction(QIcon::fromTheme(u"media-seek-forward"_s), tr("R&esume Campaign…"));
    resume->setObjectName(u"ResumeCampaignAction"_s);
    resume->setStatusTip(tr("Continue a campaign where it stopped; a classification batch it waits for is collected, not sent again"));
    connect(resume, &QAction::triggered, this, [this] { chooseCampaignToResume(CampaignController::Errors::Keep); });
    auto *retry = fileMenu->addAction(tr("Retry Examples That Ended in E&rror…"));
    retry->setObjectName(u"RetryErrorsAction"_s);
    retry->setStatusTip(tr("Continue a campaign together with its examples that ended in error (a refused connection, "
                           "a server's errors); their rounds and answered calls are kept"));
    connect(retry, &QAction::triggered, this, [this] { chooseCampaignToResume(CampaignController::Errors::Retry); });
    fileMenu->addSeparator();
    auto *exportLibrary = fileMenu->addAction(QIcon::fromTheme(u"document-export"_s), tr("E&xport Library…"));
    exportLibrary->setObjectName(u"ExportLibraryAction"_s);
    exportLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportLibrary->setStatusTip(tr("Write the vetted library as runnable folders, a git repository, CodeScientist codeblocks or "
                                   "JSON Lines, and verify that the exported folders still run"));
    connect(exportLibrary, &QAction::triggered, this, [this] {
        ExportLibraryDialog dialog(m_session, m_window);
        dialog.exec();
    });
    auto *bundle = fileMenu->addAction(tr("Export Review &Bundle…"));
    bundle->setObjectName(u"ExportReviewBundleAction"_s);
    bundle->setStatusTip(tr("Write the whole workspace into one self-contained file that a colleague opens offline to review"));
    connect(bundle, &QAction::triggered, this, &MainWindowActions::exportReviewBundle);
    auto *merge = fileMenu->addAction(tr("&Merge Reviews…"));
    merge->setObjectName(u"MergeReviewsAction"_s);
    merge->setStatusTip(tr("Bring the judgements, comments and gold decisions of a review bundle back, append-only"));
    connect(merge, &QAction::triggered, this, &MainWindowActions::mergeReviews);
    fileMenu->addSeparator();
    auto *slurm = fileMenu->addAction(tr("Sl&urm Settings…"));
    slurm->setObjectName(u"SlurmSettingsAction"_s);
    slurm->setStatusTip(tr("The team's Slurm settings in this workspace: partition, account, modules, shared folder, limits"));
    connect(slurm, &QAction::triggered, this, [this] {
        SlurmSettingsDialog dialog(m_session, m_window);
        dialog.exec();
    });
    fileMenu->addSeparator();
    auto *settingsAction = fileMenu->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Settings…"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindowActions::showSettings);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, m_window, &QWidget::close);
}

void MainWindowActions::fillRecentMenu(QMenu *recentMenu)
{
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
        action->setEnabled(path != m_session->workspace()->path());
        connect(action, &QAction::triggered, m_window, [this, path] { Q_EMIT m_window->openWorkspaceRequested(path); });
    }
    if (recent.isEmpty())
        recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    recentMenu->addSeparator();
    connect(recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [] { RecentWorkspaces::clear(); });
}

void MainWindowActions::setupViewMenu()
{
    m_viewMenu = m_window->menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"ViewMenu"_s);
    m_refresh = m_viewMenu->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, m_window, &MainWindow::reload);
    auto *find = m_viewMenu->addAction(tr("&Filter Repositories"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_window, &MainWindow::focusFind);

    auto *previousExample = m_viewMenu->addAction(tr("&Previous Example"));
    previousExample->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(previousExample, &QAction::triggered, m_examples, &ExamplesPage::previousExample);
    auto *nextExample = m_viewMenu->addAction(tr("&Next Example"));
    nextExample->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(nextExample, &QAction::triggered, m_examples, &ExamplesPage::nextExample);
}

void MainWindowActions::addDockToggle(QAction *toggle)
{
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(toggle);
}

void MainWindowActions::setupReviewMenu()
{
    auto *reviewMenu = m_window->menuBar()->addMenu(tr("Re&view"));
    reviewMenu->setObjectName(u"ReviewMenu"_s);
    m_blindReview = reviewMenu->addAction(tr("&Blind Review (This Workspace)"));
    m_blindReview->setObjectName(u"BlindReviewAction"_s);
    m_blindReview->setCheckable(true);
    m_blindReview->setStatusTip(tr("Hide the judge's verdict, the model names and the other annotators' judgements of an example "
                                   "until you have submitted your own; applies to everyone who opens this workspace"));
    m_blindReview->setChecked(m_session->blindReview());
    // The check mark shows the workspace's setting, whoever changed it; a click asks the session to change it.
    connect(m_session, &WorkspaceSession::blindReviewChanged, m_blindReview, [this](bool on) {
        const QSignalBlocker blocker(m_blindReview);
        m_blindReview->setChecked(on);
    });
    connect(m_blindReview, &QAction::toggled, this, [this](bool on) {
        m_session->setBlindReview(on);
        Q_EMIT statusMessage(on ? tr("Blind review is on: verdicts, models and others' judgements stay hidden until you submit.")
                                : tr("Blind review is off."));
    });
    auto *reviewKeys = reviewMenu->addAction(tr("Review &Keys…"));
    connect(reviewKeys, &QAction::triggered, m_examples, &ExamplesPage::showReviewKeys);
}

void MainWindowActions::setupHelpMenu()
{
    auto *helpMenu = m_window->menuBar()->addMenu(tr("&Help"));
    auto *demoAction = helpMenu->addAction(QIcon::fromTheme(u"media-playback-start"_s), tr("Open the &Demo"));
    demoAction->setStatusTip(tr("Open the demo workspace: a sample repository distilled offline from recorded responses"));
    connect(demoAction, &QAction::triggered, m_window, &MainWindow::demoRequested);
    helpMenu->addSeparator();
    auto *about = helpMenu->addAction(tr("&About CodeDistiller Workbench"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(m_window, tr("About CodeDistiller Workbench"),
                           tr("<h3>CodeDistiller Workbench %1</h3><p>Distil runnable, expert-vetted examples from "
                              "scientific repositories.</p><p>Workspace: %2</p>")
                               .arg(QApplication::applicationVersion(), m_session->workspace()->path().toHtmlEscaped()));
    });
}

void MainWindowActions::runCampaign()
{
    // Campaigns run side by side (they share the execution slots): another one may start while one runs.
    CampaignDialog dialog(m_repositories->repositoryCount(), m_window, m_repositories->filteredCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<qint64> ids = dialog.filteredOnly() ? m_repositories->filteredRepositoryIds() : QList<qint64>();
    m_window->runCampaign(dialog.name(), dialog.config(), {}, ids);
}

void MainWindowActions::chooseCampaignToResume(CampaignController::Errors errors)
{
    const bool retry = errors == CampaignController::Errors::Retry;
    m_session->load(
        this, [](const std::shared_ptr<store::Workspace> &ws) { return pipeline::CampaignStanding::readAll(ws); },
        [this, retry, errors](const QList<pipeline::CampaignStanding> &standings) {
            QStringList names;
            QList<qint64> ids;
            for (const auto &c : standings) {
                if (retry && c.errors > 0) {
                    names << tr("%1 (%n example(s) ended in error)", "", c.errors).arg(c.name);
                    ids << c.id;
                } else if (!retry && c.unfinished > 0) {
                    names << tr("%1 (%n unfinished example(s))", "", c.unfinished).arg(c.name);
                    ids << c.id;
                }
            }
            if (names.isEmpty()) {
                QMessageBox::information(m_window, tr("Resume Campaign"),
                                         retry ? tr("No example of this workspace ended in error.")
                                               : tr("Every campaign of this workspace has finished."));
                return;
            }
            bool ok = false;
            const QString chosen = QInputDialog::getItem(m_window, retry ? tr("Retry Examples That Ended in Error") : tr("Resume Campaign"),
                                                         tr("&Campaign:"), names, 0, false, &ok);
            if (ok && names.contains(chosen))
                m_window->resumeCampaign(ids.at(names.indexOf(chosen)), {}, errors);
        },
        [this](const QString &message) { QMessageBox::warning(m_window, tr("Resume Campaign"), message); });
}

void MainWindowActions::exportReviewBundle()
{
    const QString suggested = QFileInfo(m_session->workspace()->path()).completeBaseName() + tr("-review.cdw");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Review Bundle"), suggested,
                                                      tr("CodeDistiller workspaces (*.cdw)"));
    if (path.isEmpty())
        return;
    // The copy runs on the session's pool; the dialog shows its progress and can cancel it.
    auto *progress = new QProgressDialog(tr("Writing the review bundle…"), tr("Cancel"), 0, 0, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    const auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> bar(progress);
    m_session->load(
        this,
        [path, cancelled, bar](const std::shared_ptr<store::Workspace> &workspace) {
            return exchange::ReviewBundle::write(workspace, path, [bar](const QString &table, qint64 done, qint64 total) {
                QMetaObject::invokeMethod(bar, [bar, table, done, total] {
                    if (!bar)
                        return;
                    bar->setLabelText(tr("Writing the review bundle: %1…").arg(table));
                    bar->setMaximum(int(std::min<qint64>(total, INT_MAX)));
                    bar->setValue(int(std::min<qint64>(done, INT_MAX)));
                });
            }, cancelled.get());
        },
        [this, path, progress](const exchange::ReviewBundle::WriteReport &report) {
            progress->deleteLater();
            Q_EMIT statusMessage(tr("Review bundle written: %1 (%2 MB). Your colleague opens it, reviews, closes the workbench "
                                    "and sends it back; File → Merge Reviews brings the reviews in.")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(double(report.bytes) / 1e6, 0, 'f', 1));
        },
        [this, progress](const QString &message) {
            progress->deleteLater();
            QMessageBox::warning(m_window, tr("Export Review Bundle"), message);
        });
}

void MainWindowActions::mergeReviews()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Merge Reviews from a Bundle"), QString(),
                                                      tr("CodeDistiller workspaces (*.cdw)"));
    if (path.isEmpty())
        return;
    m_session->load(
        this, [path](const std::shared_ptr<store::Workspace> &workspace) { return exchange::ReviewBundle::merge(workspace, path); },
        [this](const exchange::ReviewBundle::MergeReport &report) {
            QString text = tr("Merged %1 judgements, %2 line comments, %3 gold decisions and %4 comparisons by %5; %6 were here already.")
                               .arg(report.judgements)
                               .arg(report.annotations)
                               .arg(report.adjudications)
                               .arg(report.pairwise)
                               .arg(report.annotators.isEmpty() ? tr("nobody") : report.annotators.join(u", "_s))
                               .arg(report.alreadyThere);
            if (!report.conflicts.isEmpty())
                text += u"\n\n"_s + tr("Judged on both sides:") + u"\n• "_s + report.conflicts.join(u"\n• "_s);
            if (!report.skipped.isEmpty())
                text += u"\n\n"_s + tr("Not merged:") + u"\n• "_s + report.skipped.join(u"\n• "_s);
            text += u"\n\n"_s + tr("Disagreements between annotators are in Review → Adjudication.");
            QMessageBox::information(m_window, tr("Merge Reviews"), text);
            m_window->reload();
        },
        [this](const QString &message) { QMessageBox::warning(m_window, tr("Merge Reviews"), message); });
}

void MainWindowActions::showSettings()
{
    SettingsDialog dialog(m_window);
    dialog.exec();
    m_session->setAnnotator(Preferences::load().annotator);   // the session's reviewer follows the preferences
}

} // namespace wb::ui
