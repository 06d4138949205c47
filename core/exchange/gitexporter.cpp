// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/gitexporter.h"

#include "exchange/examplefolder.h"
#include "exchange/exportnames.h"
#include "exchange/exporttarget.h"
#include "git/gitlibrary.h"
#include "review/verdictstatement.h"
#include "util/error.h"
#include "util/knownsecrets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::GitExporter)
};

using ConfigPtr = std::unique_ptr<git_config, git::Deleter<git_config, git_config_free>>;

/** The mark of a repository created by this exporter, in its own .git/config (not in the history). */
constexpr char kMarkKey[] = "codedistiller-workbench.export";

void addFile(git_index *index, const QString &path, const QByteArray &content, bool executable = false)
{
    git_index_entry entry{};
    const QByteArray raw = path.toUtf8();
    const QByteArray clean = KnownSecrets::redact(content);
    entry.path = raw.constData();
    entry.mode = executable ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
    git::check(git_index_add_from_buffer(index, &entry, clean.constData(), size_t(clean.size())), Tr::tr("Adding %1").arg(path));
}

bool isMarked(git_repository *repo)
{
    git_config *raw = nullptr;
    if (git_repository_config(&raw, repo) != 0) {
        git_error_clear();
        return false;
    }
    ConfigPtr config(raw);
    int marked = 0;
    if (git_config_get_bool(&marked, config.get(), kMarkKey) != 0) {
        git_error_clear();
        return false;
    }
    return marked != 0;
}

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}
} // namespace

void GitExporter::checkTarget(const QString &outDir)
{
    git::ensureInitialised();
    // The nearest folder that exists: a new folder inside a repository is inside it too.
    QString probe = QFileInfo(outDir).absoluteFilePath();
    while (!QFileInfo(probe).isDir()) {
        const QString parent = QFileInfo(probe).absolutePath();
        if (parent == probe)
            return;
        probe = parent;
    }
    git_buf found = GIT_BUF_INIT;
    if (git_repository_discover(&found, QFile::encodeName(probe).constData(), 0, nullptr) != 0) {
        git_error_clear();
        return;   // not in any repository
    }
    const QString gitDir = QFile::decodeName(found.ptr);
    git_buf_dispose(&found);
    git_repository *raw = nullptr;
    if (git_repository_open(&raw, QFile::encodeName(gitDir).constData()) != 0) {
        const QString why = git::lastErrorMessage();
        git_error_clear();
        throw Error(Tr::tr("%1 is inside the git repository %2, which cannot be opened (%3); the git export creates its own "
                           "repository and does not write into another one. Choose a folder outside it.")
                        .arg(QDir::toNativeSeparators(outDir), QDir::toNativeSeparators(gitDir), why),
                    Error::Kind::InvalidInput);
    }
    git::RepositoryPtr repo(raw);
    const char *workdir = git_repository_workdir(repo.get());
    const QString root = workdir ? QFile::decodeName(workdir) : gitDir;
    const bool isRoot = workdir && QFileInfo(outDir).isDir() && canonical(root) == canonical(outDir);
    if (isRoot && isMarked(repo.get()))
        return;   // a previous export's own repository
    if (isRoot)
        throw Error(Tr::tr("%1 is a git repository that CodeDistiller Workbench did not create; the git export writes only "
                           "into repositories it created. Choose a new or empty folder.")
                        .arg(QDir::toNativeSeparators(outDir)),
                    Error::Kind::InvalidInput);
    throw Error(Tr::tr("%1 is inside the git repository %2; the git export creates its own repository and does not write "
                       "into another one. Choose a folder outside it.")
                    .arg(QDir::toNativeSeparators(outDir), QDir::toNativeSeparators(QDir::cleanPath(root))),
                Error::Kind::InvalidInput);
}

int GitExporter::write(const QList<VettedExample> &input, const QString &outDir, bool replace)
{
    git::ensureInitialised();
    ExportTarget::check(ExportTarget::Format::Git, outDir, replace);
    QList<VettedExample> examples;
    for (const VettedExample &v : input)
        examples << v.withoutSecrets();
    if (!QDir().mkpath(outDir))
        throw Error(Tr::tr("Cannot create %1.").arg(outDir));
    git_repository *raw = nullptr;
    if (git_repository_open_ext(&raw, QFile::encodeName(outDir).constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
        git_error_clear();
        git::check(git_repository_init(&raw, QFile::encodeName(outDir).constData(), 0), Tr::tr("Creating the repository %1").arg(outDir));
        git::RepositoryPtr fresh(raw);
        git::check(git_repository_set_head(fresh.get(), "refs/heads/main"), Tr::tr("Creating the repository %1").arg(outDir));
        git_config *rawConfig = nullptr;
        git::check(git_repository_config(&rawConfig, fresh.get()), Tr::tr("Marking the repository %1").arg(outDir));
        ConfigPtr config(rawConfig);
        git::check(git_config_set_bool(config.get(), kMarkKey, 1), Tr::tr("Marking the repository %1").arg(outDir));
        raw = fresh.release();
    }
    git::RepositoryPtr repo(raw);
    git_index *rawIndex = nullptr;
    git::check(git_repository_index(&rawIndex, repo.get()), Tr::tr("Opening the index"));
    git::IndexPtr index(rawIndex);

    int commits = 0;
    QSet<QString> slugs;
    for (const VettedExample &v : examples) {
        const QString slug = ExportNames::uniqueSlug(
            ExportNames::slug(ExportNames::title(v.repository.name, v.metadata.value(u"example_description"_s).toString())), v.key(), slugs);
        slugs.insert(slug);
        for (qsizetype i = 0; i < v.history.size(); ++i) {
            const auto &r = v.history.at(i);
            addFile(index.get(), slug + u"/main.py"_s, r.mainPy.toUtf8());
            addFile(index.get(), slug + u"/requirements.txt"_s, r.requirementsTxt.toUtf8());
            addFile(index.get(), slug + u"/run.sh"_s, r.runSh.toUtf8(), true);
            addFile(index.get(), slug + u"/metadata.json"_s, r.metadataJson.toUtf8());
            const bool last = i + 1 == v.history.size();
            if (last)   // the final round's commit holds the whole runnable folder
                for (const ExampleFolder::File &f : ExampleFolder::files(v, slug))
                    addFile(index.get(), slug + u'/' + f.path, f.content, f.executable);
            git_oid treeId;
            git::check(git_index_write_tree(&treeId, index.get()), Tr::tr("Writing a tree"));
            git_tree *rawTree = nullptr;
            git::check(git_tree_lookup(&rawTree, repo.get(), &treeId), Tr::tr("Writing a tree"));
            git::TreePtr tree(rawTree);

            git_commit *rawParent = nullptr;
            git_oid head;
            if (git_reference_name_to_id(&head, repo.get(), "HEAD") == 0)
                git::check(git_commit_lookup(&rawParent, repo.get(), &head), Tr::tr("Reading HEAD"));
            git::CommitPtr parent(rawParent);
            const QDateTime when = r.record.finishedAt.isValid() ? r.record.finishedAt : QDateTime::currentDateTimeUtc();
            git_signature *rawSignature = nullptr;
            git::check(git_signature_new(&rawSignature, "CodeDistiller Workbench", "workbench@codedistiller.invalid",
                                         when.toSecsSinceEpoch(), 0),
                       Tr::tr("Signing a commit"));
            git::SignaturePtr signature(rawSignature);
            const QJsonObject verdict = QJsonDocument::fromJson(r.record.verdictJson).object();
            QString message = u"%1: round %2 (%3)"_s.arg(slug).arg(r.record.index).arg(r.record.origin);
            message += u"\n\n"_s;
            message += u"Repository: %1 at %2\nCampaign: %3\nExit code: %4\nJudge: %5%6\n"_s.arg(
                ExportNames::flatten(v.repository.url), v.example.commitSha, ExportNames::flatten(v.campaign.name),
                r.record.exitCode ? QString::number(*r.record.exitCode) : u"-"_s,
                verdict.isEmpty() ? u"not judged"_s : (verdict.value(u"is_finished"_s).toBool() ? u"finished"_s : u"not finished"_s),
                verdict.isEmpty() ? QString() : u" — "_s + ExportNames::flatten(review::VerdictStatement::of(verdict)));
            const QByteArray messageBytes = KnownSecrets::redact(message.toUtf8());
            const git_commit *parents[] = {parent.get()};
            git_oid commitId;
            git::check(git_commit_create(&commitId, repo.get(), "HEAD", signature.get(), signature.get(), "UTF-8",
                                         messageBytes.constData(), tree.get(), parent ? 1 : 0, parent ? parents : nullptr),
                       Tr::tr("Writing a commit"));
            ++commits;
        }
    }
    git::check(git_index_write(index.get()), Tr::tr("Writing the index"));
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_FORCE;
    if (commits > 0)
        git::check(git_checkout_head(repo.get(), &options), Tr::tr("Checking out the library"));
    return commits;
}

} // namespace wb::exchange
