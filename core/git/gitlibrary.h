// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <git2.h>

#include <QString>

#include <memory>

namespace wb {
class Error;
}

namespace wb::git {

/** Initialises libgit2 on first use and keeps it initialised for the process lifetime. Thread-safe. */
void ensureInitialised();

/** The message of the last libgit2 error on this thread, or @p fallback when there is none. */
QString lastErrorMessage(const QString &fallback = QString());

/**
 * Throws wb::Error (Kind::Git, or Kind::Authentication for GIT_EAUTH) when @p rc is negative; an
 * ownership refusal says what "dubious ownership" means and how to trust the repository.
 */
void check(int rc, const QString &context);

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const noexcept { Free(p); }
};

using RepositoryPtr = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using RemotePtr = std::unique_ptr<git_remote, Deleter<git_remote, git_remote_free>>;
using CommitPtr = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using TreePtr = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using BlobPtr = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;
using OdbPtr = std::unique_ptr<git_odb, Deleter<git_odb, git_odb_free>>;
using OdbObjectPtr = std::unique_ptr<git_odb_object, Deleter<git_odb_object, git_odb_object_free>>;
using ReferencePtr = std::unique_ptr<git_reference, Deleter<git_reference, git_reference_free>>;
using ObjectPtr = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using IndexPtr = std::unique_ptr<git_index, Deleter<git_index, git_index_free>>;
using SignaturePtr = std::unique_ptr<git_signature, Deleter<git_signature, git_signature_free>>;
using TreeEntryPtr = std::unique_ptr<git_tree_entry, Deleter<git_tree_entry, git_tree_entry_free>>;

/**
 * True when @p rc, just returned by libgit2, refused a repository for belonging to another user
 * ("dubious ownership": GIT_EOWNER, or what libgit2 1.5.1 reports instead when safe.directory is unset).
 */
bool isOwnershipRefusal(int rc);

/**
 * The error for a repository at @p path that libgit2 refused with GIT_EOWNER ("dubious ownership": it
 * belongs to another user and is not listed in safe.directory): says so and how to trust it.
 */
Error ownershipError(const QString &path);

/** Opens the repository at @p path (work tree or bare); throws wb::Error. */
RepositoryPtr openRepository(const QString &path);

/** Hex form of an object id. */
QString toHex(const git_oid &oid);

} // namespace wb::git
