// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/exportverifier.h"

#include "exec/executionjob.h"
#include "exec/executionrequest.h"
#include "exec/executionresult.h"
#include "exec/executor.h"
#include "exec/roundfolders.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignplan.h"
#include "repo/repositorycheckout.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::ExportVerifier)
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
        throw Error(Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
}

/** Files below @p dir, relative and sorted. */
QStringList filesBelow(const QString &dir)
{
    QStringList out;
    const QDir root(dir);
    std::function<void(const QString &)> walk = [&](const QString &path) {
        const QFileInfoList entries = QDir(path).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.isSymLink())
                continue;
            if (entry.isDir())
                walk(entry.filePath());
            else
                out << root.relativeFilePath(entry.filePath());
        }
    };
    walk(dir);
    return out;
}

/** What a verification needs, read and made on a worker. */
struct Preparation
{
    ExportVerifier::Result result;     ///< outcome NotRun with a message when the folder cannot be run
    exec::ExecutionRequest request;
    QString executor;
    std::shared_ptr<exec::Executor> runner;   ///< made on the worker: creating one may probe (podman, Slurm)
    bool ready = false;
};

Preparation prepare(const std::shared_ptr<store::Workspace> &workspace, const QString &exportDir, const QString &folder,
                    const ExportVerifier::Options &options)
{
    Preparation p;
    p.result.folder = folder;
    const QString dir = QDir(exportDir).filePath(folder);
    const QJsonObject provenance = QJsonDocument::fromJson(readFile(dir + u"/provenance.json"_s)).object();
    p.result.expectedFiles = filesBelow(dir + u"/expected_output"_s);
    try {
        const QString url = provenance.value(u"repository_url"_s).toString();
        const QString commit = provenance.value(u"commit"_s).toString();
        p.result.key = u"%1@%2#%3"_s.arg(url, commit, provenance.value(u"campaign"_s).toString());
        if (url.isEmpty() || commit.isEmpty())
            throw Error(Tr::tr("provenance.json names no repository or commit."));
        const auto repository = store::RepositoryStore(workspace).findByUrl(url);
        if (!repository || repository->localPath.isEmpty())
            throw Error(Tr::tr("The repository %1 is not in this workspace; run the folder's run_example.sh instead.").arg(url));
        pipeline::CampaignConfig config;
        if (const auto campaign = store::PipelineStore(workspace).findCampaign(provenance.value(u"campaign"_s).toString()))
            config = pipeline::CampaignConfig::fromJson(campaign->configJson);
        if (!options.executor.isEmpty())
            config.executor = options.executor;
        if (config.executor.isEmpty())
            config.executor = u"local"_s;
        if (options.timeoutSeconds > 0)
            config.limits.wallSeconds = options.timeoutSeconds;
        p.executor = config.executor;
        exec::ExecutorSettings settings = pipeline::CampaignPlan::executorSettings(config, workspace);
        settings.retention = exec::RoundRetention::Remove;
        p.runner = exec::Executor::create(p.executor, settings);
        const QString cache = p.runner->workRoot(workspace->cachePath());
        p.request.repositoryDirectory = repo::RepositoryCheckout::ensure(repository->localPath, commit, cache);
        // A clean copy: only the four files the round is made of; nothing the folder's earlier runs left.
        p.request.mainPy = readFile(dir + u"/main.py"_s);
        p.request.requirementsTxt = readFile(dir + u"/requirements.txt"_s);
        p.request.runSh = readFile(dir + u"/run.sh"_s);
        p.request.metadataJson = readFile(dir + u"/metadata.json"_s);
        if (p.request.mainPy.isEmpty())
            throw Error(Tr::tr("The folder has no main.py."));
        p.request.limits = config.limits;
        p.request.roundDirectory = exec::RoundFolders::prepare(
            cache, exec::RoundFolders::workspaceKey(workspace->path()) + u"-verify"_s,
            qint64(provenance.value(u"example_id"_s).toInteger()), provenance.value(u"round"_s).toInt(1));
        p.ready = true;
    } catch (const Error &e) {
        p.result.outcome = ExportVerifier::Result::Outcome::NotRun;
        p.result.message = e.message();
    }
    return p;
}

QString lastErrorLine(const exec::ExecutionResult &r)
{
    for (auto it = r.log.crbegin(); it != r.log.crend(); ++it)
        if (it->stream == u"stderr"_s && it->phase == u"run"_s && !it->text.trimmed().isEmpty())
            return it->text.trimmed();
    for (auto it = r.log.crbegin(); it != r.log.crend(); ++it)
        if (it->stream != u"stdout"_s && !it->text.trimmed().isEmpty())
            return it->text.trimmed();
    return r.message;
}
} // namespace

QString ExportVerifier::Result::outcomeText() const
{
    switch (outcome) {
    case Outcome::Ran: return u"ran"_s;
    case Outcome::Failed: return u"failed"_s;
    case Outcome::NotRun: return u"not_run"_s;
    }
    return {};
}

QJsonObject ExportVerifier::Result::toJson() const
{
    QJsonObject o{{u"folder"_s, folder},
                  {u"outcome"_s, outcomeText()},
                  {u"executor"_s, executor},
                  {u"exit_code"_s, exitCode ? QJsonValue(*exitCode) : QJsonValue()},
                  {u"produced_expected_output"_s, producedExpected()},
                  {u"expected_files"_s, QJsonArray::fromStringList(expectedFiles)},
                  {u"missing_files"_s, QJsonArray::fromStringList(missingFiles)},
                  {u"duration_ms"_s, durationMs},
                  {u"message"_s, message},
                  {u"verified_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (!lastErrorLine.isEmpty())
        o.insert(u"last_error_line"_s, lastErrorLine);
    return o;
}

ExportVerifier::ExportVerifier(std::shared_ptr<store::Workspace> workspace, QString exportDir, Options options, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_exportDir(std::move(exportDir))
    , m_options(std::move(options))
{
}

ExportVerifier::~ExportVerifier()
{
    if (m_job)
        m_job->cancel();
}

QStringList ExportVerifier::exampleFolders(const QString &exportDir)
{
    QStringList out;
    const QFileInfoList entries = QDir(exportDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries)
        if (!entry.isSymLink() && QFileInfo(entry.filePath() + u"/provenance.json"_s).isFile())
            out << entry.fileName();
    return out;
}

void ExportVerifier::start()
{
    m_folders = exampleFolders(m_exportDir);
    if (m_folders.isEmpty()) {
        complete(Tr::tr("%1 holds no exported example folder (none has a provenance.json).").arg(m_exportDir));
        return;
    }
    next();
}

void ExportVerifier::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void ExportVerifier::next()
{
    if (m_cancelled) {
        complete(Tr::tr("Verification cancelled after %n folder(s).", nullptr, int(m_results.size())));
        return;
    }
    if (m_results.size() == m_folders.size()) {
        complete();
        return;
    }
    const QString folder = m_folders.at(m_results.size());
    Q_EMIT progress(int(m_results.size()), int(m_folders.size()), folder);
    // The checkout of a big repository and the store reads happen on a worker.
    auto *watcher = new QFutureWatcher<Preparation>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Preparation p = watcher->result();
        if (!p.ready || m_cancelled) {
            if (p.ready)
                exec::RoundFolders::remove(p.request.roundDirectory);
            if (m_cancelled)
                p.result.message = Tr::tr("Cancelled.");
            record(p.result);
            return;
        }
        m_executor = p.runner;
        Result base = p.result;
        base.executor = p.executor;
        const QString roundDirectory = p.request.roundDirectory;
        m_job = m_executor->start(p.request, this);
        connect(m_job, &exec::ExecutionJob::finished, this, [this, base, roundDirectory](const exec::ExecutionResult &r) {
            Result result = base;
            result.exitCode = r.exitCode;
            result.durationMs = r.durationMs;
            result.outcome = r.succeeded() ? Result::Outcome::Ran : Result::Outcome::Failed;
            QStringList produced;
            for (const auto &a : r.artifacts)
                if (a.name.startsWith(u"to_save/"_s))
                    produced << a.name.mid(8);
            for (const QString &expected : std::as_const(result.expectedFiles))
                if (!produced.contains(expected))
                    result.missingFiles << expected;
            if (result.outcome == Result::Outcome::Failed)
                result.lastErrorLine = lastErrorLine(r);
            result.message = r.message;
            m_job->deleteLater();
            m_job = nullptr;
            m_executor->releaseRound(roundDirectory, r);
            record(result);
        });
    });
    watcher->setFuture(QtConcurrent::run(prepare, m_workspace, m_exportDir, folder, m_options));
}

void ExportVerifier::record(Result result)
{
    m_results << result;
    Q_EMIT verified(result);
    next();
}

void ExportVerifier::writeBack()
{
    QHash<QString, QJsonObject> byFolder;
    for (const Result &r : std::as_const(m_results)) {
        const QJsonObject json = r.toJson();
        byFolder.insert(r.folder, json);
        const QString path = QDir(m_exportDir).filePath(r.folder + u"/provenance.json"_s);
        QJsonObject provenance = QJsonDocument::fromJson(readFile(path)).object();
        provenance.insert(u"verification"_s, json);
        writeFile(path, QJsonDocument(provenance).toJson(QJsonDocument::Indented));
    }
    const QString manifestPath = QDir(m_exportDir).filePath(u"manifest.jsonl"_s);
    if (!QFileInfo(manifestPath).isFile())
        return;   // the git format has no manifest: its folders carry the result
    QByteArray out;
    for (const QByteArray &line : readFile(manifestPath).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (const auto it = byFolder.constFind(entry.value(u"folder"_s).toString()); it != byFolder.cend())
            entry.insert(u"verification"_s, *it);
        out += QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    }
    writeFile(manifestPath, out);
}

void ExportVerifier::complete(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    QString problem = error;
    try {
        writeBack();
    } catch (const Error &e) {
        problem = problem.isEmpty() ? e.message() : problem + u' ' + e.message();
    }
    Q_EMIT finished(m_results, problem);
}

} // namespace wb::exchange
