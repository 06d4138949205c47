// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <git2.h>

#include <QByteArray>
#include <QString>

namespace wb::test {

/**
 * Builds Git repositories for tests with libgit2 alone (no git binary, no network): entries are
 * written straight into the index, so paths may be any bytes and the work tree stays empty.
 * Every method aborts the test run with a message on a libgit2 error.
 */
class GitFixture final
{
public:
    /** Initialises a repository in @p dir (bare or with a work tree) whose HEAD is refs/heads/@p branch. */
    explicit GitFixture(const QString &dir, bool bare = false, const QByteArray &branch = "main");
    ~GitFixture();
    GitFixture(const GitFixture &) = delete;
    GitFixture &operator=(const GitFixture &) = delete;

    void addFile(const QByteArray &path, const QByteArray &content, bool executable = false);
    void addSymlink(const QByteArray &path, const QByteArray &target);
    /** A gitlink entry (mode 160000) pointing at @p commitSha, plus its .gitmodules stanza. */
    void addSubmodule(const QByteArray &path, const QString &commitSha, const QByteArray &url);
    /** A blob of @p size zero bytes, streamed into the object database in chunks. */
    void addLargeFile(const QByteArray &path, qint64 size);
    void remove(const QByteArray &path);

    /** Commits the index on the current branch; returns the commit id. */
    QString commit(const QByteArray &message = "fixture");

    QString path() const { return m_dir; }
    git_repository *repository() const { return m_repo; }

private:
    void addEntry(const QByteArray &path, const git_oid &id, git_filemode_t mode, qint64 size);

    QString m_dir;
    git_repository *m_repo = nullptr;
    git_index *m_index = nullptr;
    QByteArray m_gitmodules;
};

} // namespace wb::test
