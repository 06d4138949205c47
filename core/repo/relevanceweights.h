// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace wb::repo {

/**
 * The relevance ranking's signals and weights as data (resources/data/relevance.json): name lists
 * (example, test, docs, ignored folders; housekeeping, plumbing, usage words) and numbers by dotted key
 * ("base.example", "usage.scale"). Loaded once; thread-safe to read.
 */
class RelevanceWeights final
{
public:
    static const RelevanceWeights &instance();
    /** A weights file as JSON; nullopt and @p error (what is wrong, which file) when it cannot be used. */
    static std::optional<QJsonObject> readFile(const QString &path, QString *error = nullptr);

    /** The number at @p dottedKey; 0 when absent. */
    double number(const QString &dottedKey) const;
    /** A name list, lower-cased unless @p caseSensitive. */
    const QSet<QString> &names(const QString &key) const;
    /** The band cuts: a score below bands()[i] is band i + 1; at or above the last, band 5. */
    const QList<double> &bands() const { return m_bands; }
    /** The band 1-5 of @p score. */
    int band(double score) const;
    /** English stop words (resources/data/stopwords.txt), lower-case. */
    const QSet<QString> &stopWords() const { return m_stopWords; }

private:
    RelevanceWeights();

    QJsonObject m_root;
    QHash<QString, QSet<QString>> m_names;
    QHash<QString, double> m_numbers;
    QList<double> m_bands;
    QSet<QString> m_stopWords;
};

} // namespace wb::repo
