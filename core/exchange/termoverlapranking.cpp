// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/termoverlapranking.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::TermOverlapRanking)
};
} // namespace

TermOverlapRanking::TermOverlapRanking(const QByteArray &summariesJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(summariesJson);
    if (!doc.isObject())
        throw Error(Tr::tr("The codeblock index is not a JSON object."), Error::Kind::InvalidInput);
    const QJsonObject index = doc.object();
    for (auto it = index.begin(); it != index.end(); ++it) {
        QString text = it.key();
        const QJsonObject entry = it.value().toObject();
        for (auto field = entry.begin(); field != entry.end(); ++field) {
            if (field.value().isArray()) {
                for (const QJsonValue &v : field.value().toArray())
                    text += u' ' + v.toString();
            } else {
                text += u' ' + field.value().toString();
            }
        }
        m_entries.append({it.key(), words(text)});
    }
}

QSet<QString> TermOverlapRanking::words(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]{3,}"_s);
    QSet<QString> out;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

QStringList TermOverlapRanking::rank(const QString &query, int k) const
{
    const QSet<QString> terms = words(query);
    QList<std::pair<int, QString>> scored;
    for (const Entry &e : m_entries) {
        int score = 0;
        for (const QString &t : terms)
            score += e.words.contains(t) ? 1 : 0;
        if (score > 0)
            scored.append({score, e.name});
    }
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    QStringList names;
    for (qsizetype i = 0; i < std::min<qsizetype>(k, scored.size()); ++i)
        names << scored[i].second;
    return names;
}

} // namespace wb::exchange
