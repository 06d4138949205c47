// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/librarycoverage.h"
#include "session/latestonly.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace wb::ui {

class WorkspaceSession;

/**
 * The Library's coverage (wb::library::LibraryCoverage): repositories without an accepted example,
 * accepted examples their own description does not rank first, duplicate-looking pairs. Computed on the
 * session's pool when asked (and when first shown), with progress and Cancel. Activating an example
 * asks to open it in the Examples page.
 */
class LibraryCoveragePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryCoveragePanel)

public:
    explicit LibraryCoveragePanel(WorkspaceSession *session, QWidget *parent = nullptr);
    ~LibraryCoveragePanel() override;

    QTreeWidget *tree() const { return m_tree; }
    const library::LibraryCoverage &coverage() const { return m_coverage; }
    bool isComputing() const { return m_running != nullptr; }

    /** Computes the coverage again (cancels one that runs). */
    void recompute();
    void cancel();

Q_SIGNALS:
    void computed();
    void openExampleRequested(qint64 exampleId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Progress
    {
        std::atomic_bool cancelled{false};
        std::atomic_int done{0};
        std::atomic_int total{0};
    };
    void show(const library::LibraryCoverage &coverage);
    void finish(const QString &message);

    WorkspaceSession *m_session;
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QTimer *m_poll;
    LatestOnly m_loads;
    std::shared_ptr<Progress> m_running;
    library::LibraryCoverage m_coverage;
    bool m_computedOnce = false;
};

} // namespace wb::ui
