// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/relevanceweights.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonParseError>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wb::repo {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::repo::RelevanceWeights)
};

void flatten(const QJsonObject &object, const QString &prefix, QHash<QString, double> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isDouble())
            out.insert(key, it.value().toDouble());
        else if (it.value().isObject())
            flatten(it.value().toObject(), key, out);
    }
}
} // namespace

const RelevanceWeights &RelevanceWeights::instance()
{
    static const RelevanceWeights weights;
    return weights;
}

std::optional<QJsonObject> RelevanceWeights::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Cannot read the relevance weights %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parse.error != QJsonParseError::NoError
                         ? Tr::tr("The relevance weights %1 are not valid JSON (at byte %2: %3).").arg(path).arg(parse.offset).arg(parse.errorString())
                         : Tr::tr("The relevance weights %1 are not a JSON object.").arg(path);
        return std::nullopt;
    }
    const QJsonArray bands = doc.object().value(u"bands"_s).toArray();
    if (bands.size() != 4) {
        if (error)
            *error = Tr::tr("The relevance weights %1 need \"bands\": four ascending score cuts for the bands 1-5.").arg(path);
        return std::nullopt;
    }
    return doc.object();
}

RelevanceWeights::RelevanceWeights()
{
    // WB_RELEVANCE_WEIGHTS: a weights file of one's own (same keys), e.g. to tune the ranking against a corpus.
    // One that cannot be used is reported and the built-in weights rank as always.
    const QString override = qEnvironmentVariable("WB_RELEVANCE_WEIGHTS");
    QString error;
    std::optional<QJsonObject> root = override.isEmpty() ? std::nullopt : readFile(override, &error);
    if (!override.isEmpty() && !root)
        qWarning("%s The built-in weights are used.", qPrintable(error));
    if (!root)
        root = readFile(u":/wb/data/relevance.json"_s);   // compiled in; a test checks it loads
    m_root = root.value_or(QJsonObject());
    flatten(m_root, QString(), m_numbers);
    for (auto it = m_root.begin(); it != m_root.end(); ++it) {
        if (!it.value().isArray() || it.key() == u"bands"_s)
            continue;
        QSet<QString> set;
        const bool keepCase = it.key() == u"housekeeping_stems"_s || it.key() == u"plumbing_names"_s
                              || it.key() == u"setup_names"_s;
        for (const QJsonValue &v : it.value().toArray())
            set.insert(keepCase ? v.toString() : v.toString().toLower());
        m_names.insert(it.key(), set);
    }
    for (const QJsonValue &v : m_root.value(u"bands"_s).toArray())
        m_bands << v.toDouble();
    QFile stop(u":/wb/data/stopwords.txt"_s);
    if (stop.open(QIODevice::ReadOnly))
        for (const QByteArray &word : stop.readAll().split('\n'))
            if (const QString w = QString::fromUtf8(word.trimmed()).toLower(); !w.isEmpty() && !w.startsWith(u'#'))
                m_stopWords.insert(w);
}

double RelevanceWeights::number(const QString &dottedKey) const
{
    return m_numbers.value(dottedKey, 0.0);
}

const QSet<QString> &RelevanceWeights::names(const QString &key) const
{
    static const QSet<QString> none;
    const auto it = m_names.constFind(key);
    return it == m_names.cend() ? none : it.value();
}

int RelevanceWeights::band(double score) const
{
    int band = 1;
    for (const double cut : m_bands) {
        if (score < cut)
            return band;
        ++band;
    }
    return std::min(band, 5);
}

} // namespace wb::repo
