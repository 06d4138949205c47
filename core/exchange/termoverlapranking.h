// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wb::exchange {

/**
 * A plain term-overlap ranking of the entries of a codeblock_summaries.json: an entry scores one point
 * per distinct query word (three letters or more, lower-cased) found in its text, ties by name. It is the
 * agent preview's fallback retrieval until the library's BM25 index (wb::library::LibraryIndex) is
 * connected in its place through AgentPreview::Ranker; it is not BM25 (no term weights, no length
 * normalisation).
 */
class TermOverlapRanking final
{
public:
    /** Throws wb::Error when @p summariesJson is not a JSON object. */
    explicit TermOverlapRanking(const QByteArray &summariesJson);

    /** The names of at most @p k entries sharing a word with @p query, best first. */
    QStringList rank(const QString &query, int k) const;

    static QSet<QString> words(const QString &text);

private:
    struct Entry
    {
        QString name;
        QSet<QString> words;
    };
    QList<Entry> m_entries;
};

} // namespace wb::exchange
