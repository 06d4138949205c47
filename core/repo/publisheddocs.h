// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wb::repo {

/**
 * Maps links to a project's published documentation back to the pages' sources in the tree: a README
 * that links `https://galore.readthedocs.io/en/latest/tutorials.html` or
 * `https://www.optimade.org/optimade-python-tools/latest/getting_started/client/` sends its readers to
 * `docs/source/tutorials.rst` and `docs/getting_started/client.md`. A link counts only when its address
 * names one of the project's own names (so links to other projects' documentation are not taken for
 * this one's) and its path ends in the path of exactly one documentation page (below a documentation
 * folder, without the extension; Sphinx's `.html` and MkDocs' trailing slash both resolve).
 */
class PublishedDocs final
{
public:
    /** @p paths: every path of the tree; @p docsDirs: the names of documentation folders (lower-case). */
    PublishedDocs(const QStringList &paths, const QSet<QString> &docsDirs);

    /** The pages that the absolute links in @p text resolve to, each once, in the order first linked.
     *  @p projectNames: the package and repository names a link's address must contain (4+ letters).
     *  Links under a Markdown or reST heading that contains one of @p skippedSections (lower-case words:
     *  installation, contributing, licence, …) do not count: they lead to setting up, not to using. */
    QStringList pagesLinkedFrom(const QString &text, const QStringList &projectNames,
                                const QSet<QString> &skippedSections = {}) const;

    /** The page one address resolves to, or empty. */
    QString pageFor(const QString &url, const QStringList &projectNames) const;

private:
    QHash<QString, QString> m_pages;   ///< a page's path suffix (no extension) → its file; empty when ambiguous
};

} // namespace wb::repo
