// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/librarydocument.h"
#include "library/libraryhit.h"

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::library {

/**
 * Ranked full-text search over the workspace's examples, the way an agent looks for one: every
 * successful example with a round the judge found finished is one document (tables library_documents
 * and, on SQLite, the FTS5 table library_fts; on PostgreSQL a weighted tsvector column) made of its
 * metadata (example_description ≫ inclusion/exclusion criteria > example_type, other values), the
 * repository's name and summary description, the names main.py defines and imports, and its comments
 * and docstrings. Ranking is BM25 with column weights (SQLite) or ts_rank_cd with A–D weights
 * (PostgreSQL); both stem English words.
 *
 * Freshness contract: search() first brings the index up to date (refresh()): each candidate example's
 * stamp — its final round, its newest judgement and newest gold decision — is compared with the stamp
 * its document was built from, and only examples that are new, changed or gone are rewritten, in one
 * short transaction; when nothing changed nothing is written. So a search always sees every finished
 * example and every judgement recorded before it began, from this workbench or another one, with no hook
 * in the pipeline or the review. A read-only workspace is searched as it is (LibrarySearch::stale).
 *
 * Blocking, any thread (the calling thread's connection). Throws wb::Error for database failures; the
 * user's query never causes one (SearchQuery).
 */
class LibraryIndex final
{
public:
    explicit LibraryIndex(std::shared_ptr<store::Workspace> workspace);

    /** What refresh() or rebuild() changed. */
    struct Refresh
    {
        int added = 0;
        int updated = 0;
        int removed = 0;
        int documents = 0;   ///< in the index afterwards
        bool changed() const { return added + updated + removed > 0; }
    };

    /** Brings the index up to date incrementally (see the class comment). */
    Refresh refresh();
    /** Empties the index and builds every document again (after a change of what is indexed). */
    Refresh rebuild();

    /**
     * The best @p limit examples for @p query, best first, after a refresh(); with @p acceptedOnly only
     * the vetted library. An empty query (no word in it) finds nothing.
     */
    LibrarySearch search(const QString &query, int limit = 20, bool acceptedOnly = false);
    /** The same without the refresh, for many searches in a row (the coverage) right after one. */
    LibrarySearch searchAsIs(const QString &query, int limit = 20, bool acceptedOnly = false) const;

    /** The main.py of round @p roundId (a hit's final round); empty when the round is gone. */
    QString mainPy(qint64 roundId) const;

    /** Every indexed example (or only the accepted ones), by example id. */
    QList<LibraryDocument> documents(bool acceptedOnly = false) const;

    /** The version of what a document holds; documents of an older version count as stale. */
    static constexpr int kFormatVersion = 1;

private:
    Refresh update(bool everything);

    std::shared_ptr<store::Workspace> m_workspace;
};

} // namespace wb::library
