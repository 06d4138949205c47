// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb::exec {

/**
 * Reads files out of a folder that generated code may change while the workbench reads it: a round
 * directory, a Slurm job directory. The folder is opened once, never through a symbolic link, and every
 * path below it is opened one component at a time relative to its parent's descriptor without following
 * links (openat with O_NOFOLLOW): nothing outside the folder is ever reached, also when a path is swapped
 * for a link between two reads. Only regular files are read; a FIFO or a device is neither waited for nor
 * read. Reads stop at the bytes asked for, also when the file grows meanwhile. Paths are relative to the
 * folder, '/'-separated, without "." or ".." components. Not thread-safe.
 */
class RoundFileReader final
{
public:
    /** How opening the folder went. */
    enum class State { Open, Missing, Link, NotAFolder, Failed };

    struct File
    {
        qint64 size = 0;       ///< when it was opened
        QByteArray content;    ///< empty unless asked for and within the limit
        bool contentRead = false;
    };

    explicit RoundFileReader(const QString &folder);
    ~RoundFileReader();
    RoundFileReader(const RoundFileReader &) = delete;
    RoundFileReader &operator=(const RoundFileReader &) = delete;

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }

    /** Up to @p maxBytes of the regular file @p path from @p offset; nullopt when it is missing, not a regular file or behind a link. */
    std::optional<QByteArray> read(const QString &path, qint64 maxBytes, qint64 offset = 0) const;
    /** The regular file @p path's size and, when that is at most @p keepUpTo, its content (at most that size). */
    std::optional<File> readWhole(const QString &path, qint64 keepUpTo) const;
    /** Whether @p path is there at all (whatever it is; its last component not followed). */
    bool exists(const QString &path) const;
    /** Whether @p path is a regular file reached without links. */
    bool isFile(const QString &path) const;
    /** Whether the last component of @p path is a symbolic link (its parents reached without links). */
    bool isLink(const QString &path) const;
    /**
     * The regular files below the folder @p folder (empty: the whole folder), as paths relative to the
     * reader's folder, sorted. Links are neither followed nor listed; nor is anything deeper than
     * maxDepth() folders. Empty when @p folder is a link or not a folder.
     */
    QStringList files(const QString &folder) const;

    static constexpr int maxDepth() { return 64; }

private:
    int openParent(const QString &path, QByteArray *name) const;
    int openFolder(const QString &path) const;
    int openFile(const QString &path, qint64 *size) const;
    std::optional<unsigned> lookUp(const QString &path) const;   ///< st_mode, the last component not followed

    int m_fd = -1;
    State m_state = State::Failed;
};

} // namespace wb::exec
