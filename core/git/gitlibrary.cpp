// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/gitlibrary.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <mutex>

namespace wb::git {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::git)
};
} // namespace

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        git_libgit2_init();
        // Inventories read many objects once; a small cache keeps memory bounded on huge trees.
        git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, static_cast<ssize_t>(64 * 1024 * 1024));
    });
}

QString lastErrorMessage(const QString &fallback)
{
    const git_error *e = git_error_last();
    if (e && e->message && *e->message)
        return QString::fromUtf8(e->message).trimmed();
    return fallback;
}

bool isOwnershipRefusal(int rc)
{
    // libgit2 1.5.1 reports a missing safe.directory setting as GIT_ENOTFOUND for the config lookup
    // instead of GIT_EOWNER when no safe.directory is configured at all.
    return rc == GIT_EOWNER || (rc == GIT_ENOTFOUND && lastErrorMessage().contains(QLatin1StringView("safe.directory")));
}

void check(int rc, const QString &context)
{
    if (rc >= 0)
        return;
    const QString detail = lastErrorMessage(Tr::tr("unknown libgit2 error %1").arg(rc));
    if (rc == GIT_EAUTH)
        throw Error(Tr::tr("%1: authentication required (%2)").arg(context, detail),
                    Error::Kind::Authentication);
    if (rc == GIT_EUSER)
        throw Error(Tr::tr("%1: cancelled").arg(context), Error::Kind::Cancelled);
    if (isOwnershipRefusal(rc))
        throw Error(Tr::tr("%1: %2\nGit refuses repositories that belong to another user (\"dubious ownership\"). "
                           "If you trust it, mark it safe with: git config --global --add safe.directory PATH")
                        .arg(context, detail),
                    Error::Kind::Git);
    throw Error(Tr::tr("%1: %2").arg(context, detail), Error::Kind::Git);
}

Error ownershipError(const QString &path)
{
    const QFileInfo info(path);
    const QString owner = info.owner().isEmpty() ? QString::number(info.ownerId()) : info.owner();
    return Error(Tr::tr("%1 belongs to another user (%2), and Git refuses to read repositories of other users "
                        "(\"dubious ownership\"). If you trust it, mark it safe and try again:\n"
                        "  git config --global --add safe.directory %1")
                     .arg(path, owner),
                 Error::Kind::Git);
}

RepositoryPtr openRepository(const QString &path)
{
    ensureInitialised();
    git_repository *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const int rc = git_repository_open_ext(&raw, native.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (isOwnershipRefusal(rc))
        throw ownershipError(path);
    check(rc, Tr::tr("Cannot open Git repository %1").arg(path));
    return RepositoryPtr(raw);
}

QString toHex(const git_oid &oid)
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &oid);
    return QString::fromLatin1(buf);
}

} // namespace wb::git
