// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/repositoryfetcher.h"

#include "git/gitlibrary.h"
#include "util/error.h"
#include "util/folders.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QUrl>
#include <QTimeZone>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace wb::repo {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::repo::RepositoryFetcher)
};

struct CallbackState
{
    const std::atomic_bool *cancel = nullptr;
    const RepositoryFetcher::ProgressCallback *progress = nullptr;
    TransferProgress report;
    bool authRequested = false;
};

bool cancelled(const CallbackState *s)
{
    return s->cancel && s->cancel->load();
}

int onTransfer(const git_indexer_progress *stats, void *payload)
{
    auto *s = static_cast<CallbackState *>(payload);
    if (cancelled(s))
        return GIT_EUSER;
    s->report.phase = stats->received_objects < stats->total_objects ? TransferProgress::Phase::Receiving
                                                                     : TransferProgress::Phase::Resolving;
    s->report.receivedObjects = stats->received_objects;
    s->report.totalObjects = stats->total_objects;
    s->report.receivedBytes = stats->received_bytes;
    if (s->progress && *s->progress)
        (*s->progress)(s->report);
    return 0;
}

int onSideband(const char *, int, void *payload)
{
    return cancelled(static_cast<CallbackState *>(payload)) ? GIT_EUSER : 0;
}

// Public repositories need no credentials. When asked, try the ssh agent once for ssh URLs, else fail
// with GIT_EAUTH so the user learns the repository is private or does not exist.
int onCredentials(git_credential **out, const char *, const char *username, unsigned int allowed, void *payload)
{
    auto *s = static_cast<CallbackState *>(payload);
    const bool firstTime = !s->authRequested;
    s->authRequested = true;
    if (firstTime && (allowed & GIT_CREDENTIAL_SSH_KEY) && username && qEnvironmentVariableIsSet("SSH_AUTH_SOCK"))
        return git_credential_ssh_key_from_agent(out, username);
    git_error_set_str(GIT_ERROR_NET, "the server asked for credentials");
    return GIT_EAUTH;
}

QString sanitise(QString component)
{
    static const QRegularExpression bad(u"[^A-Za-z0-9._-]"_s);
    component.replace(bad, u"_"_s);
    while (component.startsWith(u'.'))
        component.replace(0, 1, u'_');
    return component.isEmpty() ? u"_"_s : component.left(100);
}

QString shortHash(const QString &s)
{
    return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
}

QString branchOf(const QString &refName)
{
    return refName.startsWith(u"refs/heads/"_s) ? refName.mid(11) : QString();
}

// Connects, learns the default branch, downloads all branches and tags, updates the mirror's refs and
// points HEAD at the default branch. Returns the default branch ("" when the remote HEAD is detached).
QString download(git_repository *repo, const SourceSpec &source, CallbackState &state)
{
    git_remote *rawRemote = nullptr;
    if (git_remote_lookup(&rawRemote, repo, "origin") < 0) {
        git::check(git_remote_create_with_fetchspec(&rawRemote, repo, "origin", source.url.toUtf8().constData(),
                                                    "+refs/heads/*:refs/heads/*"),
                   Tr::tr("Cannot set up the mirror of %1").arg(source.input));
    }
    git::RemotePtr remote(rawRemote);

    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.transfer_progress = onTransfer;
    callbacks.sideband_progress = onSideband;
    callbacks.credentials = onCredentials;
    callbacks.payload = &state;

    const QString context = Tr::tr("Cannot fetch %1").arg(source.input);
    state.report.phase = TransferProgress::Phase::Connecting;
    if (state.progress && *state.progress)
        (*state.progress)(state.report);
    int rc = git_remote_connect(remote.get(), GIT_DIRECTION_FETCH, &callbacks, nullptr, nullptr);
    if (rc < 0 && state.authRequested)
        rc = GIT_EAUTH;
    git::check(rc, context);

    const git_remote_head **heads = nullptr;
    size_t headCount = 0;
    git::check(git_remote_ls(&heads, &headCount, remote.get()), context);
    if (headCount == 0) {
        throw Error(Tr::tr("%1 is an empty repository (it has no commits).").arg(source.input), Error::Kind::Git);
    }
    // The advertised refs are only valid while connected: copy what is needed later.
    std::optional<git_oid> advertisedHead;
    QStringList advertisedBranches;
    for (size_t i = 0; i < headCount; ++i) {
        if (qstrcmp(heads[i]->name, "HEAD") == 0)
            advertisedHead = heads[i]->oid;
        else if (const QString b = branchOf(QString::fromUtf8(heads[i]->name)); !b.isEmpty())
            advertisedBranches << b;
    }
    QString defaultBranch;
    git_buf buf = GIT_BUF_INIT;
    if (git_remote_default_branch(&buf, remote.get()) == 0)
        defaultBranch = branchOf(QString::fromUtf8(buf.ptr, qsizetype(buf.size)));
    git_buf_dispose(&buf);

    git_fetch_options fetchOptions = GIT_FETCH_OPTIONS_INIT;
    fetchOptions.callbacks = callbacks;
    fetchOptions.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    fetchOptions.prune = GIT_FETCH_PRUNE;
    rc = git_remote_download(remote.get(), nullptr, &fetchOptions);
    if (rc < 0 && state.authRequested)
        rc = GIT_EAUTH;
    git::check(rc, context);
    git::check(git_remote_update_tips(remote.get(), &callbacks, 1, GIT_REMOTE_DOWNLOAD_TAGS_ALL, nullptr), context);
    git_remote_disconnect(remote.get());

    if (defaultBranch.isEmpty()) {
        // Detached remote HEAD: pin the advertised HEAD commit if a branch brought it along.
        if (advertisedHead) {
            git_object *obj = nullptr;
            if (git_object_lookup(&obj, repo, &*advertisedHead, GIT_OBJECT_COMMIT) == 0) {
                git_object_free(obj);
                git::check(git_repository_set_head_detached(repo, &*advertisedHead), context);
                return {};
            }
        }
        // Fall back to the first branch the remote advertised.
        if (!advertisedBranches.isEmpty())
            defaultBranch = advertisedBranches.first();
        else
            throw Error(Tr::tr("%1 has no branches to pin a commit from.").arg(source.input), Error::Kind::Git);
    }
    git::check(git_repository_set_head(repo, (u"refs/heads/"_s + defaultBranch).toUtf8().constData()), context);
    return defaultBranch;
}

void pin(git_repository *repo, const SourceSpec &source, FetchResult &result)
{
    git_object *raw = nullptr;
    if (git_revparse_single(&raw, repo, "HEAD^{commit}") < 0) {
        throw Error(Tr::tr("%1 is an empty repository (it has no commits).").arg(source.input), Error::Kind::Git);
    }
    git::ObjectPtr commit(raw);
    result.commitSha = git::toHex(*git_object_id(commit.get()));
    const auto *c = reinterpret_cast<const git_commit *>(commit.get());
    result.commitTime = QDateTime::fromSecsSinceEpoch(git_commit_time(c), Qt::UTC);
}
// A first clone goes to "<mirror>.partial-<id>", and its process holds "<that>.lock" (a QLockFile: the
// owner's pid and host, plus a native lock) until the folder is renamed into place or removed.
QString lockPathOf(const QString &partial)
{
    return partial + u".lock"_s;
}

// Leftovers of a process killed mid-clone (kill -9, power loss): a partial folder whose lock names a
// process that is gone. A clone another live process (or another thread of this one) is making keeps
// its lock and is left alone. A partial folder without a lock file comes from a build that made none:
// only an old one can be assumed dead.
void removeIfAbandoned(const QFileInfo &partial)
{
    const QString lockPath = lockPathOf(partial.absoluteFilePath());
    if (!QFileInfo::exists(lockPath)) {
        if (partial.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > 3600)
            QDir(partial.absoluteFilePath()).removeRecursively();
        return;
    }
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);   // judge by the owner's pid alone, never by age
    if (lock.tryLock(0))
        QDir(partial.absoluteFilePath()).removeRecursively();
}

// Walks the mirror tree (host/owner/name.git, local/name.git) for partial folders, without entering
// mirrors or partial folders themselves.
void removeAbandonedClones(const QString &reposRoot)
{
    QStringList folders{reposRoot};
    for (int depth = 0; depth < 8 && !folders.isEmpty(); ++depth) {
        QStringList next;
        for (const QString &folder : std::as_const(folders)) {
            const auto entries = QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
            for (const QFileInfo &entry : entries) {
                if (entry.isSymLink())
                    continue;
                if (entry.fileName().contains(u".partial-"_s))
                    removeIfAbandoned(entry);
                else if (!entry.fileName().endsWith(u".git"_s))
                    next << entry.absoluteFilePath();
            }
        }
        folders = next;
    }
}

// Stale lock files inside a mirror (a process killed mid-fetch) would make every later fetch fail.
// Fresh ones may belong to a fetch still running elsewhere, so only old ones go.
void removeStaleGitLocks(const QString &target)
{
    if (!QFileInfo(target).isDir())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDirIterator it(target, {u"*.lock"_s}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo lock(it.next());
        if (lock.lastModified().secsTo(now) > 600)
            QFile::remove(lock.absoluteFilePath());
    }
}
} // namespace

RepositoryFetcher::RepositoryFetcher(QString cacheRoot)
    : m_cacheRoot(std::move(cacheRoot))
{
}

QString RepositoryFetcher::mirrorPath(const SourceSpec &source) const
{
    QDir root(QDir(m_cacheRoot).filePath(u"repos"_s));
    if (source.kind == SourceSpec::Kind::Local) {
        return root.filePath(u"local/%1-%2.git"_s.arg(sanitise(source.name.section(u'/', -1)), shortHash(source.key)));
    }
    const QUrl url(source.key);
    QStringList parts{sanitise(url.host().isEmpty() ? u"host"_s : url.host())};
    for (const QString &p : url.path().split(u'/', Qt::SkipEmptyParts))
        parts << sanitise(p);
    // Two different URLs may sanitise alike: a short hash of the key keeps them apart.
    parts.last() = parts.last() + u'-' + shortHash(source.key) + u".git"_s;
    return root.filePath(parts.join(u'/'));
}

FetchResult RepositoryFetcher::fetch(const SourceSpec &source, const std::atomic_bool *cancel,
                                     const ProgressCallback &progress) const
{
    git::ensureInitialised();
    if (source.kind == SourceSpec::Kind::Local) {
        git_repository *rawProbe = nullptr;
        const int rc = git_repository_open_ext(&rawProbe, QFile::encodeName(source.url).constData(),
                                               GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
        if (git::isOwnershipRefusal(rc))
            throw git::ownershipError(source.url);
        if (rc < 0) {
            throw Error(Tr::tr("%1 is not a Git repository (no .git folder, and not a bare repository).")
                            .arg(source.url),
                        Error::Kind::InvalidInput);
        }
        git::RepositoryPtr probe(rawProbe);
        if (git_repository_is_shallow(probe.get()) == 1) {
            // libgit2 1.5 cannot clone from a shallow repository (e.g. `git clone --depth 1`); its
            // objects are read where they are, and nothing is ever written there.
            FetchResult result;
            pin(probe.get(), source, result);
            git_reference *head = nullptr;
            if (git_repository_head(&head, probe.get()) == 0) {
                result.defaultBranch = branchOf(QString::fromUtf8(git_reference_name(head)));
                git_reference_free(head);
            }
            result.gitDir = QString::fromUtf8(git_repository_path(probe.get()));
            result.inPlace = true;
            return result;
        }
    }

    CallbackState state;
    state.cancel = cancel;
    state.progress = &progress;
    state.report.source = source.input;

    FetchResult result;
    const QString target = mirrorPath(source);
    removeAbandonedClones(QDir(m_cacheRoot).filePath(u"repos"_s));
    removeStaleGitLocks(target);
    if (QFileInfo::exists(target)) {
        git_repository *raw = nullptr;
        if (git_repository_open_bare(&raw, QFile::encodeName(target).constData()) == 0) {
            git::RepositoryPtr repo(raw);
            result.defaultBranch = download(repo.get(), source, state);
            pin(repo.get(), source, result);
            result.gitDir = target;
            result.updated = true;
            return result;
        }
        // A broken mirror (e.g. killed mid-write by an older build) is re-created.
        QDir(target).removeRecursively();
    }

    const QString partial = target + u".partial-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    util::makeFolder(QFileInfo(partial).absolutePath(), Tr::tr("the cache folder"));
    // Held until the clone is in place or removed (declared before the cleanup, so released after it).
    QLockFile owner(lockPathOf(partial));
    owner.setStaleLockTime(0);
    if (!owner.tryLock(0))
        throw Error(Tr::tr("Cannot create the lock file %1 in the cache.").arg(lockPathOf(partial)));
    struct Cleanup
    {
        QString path;
        ~Cleanup()
        {
            if (!path.isEmpty())
                QDir(path).removeRecursively();
        }
    } cleanup{partial};

    git_repository *raw = nullptr;
    git::check(git_repository_init(&raw, QFile::encodeName(partial).constData(), 1),
               Tr::tr("Cannot create a repository in %1").arg(partial));
    git::RepositoryPtr repo(raw);
    result.defaultBranch = download(repo.get(), source, state);
    pin(repo.get(), source, result);
    repo.reset();

    if (!QDir().rename(partial, target))
        throw Error(Tr::tr("Cannot move the new clone into place at %1.").arg(target));
    cleanup.path.clear();
    result.gitDir = target;
    return result;
}

} // namespace wb::repo
