// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/searchquery.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wb::library {

namespace {
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        QFile f(u":/wb/data/stopwords.txt"_s);
        if (f.open(QIODevice::ReadOnly)) {
            const auto lines = QString::fromUtf8(f.readAll()).split(u'\n');
            for (const QString &line : lines) {
                const QString word = line.trimmed();
                if (!word.isEmpty() && !word.startsWith(u'#'))
                    out.insert(word);
            }
        }
        return out;
    }();
    return words;
}

// The longest term kept: longer runs are not words a person searches for, and bound the SQL text.
constexpr qsizetype kMaxTermLength = 64;
// At most this many terms: a pasted page should not become a query of thousands of ORs.
constexpr qsizetype kMaxTerms = 32;
} // namespace

QStringList SearchQuery::words(const QString &text)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            out << current.left(kMaxTermLength).toLower();
        current.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || (c == u'_' && !current.isEmpty()))
            current += c;
        else
            flush();
    }
    flush();
    for (QString &w : out)   // "planar_" → "planar"; an inner '_' stays (a phrase of the name's parts)
        while (w.endsWith(u'_'))
            w.chop(1);
    out.removeAll(QString());
    return out;
}

bool SearchQuery::isStopWord(const QString &word)
{
    return stopWords().contains(word);
}

SearchQuery::SearchQuery(const QString &text)
{
    const QStringList all = words(text);
    QStringList kept;
    for (const QString &w : all)
        if (!isStopWord(w) && !kept.contains(w))
            kept << w;
    if (kept.isEmpty()) {   // only stop words ("the and"): search for them after all
        for (const QString &w : all)
            if (!kept.contains(w))
                kept << w;
    }
    m_terms = kept.mid(0, kMaxTerms);
}

QString SearchQuery::fts5Expression() const
{
    QStringList quoted;
    // Terms hold letters, digits and inner '_' only; quoted, each is a plain string (a name with '_' a phrase of its parts).
    for (const QString &t : m_terms)
        quoted << u'"' + t + u'"';
    return quoted.join(u" OR "_s);
}

QString SearchQuery::tsQueryText() const
{
    return m_terms.join(u" | "_s);
}

} // namespace wb::library
