// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/ingestjob.h"

#include "repo/repositoryingestor.h"
#include "repo/sourcespec.h"
#include "util/error.h"

#include <QCoreApplication>

namespace wb::repo {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::repo::IngestJob)
};
} // namespace

IngestJob::IngestJob(std::shared_ptr<store::Workspace> workspace, QStringList sources, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_sources(std::move(sources))
{
    setAutoDelete(false);
}

IngestJob::~IngestJob() = default;

void IngestJob::cancel()
{
    m_cancel = true;
}

void IngestJob::run()
{
    int added = 0;
    int failed = 0;
    QStringList sources;
    try {
        sources = SourceSpec::expand(m_sources);
    } catch (const Error &e) {
        Q_EMIT sourceFailed(m_sources.join(u", "), e.message());
        Q_EMIT finished(0, 1, false);
        return;
    }
    const RepositoryIngestor ingestor(m_workspace);
    for (const QString &source : std::as_const(sources)) {
        if (m_cancel)
            break;
        try {
            const SourceSpec spec = SourceSpec::parse(source);
            const auto record = ingestor.ingest(spec, &m_cancel, [this](const TransferProgress &p) {
                Q_EMIT progress(p);
            });
            ++added;
            Q_EMIT repositoryAdded(record);
        } catch (const Error &e) {
            if (e.kind() == Error::Kind::Cancelled)
                break;
            ++failed;
            Q_EMIT sourceFailed(source, e.message());
        } catch (const std::exception &e) {
            ++failed;
            Q_EMIT sourceFailed(source, Tr::tr("Unexpected error: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    Q_EMIT finished(added, failed, m_cancel.load());
}

} // namespace wb::repo
