// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repo/transferprogress.h"
#include "store/repositoryrecord.h"

#include <QObject>
#include <QRunnable>
#include <QStringList>

#include <atomic>
#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::repo {

/**
 * Adds a list of sources to a workspace on a QThreadPool thread, one after another. Signals are
 * emitted from the pool thread and carry value types only; connect with a context object to receive
 * them queued. cancel() is thread-safe and stops the current transfer at its next callback.
 */
class IngestJob final : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestJob)

public:
    IngestJob(std::shared_ptr<store::Workspace> workspace, QStringList sources, QObject *parent = nullptr);
    ~IngestJob() override;

    void run() override;
    void cancel();

Q_SIGNALS:
    void progress(const wb::repo::TransferProgress &progress);
    void repositoryAdded(const wb::store::RepositoryRecord &repository);
    void sourceFailed(const QString &source, const QString &message);
    void finished(int added, int failed, bool cancelled);

private:
    std::shared_ptr<store::Workspace> m_workspace;
    QStringList m_sources;
    std::atomic_bool m_cancel{false};
};

} // namespace wb::repo
