// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/repositorycheckout.h"

#include "git/gitlibrary.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wb::repo {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::repo::RepositoryCheckout)
};

void makeReadOnly(const QString &root)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile::setPermissions(file, QFile::permissions(file) & ~(QFileDevice::WriteOwner | QFileDevice::WriteUser
                                                                 | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    }
}
} // namespace

QString RepositoryCheckout::ensure(const QString &gitDir, const QString &commitSha, const QString &cacheRoot)
{
    const QString target = QDir(cacheRoot).filePath(u"checkouts/"_s + commitSha);
    if (QFileInfo(target).isDir())
        return target;
    const QString partial = target + u".partial-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!QDir().mkpath(partial))
        throw Error(Tr::tr("Cannot create %1 (disk full or not writable?).").arg(partial));

    git::RepositoryPtr repo = git::openRepository(gitDir);
    git_oid oid;
    git::check(git_oid_fromstr(&oid, commitSha.toLatin1().constData()), Tr::tr("Invalid commit id %1").arg(commitSha));
    git_object *raw = nullptr;
    git::check(git_object_lookup(&raw, repo.get(), &oid, GIT_OBJECT_COMMIT), Tr::tr("Commit %1 is not in the mirror").arg(commitSha));
    git::ObjectPtr commit(raw);

    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DONT_UPDATE_INDEX;
    const QByteArray native = QFile::encodeName(partial);
    options.target_directory = native.constData();
    const int rc = git_checkout_tree(repo.get(), commit.get(), &options);
    if (rc < 0) {
        QDir(partial).removeRecursively();
        git::check(rc, Tr::tr("Cannot check out %1").arg(commitSha.left(12)));
    }
    makeReadOnly(partial);
    // Rounds may run as another user: the checkout is readable (never writable) by everyone.
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                       | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    if (!QDir().rename(partial, target)) {
        QDir(partial).removeRecursively();
        if (!QFileInfo(target).isDir())   // another process may have won the race: fine
            throw Error(Tr::tr("Cannot move the checkout into place at %1.").arg(target));
    }
    return target;
}

} // namespace wb::repo
