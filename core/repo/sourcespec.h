// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace wb::repo {

/**
 * Where a repository comes from, parsed from what the user typed: an https/ssh/git/file URL, an
 * scp-like "git@host:owner/name", a local work tree or bare repository, or GitHub's "owner/name".
 */
struct SourceSpec
{
    enum class Kind { Remote, Local };

    Kind kind = Kind::Remote;
    QString input;     ///< as given
    QString url;       ///< what libgit2 fetches from (a path for local sources)
    QString key;       ///< normalised identity: same repository, same key (a local work tree's, not its .git)
    QString name;      ///< owner/name, or the folder name of a local repository

    /** Parses @p text; throws wb::Error (InvalidInput / NotFound) with an actionable message. */
    static SourceSpec parse(const QString &text);

    /** True when @p text names an existing regular file (a list of sources, not a repository). */
    static bool isListFile(const QString &text);

    /**
     * Reads a list file: plain text with one source per line ('#' comments, blank lines ignored), or
     * CodeDistiller's batch JSON, a list of objects with "repo_name". Throws wb::Error.
     */
    static QStringList readList(const QString &path);

    /** Expands list files among @p inputs into their entries, keeping order. Throws wb::Error. */
    static QStringList expand(const QStringList &inputs);
};

} // namespace wb::repo
