// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/workspacelauncher.h"

#include "demo/demoproject.h"
#include "dialogs/teamworkspacedialog.h"
#include "dialogs/welcomedialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspaceopener.h"
#include "settings/recentworkspaces.h"
#include "store/workspace.h"
#include "util/error.h"
#include "util/secretstore.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace wb::ui {

WorkspaceLauncher::WorkspaceLauncher(QObject *parent)
    : QObject(parent)
{
}

MainWindow *WorkspaceLauncher::window() const
{
    return m_window;
}

bool WorkspaceLauncher::start(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return open(explicitPath) != nullptr;
    const QStringList recent = RecentWorkspaces::list();
    if (!recent.isEmpty())
        return open(recent.first()) != nullptr;
    if (QFileInfo::exists(store::Workspace::defaultPath()))
        return open(store::Workspace::defaultPath()) != nullptr;

    WelcomeDialog welcome;
    if (welcome.exec() != QDialog::Accepted)
        return false;
    switch (welcome.choice()) {
    case WelcomeDialog::Choice::Demo: return openDemo() != nullptr;
    case WelcomeDialog::Choice::Recent: return open(welcome.recentPath()) != nullptr;
    case WelcomeDialog::Choice::New: askNew(nullptr); break;
    case WelcomeDialog::Choice::Open: askOpen(nullptr); break;
    case WelcomeDialog::Choice::None: break;
    }
    return m_window != nullptr;
}

MainWindow *WorkspaceLauncher::open(const QString &path)
{
    store::WorkspaceLocation location;
    try {
        location = store::WorkspaceLocation::parse(path);
    } catch (const Error &e) {
        report(tr("Cannot open the workspace"), e.message());
        return nullptr;
    }
    if (location.isPostgres())
        location.fillPasswordFromSecretStore();
    else
        QDir().mkpath(QFileInfo(path).absolutePath());
    const WorkspaceOpener::Result opened = WorkspaceOpener::open(location, m_window);
    if (opened.outcome == WorkspaceOpener::Outcome::Cancelled)
        return nullptr;
    if (opened.outcome == WorkspaceOpener::Outcome::Failed) {
        if (!location.isPostgres())   // a server may be down for a while; a lost file is gone
            RecentWorkspaces::remove(path);
        report(tr("Cannot open the workspace"), opened.error);
        return nullptr;
    }
    return show(opened.workspace);
}

MainWindow *WorkspaceLauncher::show(const std::shared_ptr<store::Workspace> &workspace)
{
    const QPointer<MainWindow> previous = m_window;
    auto *window = new MainWindow(workspace);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::newWorkspaceRequested, this, [this, window] { askNew(window); });
    connect(window, &MainWindow::openWorkspaceRequested, this, [this, window](const QString &requested) {
        if (requested.isEmpty())
            askOpen(window);
        else
            open(requested);
    });
    connect(window, &MainWindow::demoRequested, this, &WorkspaceLauncher::openDemo);
    connect(window, &MainWindow::connectWorkspaceRequested, this, [this, window] { askConnect(window); });
    window->show();   // before the old one closes, so the application never has no window
    if (previous && !previous->close()) {
        window->close();   // the old window stays (e.g. the user kept a running campaign)
        return nullptr;
    }
    m_window = window;
    RecentWorkspaces::add(workspace->path());
    return window;
}

MainWindow *WorkspaceLauncher::openDemo()
{
    MainWindow *window = open(demo::DemoProject::defaultWorkspacePath());
    if (window)
        window->runDemo();
    return window;
}

void WorkspaceLauncher::report(const QString &title, const QString &message)
{
    Q_EMIT failed(message);
    if (!m_window) {
        QMessageBox::critical(nullptr, title, message);   // nothing else is on screen yet
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void WorkspaceLauncher::askNew(QWidget *parent)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("New Workspace"), QDir::homePath() + u"/workspace.cdw"_s,
                                                tr("Workspaces (*.cdw)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".cdw"_s))
        path += u".cdw"_s;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(parent, tr("New Workspace"), tr("%1 exists already; open it with File → Open Workspace.").arg(path));
        return;
    }
    open(path);
}

void WorkspaceLauncher::askConnect(QWidget *parent)
{
    TeamWorkspaceDialog dialog(parent);
    // Start from the newest team workspace the user had.
    const QStringList recent = RecentWorkspaces::list();
    for (const QString &entry : recent) {
        if (store::WorkspaceLocation::isConnectionUri(entry)) {
            try {
                dialog.setLocation(store::WorkspaceLocation::parse(entry));
            } catch (const Error &) {
            }
            break;
        }
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const store::WorkspaceLocation location = dialog.location();
    if (dialog.rememberPassword()) {
        QString error;
        if (!SecretStore::write(location.secretKey(), location.password(), &error))
            report(tr("The password was not saved"), tr("%1\nUse ~/.pgpass or PGPASSWORD instead; the workspace opens all the same.").arg(error));
    }
    const WorkspaceOpener::Result opened = WorkspaceOpener::open(location, parent);
    if (opened.outcome == WorkspaceOpener::Outcome::Failed)
        report(tr("Cannot open the team workspace"), opened.error);
    else if (opened.outcome == WorkspaceOpener::Outcome::Opened)
        show(opened.workspace);
}

void WorkspaceLauncher::askOpen(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Open Workspace"), QDir::homePath(), tr("Workspaces (*.cdw);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

} // namespace wb::ui
