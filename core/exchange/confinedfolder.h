// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace wb::exchange {

/**
 * A folder read without leaving it (POSIX). The folder is opened once; everything below it is opened
 * relative to that descriptor one component at a time with O_NOFOLLOW, so a symbolic link anywhere
 * below it is refused, not followed, and renaming or replacing components meanwhile cannot redirect a
 * read. Paths with an empty, "." or ".." component and absolute paths are refused; only regular files
 * are read (a FIFO or a device is opened non-blocking and refused), and never more than a limit.
 * A value type sharing its descriptor; reads are const and may run on any thread.
 */
class ConfinedFolder final
{
public:
    /** Why something was not read. */
    enum class Refusal {
        None,
        Missing,      ///< does not exist (usually not worth reporting)
        Link,         ///< a symbolic link
        NotRegular,   ///< a FIFO, device, socket, or a folder where a file was expected
        NotFolder,    ///< a file where a folder was expected
        TooLarge,     ///< over the limit given
        BadPath,      ///< absolute, or an empty, "." or ".." component
        Unreadable,   ///< any other error (permissions, I/O)
    };

    struct File
    {
        QByteArray content;
        qint64 size = 0;              ///< the file's size, also when it is too large to read
        Refusal refusal = Refusal::Missing;
        QString reason;               ///< for the user, empty when read
        bool ok() const { return refusal == Refusal::None; }
    };

    struct Entry
    {
        enum class Type { File, Folder, Link, Other };
        QString name;
        Type type = Type::Other;
    };

    ConfinedFolder() = default;

    /**
     * Opens @p path, the one path followed as given (a symbolic link the user named is the user's
     * choice). Check isOpen(); error() says why it is not.
     */
    static ConfinedFolder open(const QString &path);

    bool isOpen() const { return m_fd != nullptr; }
    Refusal refusal() const { return m_refusal; }
    QString error() const { return m_error; }
    /** The path it was opened by, for messages: the given path, then the relative path below it. */
    QString path() const { return m_path; }

    /** The folder @p relative below this one; every component must be a real folder. */
    ConfinedFolder folder(const QString &relative) const;
    /** The regular file @p relative, read whole when it is at most @p limit bytes. */
    File read(const QString &relative, qint64 limit) const;
    /** The entries of this folder (without "." and ".."), unsorted; links are reported as links. */
    QList<Entry> entries() const;
    /** Whether the entry @p name of this folder exists (without following it). */
    bool contains(const QString &name) const;
    QDateTime lastModified() const;

    /** True when @p relative is relative and has no empty, "." or ".." component. */
    static bool isSafeRelative(const QString &relative);

private:
    std::shared_ptr<const int> m_fd;
    QString m_path;
    Refusal m_refusal = Refusal::None;
    QString m_error;
};

} // namespace wb::exchange
