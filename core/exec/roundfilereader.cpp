// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/roundfilereader.h"

#include <QFile>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {
constexpr int kFolderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

// The components of @p path; nothing for an empty, "." or ".." component (a trailing '/' is dropped).
std::optional<QList<QByteArray>> components(const QString &path)
{
    QList<QByteArray> out;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"."_s || part == u".."_s)
            return std::nullopt;
        out << QFile::encodeName(part);
    }
    return out;
}

// Up to @p n bytes from @p offset, fewer at the end of the file.
QByteArray readAt(int fd, qint64 offset, qint64 n)
{
    QByteArray out;
    out.resize(qsizetype(n));
    qint64 got = 0;
    while (got < n) {
        const ssize_t r = ::pread(fd, out.data() + got, size_t(n - got), off_t(offset + got));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += r;
    }
    out.truncate(qsizetype(got));
    return out;
}

// Appends the regular files below the folder @p fd (taken over) to @p out, as @p prefix + '/' + name.
void walk(int fd, const QString &prefix, int depth, QStringList &out)
{
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return;
    }
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        struct stat st{};
        if (::fstatat(::dirfd(dir), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        const QString path = prefix.isEmpty() ? QFile::decodeName(name) : prefix + u'/' + QFile::decodeName(name);
        if (S_ISREG(st.st_mode)) {
            out << path;
        } else if (S_ISDIR(st.st_mode) && depth + 1 < RoundFileReader::maxDepth()) {
            const int child = ::openat(::dirfd(dir), name.constData(), kFolderFlags);
            if (child >= 0)
                walk(child, path, depth + 1, out);
        }
    }
    ::closedir(dir);
}
} // namespace

RoundFileReader::RoundFileReader(const QString &folder)
{
    QByteArray native = QFile::encodeName(folder);
    while (native.size() > 1 && native.endsWith('/'))
        native.chop(1);   // a trailing '/' would follow a link
    m_fd = ::open(native.constData(), kFolderFlags);
    if (m_fd >= 0) {
        m_state = State::Open;
        return;
    }
    const int error = errno;
    struct stat st{};
    if (error == ENOENT)
        m_state = State::Missing;
    else if (::lstat(native.constData(), &st) == 0 && S_ISLNK(st.st_mode))
        m_state = State::Link;
    else if (error == ENOTDIR)
        m_state = State::NotAFolder;
}

RoundFileReader::~RoundFileReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

int RoundFileReader::openParent(const QString &path, QByteArray *name) const
{
    const auto parts = components(path);
    if (m_fd < 0 || !parts || parts->isEmpty())
        return -1;
    int fd = ::fcntl(m_fd, F_DUPFD_CLOEXEC, 0);
    for (qsizetype i = 0; fd >= 0 && i + 1 < parts->size(); ++i) {
        const int next = ::openat(fd, parts->at(i).constData(), kFolderFlags);
        ::close(fd);
        fd = next;
    }
    *name = parts->last();
    return fd;
}

int RoundFileReader::openFolder(const QString &path) const
{
    if (m_fd < 0)
        return -1;
    if (const auto parts = components(path); parts && parts->isEmpty())
        return ::fcntl(m_fd, F_DUPFD_CLOEXEC, 0);
    QByteArray name;
    const int parent = openParent(path, &name);
    if (parent < 0)
        return -1;
    const int fd = ::openat(parent, name.constData(), kFolderFlags);
    ::close(parent);
    return fd;
}

int RoundFileReader::openFile(const QString &path, qint64 *size) const
{
    QByteArray name;
    const int parent = openParent(path, &name);
    if (parent < 0)
        return -1;
    // Look first, so that a FIFO or a device is not even opened; then check what was opened (it may have
    // been swapped meanwhile): O_NONBLOCK keeps a FIFO from blocking, fstat refuses it.
    struct stat st{};
    int fd = -1;
    if (::fstatat(parent, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode))
        fd = ::openat(parent, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    ::close(parent);
    if (fd < 0)
        return -1;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return -1;
    }
    *size = st.st_size;
    return fd;
}

std::optional<QByteArray> RoundFileReader::read(const QString &path, qint64 maxBytes, qint64 offset) const
{
    qint64 size = 0;
    const int fd = openFile(path, &size);
    if (fd < 0)
        return std::nullopt;
    const QByteArray data = readAt(fd, offset, qBound<qint64>(0, std::min(maxBytes, size - offset), size));
    ::close(fd);
    return data;
}

std::optional<RoundFileReader::File> RoundFileReader::readWhole(const QString &path, qint64 keepUpTo) const
{
    File file;
    const int fd = openFile(path, &file.size);
    if (fd < 0)
        return std::nullopt;
    if (file.size <= keepUpTo) {
        file.content = readAt(fd, 0, file.size);   // never more than it had when opened
        file.contentRead = true;
    }
    ::close(fd);
    return file;
}

bool RoundFileReader::isFile(const QString &path) const
{
    qint64 size = 0;
    const int fd = openFile(path, &size);
    if (fd >= 0)
        ::close(fd);
    return fd >= 0;
}

bool RoundFileReader::exists(const QString &path) const
{
    return lookUp(path).has_value();
}

bool RoundFileReader::isLink(const QString &path) const
{
    const auto mode = lookUp(path);
    return mode && S_ISLNK(*mode);
}

std::optional<unsigned> RoundFileReader::lookUp(const QString &path) const
{
    QByteArray name;
    const int parent = openParent(path, &name);
    if (parent < 0)
        return std::nullopt;
    struct stat st{};
    const bool found = ::fstatat(parent, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
    ::close(parent);
    return found ? std::optional<unsigned>(st.st_mode) : std::nullopt;
}

QStringList RoundFileReader::files(const QString &folder) const
{
    QStringList out;
    const int fd = openFolder(folder);
    if (fd < 0)
        return out;
    const auto parts = components(folder);
    QStringList prefix;
    for (const QByteArray &part : *parts)
        prefix << QFile::decodeName(part);
    walk(fd, prefix.join(u'/'), 0, out);
    out.sort();
    return out;
}

} // namespace wb::exec
