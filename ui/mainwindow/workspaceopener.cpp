// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/workspaceopener.h"

#include "store/workspace.h"
#include "util/error.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <exception>
#include <limits>
#include <mutex>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
// Shared between the caller and the opening thread, which may outlive a cancelled wait.
struct Attempt
{
    std::mutex mutex;
    bool done = false;
    std::shared_ptr<store::Workspace> workspace;
    QString error;
};
} // namespace

WorkspaceOpener::Result WorkspaceOpener::open(const store::WorkspaceLocation &location, QWidget *parent)
{
    auto attempt = std::make_shared<Attempt>();
    // A thread of its own (not the pool): the connection it opens closes when the thread ends.
    QThread *thread = QThread::create([attempt, location] {
        std::shared_ptr<store::Workspace> workspace;
        QString error;
        try {
            workspace = store::Workspace::open(location);
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        const std::lock_guard lock(attempt->mutex);
        attempt->workspace = std::move(workspace);
        attempt->error = error;
        attempt->done = true;
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);

    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    const QString name = location.isPostgres() ? location.uri() : location.filePath();
    QProgressDialog progress(location.isPostgres() ? tr("Connecting to %1…").arg(name) : tr("Opening %1…").arg(name), tr("Cancel"),
                             0, 0, parent);
    progress.setWindowTitle(tr("Open Workspace"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setMinimumDuration(std::numeric_limits<int>::max());   // shown by the timer below, not by progress
    QTimer::singleShot(400, &progress, &QProgressDialog::show);   // a file opens before that, a server often too
    bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    thread->start();
    {
        const std::lock_guard lock(attempt->mutex);
        if (attempt->done)
            return attempt->workspace ? Result{Outcome::Opened, attempt->workspace, {}} : Result{Outcome::Failed, {}, attempt->error};
    }
    loop.exec();

    const std::lock_guard lock(attempt->mutex);
    if (cancelled || !attempt->done)
        return {Outcome::Cancelled, {}, {}};
    if (attempt->workspace)
        return {Outcome::Opened, attempt->workspace, {}};
    return {Outcome::Failed, {}, attempt->error};
}

} // namespace wb::ui
