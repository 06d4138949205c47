// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitfixture.h"

#include "git/gitlibrary.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace wb::test {

namespace {
void check(int rc, const char *what)
{
    if (rc < 0) {
        const git_error *e = git_error_last();
        std::fprintf(stderr, "GitFixture: %s failed: %s\n", what, e ? e->message : "?");
        std::abort();
    }
}
} // namespace

GitFixture::GitFixture(const QString &dir, bool bare, const QByteArray &branch)
    : m_dir(dir)
{
    git::ensureInitialised();
    check(git_repository_init(&m_repo, QFile::encodeName(dir).constData(), bare ? 1 : 0), "init");
    check(git_repository_set_head(m_repo, QByteArray("refs/heads/" + branch).constData()), "set HEAD");
    check(git_index_new(&m_index), "index");
}

GitFixture::~GitFixture()
{
    git_index_free(m_index);
    git_repository_free(m_repo);
}

void GitFixture::addEntry(const QByteArray &path, const git_oid &id, git_filemode_t mode, qint64 size)
{
    git_index_entry entry{};
    entry.path = path.constData();
    entry.id = id;
    entry.mode = mode;
    entry.file_size = static_cast<uint32_t>(std::min<qint64>(size, 0xffffffffLL));
    check(git_index_add(m_index, &entry), "index add");
}

void GitFixture::addFile(const QByteArray &path, const QByteArray &content, bool executable)
{
    git_oid id;
    check(git_blob_create_from_buffer(&id, m_repo, content.constData(), size_t(content.size())), "blob");
    addEntry(path, id, executable ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB, content.size());
}

void GitFixture::addSymlink(const QByteArray &path, const QByteArray &target)
{
    git_oid id;
    check(git_blob_create_from_buffer(&id, m_repo, target.constData(), size_t(target.size())), "link blob");
    addEntry(path, id, GIT_FILEMODE_LINK, target.size());
}

void GitFixture::addSubmodule(const QByteArray &path, const QString &commitSha, const QByteArray &url)
{
    git_oid id;
    check(git_oid_fromstr(&id, commitSha.toLatin1().constData()), "submodule oid");
    addEntry(path, id, GIT_FILEMODE_COMMIT, 0);
    m_gitmodules += "[submodule \"" + path + "\"]\n\tpath = " + path + "\n\turl = " + url + "\n";
    addFile(".gitmodules", m_gitmodules);
}

void GitFixture::addLargeFile(const QByteArray &path, qint64 size)
{
    git_writestream *stream = nullptr;
    check(git_blob_create_from_stream(&stream, m_repo, nullptr), "blob stream");
    const QByteArray chunk(1 << 20, '\0');
    for (qint64 written = 0; written < size;) {
        const qint64 n = std::min<qint64>(chunk.size(), size - written);
        check(stream->write(stream, chunk.constData(), size_t(n)), "stream write");
        written += n;
    }
    git_oid id;
    check(git_blob_create_from_stream_commit(&id, stream), "stream commit");
    addEntry(path, id, GIT_FILEMODE_BLOB, size);
}

void GitFixture::remove(const QByteArray &path)
{
    check(git_index_remove_bypath(m_index, path.constData()), "index remove");
}

QString GitFixture::commit(const QByteArray &message)
{
    git_oid treeId;
    check(git_index_write_tree_to(&treeId, m_index, m_repo), "write tree");
    git_tree *tree = nullptr;
    check(git_tree_lookup(&tree, m_repo, &treeId), "tree lookup");
    git_signature *sig = nullptr;
    check(git_signature_new(&sig, "Fixture", "fixture@example.invalid", 1700000000, 0), "signature");

    git_oid parentId;
    git_commit *parent = nullptr;
    const bool hasParent = git_reference_name_to_id(&parentId, m_repo, "HEAD") == 0;
    if (hasParent)
        check(git_commit_lookup(&parent, m_repo, &parentId), "parent");
    const git_commit *parents[] = {parent};
    git_oid commitId;
    check(git_commit_create(&commitId, m_repo, "HEAD", sig, sig, nullptr, message.constData(), tree,
                            hasParent ? 1 : 0, parents),
          "commit");
    git_commit_free(parent);
    git_signature_free(sig);
    git_tree_free(tree);
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, &commitId);
    return QString::fromLatin1(hex);
}

} // namespace wb::test
