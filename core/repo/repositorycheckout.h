// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb::repo {

/**
 * A read-only checkout of a commit, for executions (the example may import the repository's own
 * package). Made once per commit from the mirror with libgit2 into a temporary folder renamed into
 * place, so a kill leaves no half checkout; files are made read-only afterwards.
 */
class RepositoryCheckout final
{
public:
    /** The checkout of @p commitSha under @p cacheRoot, made when missing. Throws wb::Error. */
    static QString ensure(const QString &gitDir, const QString &commitSha, const QString &cacheRoot);
};

} // namespace wb::repo
