// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace wb::store {
class Workspace;
}

namespace wb::ui {

class MainWindow;

/**
 * Opens workspaces into main windows: at start-up (the given path, else the most recent or default
 * workspace, else the welcome dialog with "Open the Demo"), and whenever a window asks for New, Open,
 * Open Recent or the demo. The new window replaces the old one; recent workspaces are remembered.
 */
class WorkspaceLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceLauncher)

public:
    explicit WorkspaceLauncher(QObject *parent = nullptr);

    /** Returns false when nothing was opened (the welcome dialog was closed, or the workspace failed). */
    bool start(const QString &explicitPath);
    /** Opens (or creates) the workspace at @p path in a window that replaces the current one; nullptr on failure (reported). */
    MainWindow *open(const QString &path);
    /** Opens the demo workspace and runs (or resumes) its campaign. */
    MainWindow *openDemo();
    MainWindow *window() const;

Q_SIGNALS:
    /** A workspace could not be opened; also shown to the user. */
    void failed(const QString &message);

private:
    void report(const QString &title, const QString &message);
    void askNew(QWidget *parent);
    void askOpen(QWidget *parent);
    /** File → Connect to Team Workspace: a PostgreSQL workspace. */
    void askConnect(QWidget *parent);
    /** Shows @p workspace in a new main window, replacing the current one. */
    MainWindow *show(const std::shared_ptr<store::Workspace> &workspace);

    QPointer<MainWindow> m_window;
};

} // namespace wb::ui
