// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/batchclassifier.h"

#include "llm/llmbatch.h"
#include "llm/llmclient.h"
#include "store/llmbatchstore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::BatchClassifier)
};

const QString kPurpose = u"file_classification"_s;
} // namespace

BatchClassifier::BatchClassifier(std::shared_ptr<store::Workspace> workspace, llm::LlmClient *client, qint64 campaignId,
                                 QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_client(client)
    , m_campaignId(campaignId)
{
}

BatchClassifier::~BatchClassifier()
{
    // Closing is not cancelling: the batches stay open at the provider and in the workspace.
    for (auto it = m_batches.cbegin(); it != m_batches.cend(); ++it)
        it.key()->disconnect(this);
}

QSet<qint64> BatchClassifier::resumeOpen()
{
    QSet<qint64> all;
    store::LlmBatchStore store(m_workspace);
    for (const auto &record : store.openBatches(m_campaignId)) {
        QSet<qint64> examples;
        for (const auto &item : store.items(record.id))
            if (item.state != u"done"_s && item.exampleId > 0)
                examples.insert(item.exampleId);
        watch(llm::LlmBatch::resume(m_client, record.id, this), examples);
        all.unite(examples);
    }
    return all;
}

void BatchClassifier::defer(qint64 exampleId, const QList<ClassificationTask> &tasks)
{
    Q_UNUSED(exampleId)
    m_deferred.append(tasks);
}

void BatchClassifier::submit()
{
    const QList<ClassificationTask> tasks = std::exchange(m_deferred, {});
    QList<llm::BatchItem> items;
    for (const ClassificationTask &task : tasks)
        items.append({task.customId(), task.request, task.context()});
    QList<QList<llm::BatchItem>> groups;
    try {
        groups = llm::LlmBatch::partition(*m_client, items);
    } catch (const Error &) {
        groups = {items};   // the create below reports the same problem per batch
    }
    for (const auto &group : std::as_const(groups)) {
        QSet<qint64> examples;
        for (const auto &item : group)
            examples.insert(item.request.exampleId);
        try {
            watch(llm::LlmBatch::create(m_client, m_campaignId, kPurpose, group, this), examples);
        } catch (const Error &e) {
            QList<qint64> failed;
            for (const qint64 id : std::as_const(examples))
                if (!m_waitingOn.contains(id))
                    failed << id;
            Q_EMIT examplesFailed(failed, Tr::tr("The classification batch could not be created: %1").arg(e.message()));
        }
    }
}

void BatchClassifier::watch(llm::LlmBatch *batch, const QSet<qint64> &examples)
{
    m_batches.insert(batch, examples);
    for (const qint64 id : examples)
        ++m_waitingOn[id];
    connect(batch, &llm::LlmBatch::itemFinished, this, [this](const QString &, const QByteArray &context, const llm::LlmResult &result) {
        try {
            ClassificationTask::fromContext(context).save(m_workspace, result);
        } catch (const Error &) {
            // Not stored: the example classifies the file again when it continues.
        }
    });
    connect(batch, &llm::LlmBatch::progressChanged, this, [this, batch](const llm::BatchProgress &progress) {
        Q_EMIT waiting(m_batches.value(batch).values(), describe(progress));
    });
    connect(batch, &llm::LlmBatch::finished, this, [this, batch](const llm::BatchProgress &) {
        const QSet<qint64> answered = m_batches.take(batch);
        batch->deleteLater();
        QList<qint64> ready;
        for (const qint64 id : answered)
            if (--m_waitingOn[id] <= 0) {
                m_waitingOn.remove(id);
                ready << id;
            }
        std::sort(ready.begin(), ready.end());
        if (!ready.isEmpty())
            Q_EMIT examplesReady(ready);
        if (m_batches.isEmpty())
            Q_EMIT idle();
    });
    Q_EMIT waiting(examples.values(), describe(batch->progress()));
    batch->start();
}

void BatchClassifier::cancel()
{
    m_deferred.clear();
    const auto batches = m_batches.keys();
    for (llm::LlmBatch *batch : batches)
        batch->cancel();
}

QString BatchClassifier::describe(const llm::BatchProgress &p) const
{
    QString text;
    if (p.providerBatchId.isEmpty())
        text = Tr::tr("waiting for the classification batch: submitting %n request(s)", "", p.total);
    else
        text = Tr::tr("waiting for classification batch %1 (%2): %3 of %4 answered")
                   .arg(p.providerBatchId, p.providerStatus.isEmpty() ? p.state : p.providerStatus)
                   .arg(p.answered)
                   .arg(p.total);
    if (!p.message.isEmpty())
        text += u" — "_s + p.message;
    return text;
}

} // namespace wb::pipeline
