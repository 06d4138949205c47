// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/latestonly.h"
#include "util/error.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace wb::store {
class Workspace;
}

namespace wb::ui {

/**
 * The open workspace as the window's views see it. Created when a workspace opens and handed to every
 * view; the only way ui/ reaches the database.
 *
 * Every read and write runs on the session's one thread pool: a view passes a function of the workspace
 * (a core query or use case returning a plain value type) and gets the value back on the GUI thread.
 * Nothing here or in the views touches the database on the GUI thread. Answers for a receiver that is
 * gone are dropped; with a LatestOnly, so are answers older than the newest load of that series.
 *
 * Caches what views used to query on every refresh: the reviewer's name (Preferences::annotator) and
 * whether the workspace reviews blind.
 */
class WorkspaceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    using Failure = std::function<void(const QString &message)>;

    /** @p annotator: the reviewer's name as the preferences hold it. Starts loading the cached settings. */
    explicit WorkspaceSession(std::shared_ptr<store::Workspace> workspace, const QString &annotator = {},
                              QObject *parent = nullptr);
    /** Waits for the loads that run; their answers are dropped. */
    ~WorkspaceSession() override;

    /**
     * The workspace, for core objects that run off the GUI thread with their own connection (the
     * campaign controller's pipeline thread). Views never query it.
     */
    const std::shared_ptr<store::Workspace> &workspace() const { return m_workspace; }
    /** The workspace's location as shown to the user (a file path or a PostgreSQL URI without password). */
    QString displayName() const;
    bool isReadOnly() const;

    /** The reviewer's name; empty until the user gives one (Settings). */
    QString annotator() const { return m_annotator; }
    void setAnnotator(const QString &name);

    /** Whether the workspace reviews blind (review::BlindReview); false until the first load answers. */
    bool blindReview() const { return m_blindReview; }
    /** Turns blind review on or off in the workspace (in the background); blindReviewChanged follows. */
    void setBlindReview(bool on);
    /** Reads the cached settings again (another workbench may have changed them). */
    void refreshSettings();

    /**
     * Runs @p work (a function of const std::shared_ptr<store::Workspace> & returning a value, or void) on the session's pool and
     * hands its result to @p done on the GUI thread, unless @p receiver is gone by then. An error thrown
     * by @p work goes to @p failed, or, without one, to the signal loadFailed.
     */
    template<typename Work, typename Done>
    void load(QObject *receiver, Work work, Done done, Failure failed = {})
    {
        dispatch(receiver, nullptr, 0, std::move(work), std::move(done), std::move(failed));
    }
    /** The same, and only the answer of the newest load through @p latest is delivered. */
    template<typename Work, typename Done>
    void load(QObject *receiver, LatestOnly &latest, Work work, Done done, Failure failed = {})
    {
        const quint64 ticket = latest.next();
        dispatch(receiver, &latest, ticket, std::move(work), std::move(done), std::move(failed));
    }
    /** Runs @p work for its effect (a write); @p done, if given, follows on the GUI thread. */
    template<typename Work>
    void perform(QObject *receiver, Work work, std::function<void()> done = {}, Failure failed = {})
    {
        dispatch(
            receiver, nullptr, 0,
            [work = std::move(work)](const std::shared_ptr<store::Workspace> &workspace) {
                work(workspace);
                return true;
            },
            [done = std::move(done)](bool) {
                if (done)
                    done();
            },
            std::move(failed));
    }

    /** Loads that have not answered yet (for status bars and tests). */
    int pendingLoads() const { return m_pending; }
    /** Blocks until every load has run and its answer was delivered (tests and shutdown only). */
    void waitForIdle();

Q_SIGNALS:
    void annotatorChanged(const QString &name);
    void blindReviewChanged(bool on);
    /** A load without a failure handler failed: @p message says why, for the status bar. */
    void loadFailed(const QString &message);
    /** The last pending load answered. */
    void idle();

private:
    template<typename Work, typename Done>
    void dispatch(QObject *receiver, LatestOnly *latest, quint64 ticket, Work work, Done done, Failure failed)
    {
        using Result = std::invoke_result_t<Work &, const std::shared_ptr<store::Workspace> &>;
        ++m_pending;
        QPointer<QObject> guard(receiver);
        auto deliver = [this, guard, latest, ticket](auto fn) {
            // Runs on the pool: the session outlives every task (its destructor waits for them).
            QMetaObject::invokeMethod(
                this,
                [this, guard, latest, ticket, fn = std::move(fn)]() mutable {
                    finishOne();
                    if (!guard || (latest && !latest->isCurrent(ticket)))
                        return;
                    fn();
                },
                Qt::QueuedConnection);
        };
        const std::shared_ptr<store::Workspace> workspace = m_workspace;
        m_pool.start([workspace, work = std::move(work), done = std::move(done), failed = std::move(failed),
                      deliver, this]() mutable {
            QString error;
            try {
                if constexpr (std::is_void_v<Result>) {
                    work(workspace);
                    deliver([done = std::move(done)]() mutable { done(); });
                } else {
                    Result value = work(workspace);
                    deliver([done = std::move(done), value = std::move(value)]() mutable { done(value); });
                }
                return;
            } catch (const Error &e) {
                error = e.message();
            } catch (const std::exception &e) {
                error = QString::fromUtf8(e.what());
            }
            deliver([this, failed = std::move(failed), error] {
                if (failed)
                    failed(error);
                else
                    Q_EMIT loadFailed(error);
            });
        });
    }
    void finishOne();

    std::shared_ptr<store::Workspace> m_workspace;
    QString m_annotator;
    bool m_blindReview = false;
    int m_pending = 0;
    QThreadPool m_pool;
};

} // namespace wb::ui
