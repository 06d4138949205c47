// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/gitlibrary.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>

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
    throw Error(Tr::tr("%1: %2").arg(context, detail), Error::Kind::Git);
}

RepositoryPtr openRepository(const QString &path)
{
    ensureInitialised();
    git_repository *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    check(git_repository_open_ext(&raw, native.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr),
          Tr::tr("Cannot open Git repository %1").arg(path));
    return RepositoryPtr(raw);
}

QString toHex(const git_oid &oid)
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &oid);
    return QString::fromLatin1(buf);
}

} // namespace wb::git
