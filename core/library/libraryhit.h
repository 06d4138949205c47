// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <utility>

namespace wb::library {

/** One matching passage of a found example: a field's text (or an excerpt of it) with the matched words marked. */
struct LibraryPassage
{
    QString field;                              ///< description, criteria, kind, metadata, repository, identifiers, comments
    QString text;                               ///< plain text; "…" where an excerpt was cut
    QList<std::pair<int, int>> highlights;      ///< (start, length) in text, in order, not overlapping
};

/** One example found by LibraryIndex::search(). A plain value type. */
struct LibraryHit
{
    int rank = 0;                ///< 1-based
    double score = 0;            ///< higher is better: −BM25 (SQLite) or ts_rank_cd (PostgreSQL); comparable within one search only
    qint64 exampleId = 0;
    qint64 campaignId = 0;
    qint64 repositoryId = 0;
    qint64 roundId = 0;          ///< the final round, whose files the example is
    QString repository;          ///< owner/name
    QString campaign;
    QString title;               ///< "<repository>: <first sentence of the description>"
    QString description;         ///< metadata example_description
    QList<LibraryPassage> passages;   ///< the description first when it matched, then the other fields that matched
    bool accepted = false;       ///< in the vetted library (accepted by an expert, none refused; or gold accept)
    QString decision;            ///< the experts' decisions ("accept: alice, bob") or "not reviewed"
    QString verdict;             ///< the judge's verdict on the final round
};

/** The answer of one search. */
struct LibrarySearch
{
    QString query;               ///< as typed
    QStringList terms;           ///< the words searched for (SearchQuery)
    QList<LibraryHit> hits;      ///< best first, at most the limit
    int documents = 0;           ///< examples in the index (all, or accepted only when asked)
    bool stale = false;          ///< the index could not be brought up to date (read-only workspace)
};

} // namespace wb::library

Q_DECLARE_METATYPE(wb::library::LibraryHit)
Q_DECLARE_METATYPE(wb::library::LibrarySearch)
