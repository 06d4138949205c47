// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/repositoryingestor.h"

#include "repo/repositoryfetcher.h"
#include "store/repositorystore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb::repo {

RepositoryIngestor::RepositoryIngestor(std::shared_ptr<store::Workspace> workspace, InventoryOptions options)
    : m_workspace(std::move(workspace))
    , m_options(options)
{
}

store::RepositoryRecord RepositoryIngestor::ingest(const SourceSpec &source, const std::atomic_bool *cancel,
                                                   const ProgressCallback &progress) const
{
    // Refused before anything is downloaded, which could not be saved anyway.
    if (m_workspace->isReadOnly()) {
        throw Error(QCoreApplication::translate("wb::repo::RepositoryIngestor",
                                                "Cannot add %1 to the workspace %2: it is read-only (%3). Ask for "
                                                "write permission, or use a workspace of your own.")
                        .arg(source.input, m_workspace->path(), m_workspace->readOnlyReason()),
                    Error::Kind::Database);
    }
    const RepositoryFetcher fetcher(m_workspace->cachePath());
    const bool hadMirror = QFileInfo::exists(fetcher.mirrorPath(source));
    const FetchResult fetched = fetcher.fetch(source, cancel, progress);

    store::RepositoryStore repositories(m_workspace);
    store::RepositoryRecord record;
    record.name = source.name;
    record.source = source.input.trimmed();
    record.url = source.key;
    record.localPath = fetched.gitDir;
    record.commitSha = fetched.commitSha;
    record.defaultBranch = fetched.defaultBranch;
    record.commitTime = fetched.commitTime;

    const InventoryBuilder builder(fetched.gitDir, fetched.commitSha, m_options);
    try {
        repositories.saveInventory(record, [&](const auto &sink) {
            const InventorySummary summary = builder.build(sink, cancel, progress);
            record.licenseSpdx = summary.license.spdx;
            record.licenseSource = summary.license.source;
            if (progress) {
                TransferProgress saving;
                saving.source = source.input;
                saving.phase = TransferProgress::Phase::Saving;
                progress(saving);
            }
        });
    } catch (...) {
        // Nothing reached the store; a mirror made just now for this attempt goes as well.
        if (!hadMirror && !fetched.inPlace && !repositories.findByUrl(record.url))
            QDir(fetched.gitDir).removeRecursively();
        throw;
    }
    if (progress) {
        TransferProgress done;
        done.source = source.input;
        done.phase = TransferProgress::Phase::Done;
        done.filesDone = done.filesTotal = quint64(record.fileCount);
        progress(done);
    }
    return record;
}

} // namespace wb::repo
