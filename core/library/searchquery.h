// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb::library {

/**
 * What a person typed, made safe for the full-text engines: the text is cut into words (letters and
 * digits, and '_' inside a name such as read_vasp_density, which is searched as the phrase of its parts; everything else — quotes, '*', '-', ':', parentheses, NEAR, AND — only separates words),
 * lower-cased, and English stop words (resources/data/stopwords.txt) are dropped unless nothing else
 * is left. The words are ORed: BM25 (or ts_rank_cd) ranks documents with more and rarer words first,
 * so a natural-language question works and a missing word never empties the result.
 * No text of the user ever reaches SQL other than as a quoted term.
 */
class SearchQuery final
{
public:
    explicit SearchQuery(const QString &text);

    /** The words searched for, in order, without repetitions. */
    const QStringList &terms() const { return m_terms; }
    /** True when the text had no word at all ("", "\"*-", "()"). */
    bool isEmpty() const { return m_terms.isEmpty(); }

    /** An FTS5 MATCH expression: every term a quoted string, ORed ("planar" OR "macroscopic"). */
    QString fts5Expression() const;
    /** A to_tsquery() text: the terms (letters, digits, inner '_') joined with '|'. */
    QString tsQueryText() const;

    /** The words of @p text (lower case, stop words kept): what the query and the coverage compare. */
    static QStringList words(const QString &text);
    /** Whether @p word (lower case) is a stop word. */
    static bool isStopWord(const QString &word);

private:
    QStringList m_terms;
};

} // namespace wb::library
