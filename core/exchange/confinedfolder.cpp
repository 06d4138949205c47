// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/confinedfolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::ConfinedFolder)
};

std::shared_ptr<const int> own(int fd)
{
    return std::shared_ptr<const int>(new int(fd), [](const int *p) {
        ::close(*p);
        delete p;
    });
}

QString reasonFor(ConfinedFolder::Refusal refusal, int error = 0)
{
    switch (refusal) {
    case ConfinedFolder::Refusal::None:
        return {};
    case ConfinedFolder::Refusal::Missing:
        return Tr::tr("does not exist");
    case ConfinedFolder::Refusal::Link:
        return Tr::tr("is a symbolic link; links are not followed");
    case ConfinedFolder::Refusal::NotRegular:
        return Tr::tr("is not a regular file (a FIFO, device, socket or folder); not read");
    case ConfinedFolder::Refusal::NotFolder:
        return Tr::tr("is not a folder");
    case ConfinedFolder::Refusal::TooLarge:
        return Tr::tr("is too large");
    case ConfinedFolder::Refusal::BadPath:
        return Tr::tr("is a path leading outside the folder (absolute, or with a '..' component); refused");
    case ConfinedFolder::Refusal::Unreadable:
        return Tr::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
    }
    return {};
}

/** Why openat() of @p name below @p dirFd failed, looked at without following it. */
ConfinedFolder::Refusal classifyFailure(int dirFd, const QByteArray &name, int error, bool wantFolder)
{
    struct stat st{};
    if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? ConfinedFolder::Refusal::Missing : ConfinedFolder::Refusal::Unreadable;
    if (S_ISLNK(st.st_mode))
        return ConfinedFolder::Refusal::Link;
    if (wantFolder && !S_ISDIR(st.st_mode))
        return ConfinedFolder::Refusal::NotFolder;
    if (!wantFolder && !S_ISREG(st.st_mode))
        return ConfinedFolder::Refusal::NotRegular;
    Q_UNUSED(error)
    return ConfinedFolder::Refusal::Unreadable;
}

/** Opens the folder @p name (one component) below @p dirFd without following a link; -1 and @p refusal set on failure. */
int openFolderAt(int dirFd, const QByteArray &name, ConfinedFolder::Refusal &refusal, int &error)
{
    const int fd = ::openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        error = errno;
        refusal = classifyFailure(dirFd, name, error, true);
    }
    return fd;
}
} // namespace

bool ConfinedFolder::isSafeRelative(const QString &relative)
{
    if (relative.isEmpty() || relative.startsWith(u'/') || relative.contains(QChar(0)))
        return false;
    const QStringList parts = relative.split(u'/');
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.isEmpty() || p == u"."_s || p == u".."_s; });
}

ConfinedFolder ConfinedFolder::open(const QString &path)
{
    ConfinedFolder folder;
    folder.m_path = path;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        folder.m_refusal = error == ENOENT ? Refusal::Missing : error == ENOTDIR ? Refusal::NotFolder : Refusal::Unreadable;
        folder.m_error = reasonFor(folder.m_refusal, error);
        return folder;
    }
    folder.m_fd = own(fd);
    return folder;
}

ConfinedFolder ConfinedFolder::folder(const QString &relative) const
{
    ConfinedFolder out;
    out.m_path = m_path + u'/' + relative;
    if (!m_fd) {
        out.m_refusal = Refusal::Missing;
        out.m_error = reasonFor(out.m_refusal);
        return out;
    }
    if (!isSafeRelative(relative)) {
        out.m_refusal = Refusal::BadPath;
        out.m_error = reasonFor(out.m_refusal);
        return out;
    }
    std::shared_ptr<const int> current = m_fd;
    for (const QString &part : relative.split(u'/')) {
        int error = 0;
        const int fd = openFolderAt(*current, QFile::encodeName(part), out.m_refusal, error);
        if (fd < 0) {
            out.m_error = reasonFor(out.m_refusal, error);
            return out;
        }
        current = own(fd);
    }
    out.m_fd = current;
    return out;
}

ConfinedFolder::File ConfinedFolder::read(const QString &relative, qint64 limit) const
{
    File file;
    const auto refuse = [&](Refusal refusal, int error = 0) {
        file.refusal = refusal;
        file.reason = reasonFor(refusal, error);
        return file;
    };
    if (!m_fd)
        return refuse(Refusal::Missing);
    if (!isSafeRelative(relative))
        return refuse(Refusal::BadPath);
    const qsizetype slash = relative.lastIndexOf(u'/');
    ConfinedFolder parent;
    if (slash >= 0) {
        parent = folder(relative.left(slash));
        if (!parent.isOpen()) {
            file.refusal = parent.m_refusal == Refusal::NotFolder ? Refusal::Missing : parent.m_refusal;
            file.reason = parent.m_error;
            return file;
        }
    }
    const int dirFd = slash >= 0 ? *parent.m_fd : *m_fd;
    const QByteArray name = QFile::encodeName(relative.mid(slash + 1));
    // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOCTTY: a terminal must not become ours.
    const int fd = ::openat(dirFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        return refuse(classifyFailure(dirFd, name, error, false), error);
    }
    const auto guard = own(fd);
    struct stat st{};
    if (::fstat(fd, &st) != 0)
        return refuse(Refusal::Unreadable, errno);
    if (!S_ISREG(st.st_mode))
        return refuse(Refusal::NotRegular);
    file.size = qint64(st.st_size);
    if (file.size > limit) {
        refuse(Refusal::TooLarge);
        file.reason = Tr::tr("is too large (%1 bytes, the limit is %2); not read").arg(file.size).arg(limit);
        return file;
    }
    // Read at most limit + 1 bytes: a file that grows meanwhile is still bounded.
    QByteArray content(qsizetype(file.size), Qt::Uninitialized);
    qint64 got = 0;
    for (;;) {
        if (got == content.size()) {
            if (content.size() > limit)
                break;
            content.resize(qsizetype(std::min<qint64>(limit + 1, std::max<qint64>(content.size() * 2, 4096))));
        }
        const ssize_t n = ::read(fd, content.data() + got, size_t(content.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return refuse(Refusal::Unreadable, errno);
        if (n == 0)
            break;
        got += n;
    }
    if (got > limit) {
        refuse(Refusal::TooLarge);
        file.reason = Tr::tr("is too large (over the limit of %1 bytes); not read").arg(limit);
        return file;
    }
    content.truncate(qsizetype(got));
    file.content = content;
    file.size = got;
    file.refusal = Refusal::None;
    return file;
}

QList<ConfinedFolder::Entry> ConfinedFolder::entries() const
{
    QList<Entry> out;
    if (!m_fd)
        return out;
    // fdopendir() takes its descriptor over: give it a fresh one of the same folder.
    const int fd = ::openat(*m_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return out;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return out;
    }
    while (const dirent *e = ::readdir(dir)) {
        const QByteArray raw(e->d_name);
        if (raw == "." || raw == "..")
            continue;
        Entry entry;
        entry.name = QFile::decodeName(raw);
        struct stat st{};
        if (::fstatat(*m_fd, raw.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
            entry.type = S_ISLNK(st.st_mode) ? Entry::Type::Link
                         : S_ISDIR(st.st_mode) ? Entry::Type::Folder
                         : S_ISREG(st.st_mode) ? Entry::Type::File
                                               : Entry::Type::Other;
        out << entry;
    }
    ::closedir(dir);
    return out;
}

bool ConfinedFolder::contains(const QString &name) const
{
    struct stat st{};
    return m_fd && isSafeRelative(name) && !name.contains(u'/')
           && ::fstatat(*m_fd, QFile::encodeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
}

QDateTime ConfinedFolder::lastModified() const
{
    struct stat st{};
    if (!m_fd || ::fstat(*m_fd, &st) != 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000, QTimeZone::utc());
}

} // namespace wb::exchange
