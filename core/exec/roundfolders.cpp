// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/roundfolders.h"

#include "exec/executor.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exec::RoundFolders)
};

constexpr int kFolderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
constexpr int kMaxDepth = 256;
const QString kExamplePrefix = u"example-"_s;

// Removes @p name in the folder @p parent, and everything below it when it is a folder; never follows a link.
bool removeAt(int parent, const QByteArray &name, int depth)
{
    if (::unlinkat(parent, name.constData(), 0) == 0 || errno == ENOENT)
        return true;
    if ((errno != EISDIR && errno != EPERM) || depth >= kMaxDepth)
        return false;
    // A folder: opened without following a link; made ours to read and change when the round took that away.
    const int path = ::openat(parent, name.constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (path < 0)
        return false;
    struct stat st{};
    if (::fstat(path, &st) == 0 && st.st_uid == ::geteuid() && (st.st_mode & 0700) != 0700) {
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(path);   // that very folder, not a name
        [[maybe_unused]] const int changed = ::chmod(self.constData(), 0700);
    }
    const int fd = ::openat(path, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ::close(path);
    if (fd < 0)
        return false;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return false;
    }
    QList<QByteArray> names;
    while (const dirent *entry = ::readdir(dir))
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names << QByteArray(entry->d_name);
    bool ok = true;
    for (const QByteArray &entry : std::as_const(names))
        ok = removeAt(::dirfd(dir), entry, depth + 1) && ok;
    ::closedir(dir);
    return ok && (::unlinkat(parent, name.constData(), AT_REMOVEDIR) == 0 || errno == ENOENT);
}

QString readable(const QString &name)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString out = name;
    out.replace(unsafe, u"_"_s);
    out = out.left(40);
    return out.isEmpty() || out.startsWith(u'.') ? u"workspace"_s + out : out;
}
} // namespace

QString RoundFolders::workspaceKey(const QString &workspaceLocation)
{
    const bool uri = workspaceLocation.contains(u"://"_s);
    const QString absolute = uri ? workspaceLocation : QFileInfo(workspaceLocation).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    const QString name = uri ? absolute.section(u'/', -1).section(u'?', 0, 0) : QFileInfo(absolute).completeBaseName();
    return readable(name) + u'-' + QString::fromLatin1(hash);
}

QString RoundFolders::prepare(const QString &workRoot, const QString &workspaceKey, qint64 exampleId, int roundIndex)
{
    const int roundUser = Executor::roundUid();
    const mode_t mode = roundUser >= 0 ? 0710 : 0700;
    const QStringList folders{u"rounds"_s, workspaceKey, kExamplePrefix + QString::number(exampleId)};
    QString where = workRoot;
    auto failed = [&where](int error) {
        return Error(Tr::tr("Cannot create the private round folder %1: %2.").arg(where, QString::fromLocal8Bit(std::strerror(error))));
    };
    if (!QDir().mkpath(workRoot))
        throw failed(errno);
    int fd = ::open(QFile::encodeName(workRoot).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throw failed(errno);
    for (const QString &folder : folders) {
        where = QDir(where).filePath(folder);
        const QByteArray name = QFile::encodeName(folder);
        if (::mkdirat(fd, name.constData(), mode) != 0 && errno != EEXIST) {
            const int error = errno;
            ::close(fd);
            throw failed(error);
        }
        const int next = ::openat(fd, name.constData(), kFolderFlags);
        const int error = errno;
        ::close(fd);
        fd = next;
        if (fd < 0)
            throw failed(error);
        struct stat st{};
        if (::fstat(fd, &st) != 0 || st.st_uid != ::geteuid()) {
            ::close(fd);
            throw Error(Tr::tr("The round folder %1 belongs to another user; remove it.").arg(where));
        }
        // Also an older, world-readable folder becomes private.
        if ((roundUser >= 0 && ::fchown(fd, uid_t(-1), gid_t(roundUser)) != 0) || ::fchmod(fd, mode) != 0) {
            const int changeError = errno;
            ::close(fd);
            throw failed(changeError);
        }
    }
    ::close(fd);
    return QDir(where).filePath(u"round-%1-%2"_s.arg(roundIndex).arg(
        QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s)));
}

bool RoundFolders::remove(const QString &directory)
{
    QString path = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    const QFileInfo info(path);
    const QString parentPath = info.absolutePath();
    const int parent = ::open(QFile::encodeName(parentPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (parent < 0)
        return errno == ENOENT;
    const bool removed = removeAt(parent, QFile::encodeName(info.fileName()), 0);
    ::close(parent);
    // The example's folder (prepare()) goes with its last round; a folder that still holds something stays.
    if (removed && QFileInfo(parentPath).fileName().startsWith(kExamplePrefix))
        ::rmdir(QFile::encodeName(parentPath).constData());
    return removed;
}

} // namespace wb::exec
