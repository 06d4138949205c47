// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoproject.h"

#include "git/gitlibrary.h"
#include "repo/repositoryingestor.h"
#include "repo/sourcespec.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::demo {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::demo::DemoProject)
};

constexpr auto kSampleResource = ":/wb/demo/crystaltoolkit";
constexpr git_time_t kCommitTime = 1768471200;   // 2026-01-15 10:00 UTC

/** The sample's files as (relative path, content), in a fixed order. */
QList<std::pair<QString, QByteArray>> sampleFiles()
{
    QList<std::pair<QString, QByteArray>> files;
    const QDir root(QString::fromLatin1(kSampleResource));
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Tr::tr("The demo's sample repository is missing from this build (%1).").arg(path));
        files.append({root.relativeFilePath(path), f.readAll()});
    }
    if (files.isEmpty())
        throw Error(Tr::tr("The demo's sample repository is missing from this build."));
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return files;
}
} // namespace

QString DemoProject::repositoryName()
{
    return u"crystaltoolkit"_s;
}

QString DemoProject::campaignName()
{
    return u"demo"_s;
}

QString DemoProject::cassettePath()
{
    return u":/wb/demo/recorded-responses.jsonl"_s;
}

QString DemoProject::defaultWorkspacePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"codedistiller-workbench/demo/demo.cdw"_s);
}

QString DemoProject::writeSampleRepository(const QString &parentDir)
{
    const QString dir = QDir(parentDir).filePath(repositoryName());
    git::ensureInitialised();
    if (QFileInfo::exists(dir + u"/.git/HEAD"_s)) {
        git_repository *existing = nullptr;
        if (git_repository_open(&existing, QFile::encodeName(dir).constData()) == 0) {
            git::RepositoryPtr repo(existing);
            git_oid head;
            if (git_reference_name_to_id(&head, repo.get(), "HEAD") == 0)
                return dir;
        }
        throw Error(Tr::tr("%1 exists but is not a usable git repository; remove it to recreate the demo's sample.").arg(dir),
                    Error::Kind::InvalidInput);
    }
    if (!QDir().mkpath(dir))
        throw Error(Tr::tr("Cannot create %1.").arg(dir));

    git_repository *raw = nullptr;
    git::check(git_repository_init(&raw, QFile::encodeName(dir).constData(), 0), Tr::tr("Creating the demo repository"));
    git::RepositoryPtr repo(raw);
    git::check(git_repository_set_head(repo.get(), "refs/heads/main"), Tr::tr("Creating the demo repository"));
    git_index *rawIndex = nullptr;
    git::check(git_repository_index(&rawIndex, repo.get()), Tr::tr("Creating the demo repository"));
    git::IndexPtr index(rawIndex);

    for (const auto &[relative, content] : sampleFiles()) {
        const QString target = QDir(dir).filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
            throw Error(Tr::tr("Cannot write %1: %2").arg(target, out.errorString()));
        git_index_entry entry{};
        const QByteArray path = relative.toUtf8();
        entry.path = path.constData();
        entry.mode = GIT_FILEMODE_BLOB;
        git::check(git_index_add_from_buffer(index.get(), &entry, content.constData(), size_t(content.size())),
                   Tr::tr("Adding %1 to the demo repository").arg(relative));
    }
    git::check(git_index_write(index.get()), Tr::tr("Writing the demo repository's index"));
    git_oid treeId;
    git::check(git_index_write_tree(&treeId, index.get()), Tr::tr("Writing the demo repository's tree"));
    git_tree *rawTree = nullptr;
    git::check(git_tree_lookup(&rawTree, repo.get(), &treeId), Tr::tr("Writing the demo repository's tree"));
    git::TreePtr tree(rawTree);
    git_signature *rawSignature = nullptr;
    git::check(git_signature_new(&rawSignature, "crystaltoolkit authors", "authors@crystaltoolkit.invalid", kCommitTime, 0),
               Tr::tr("Creating the demo commit"));
    git::SignaturePtr signature(rawSignature);
    git_oid commitId;
    git::check(git_commit_create(&commitId, repo.get(), "HEAD", signature.get(), signature.get(), "UTF-8",
                                 "crystaltoolkit 0.3.1\n", tree.get(), 0, nullptr),
               Tr::tr("Creating the demo commit"));
    return dir;
}

pipeline::CampaignConfig DemoProject::campaignConfig()
{
    pipeline::CampaignConfig config;
    const pipeline::ModelChoice recorded{u"openai-compatible"_s, u"recorded-demo"_s, QString()};
    config.generator = recorded;
    config.classifier = recorded;
    config.judge = recorded;
    config.executor = u"local"_s;
    config.maxRounds = 4;
    config.concurrency = 1;
    config.limits.wallSeconds = 300;
    config.replayCassette = cassettePath();
    return config;
}

DemoProject::Prepared DemoProject::prepare(const std::shared_ptr<store::Workspace> &workspace, const std::atomic_bool *cancel)
{
    Prepared prepared;
    const QString sourceDir = QDir(QFileInfo(workspace->path()).absolutePath()).filePath(u"demo-source"_s);
    const QString repositoryPath = writeSampleRepository(sourceDir);

    const store::RepositoryStore repositories(workspace);
    const auto known = repositories.repositories();
    const auto it = std::find_if(known.cbegin(), known.cend(), [&](const store::RepositoryRecord &r) {
        return QFileInfo(r.source) == QFileInfo(repositoryPath) || r.name == repositoryName();
    });
    prepared.repository = it != known.cend() ? *it
                                             : repo::RepositoryIngestor(workspace).ingest(repo::SourceSpec::parse(repositoryPath), cancel);

    store::PipelineStore pipeline(workspace);
    if (const auto existing = pipeline.findCampaign(campaignName())) {
        prepared.campaignId = existing->id;
        prepared.campaignExisted = true;
        return prepared;
    }
    prepared.campaignId = pipeline.createCampaign(campaignName(), campaignConfig().toJson());
    pipeline.addExamples(prepared.campaignId, {prepared.repository.id});
    return prepared;
}

} // namespace wb::demo
