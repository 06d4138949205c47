// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarycoverage.h"

#include "library/libraryindex.h"
#include "library/searchquery.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace wb::library {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::library::LibraryCoverage)
};

QSet<QString> meaningfulWords(const QString &text)
{
    QSet<QString> out;
    for (const QString &w : SearchQuery::words(text))
        if (!SearchQuery::isStopWord(w))
            out.insert(w);
    return out;
}

double jaccard(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0;
    const qsizetype common = QSet<QString>(a).intersect(b).size();
    return double(common) / double(a.size() + b.size() - common);
}
} // namespace

LibraryCoverage LibraryCoverage::compute(const std::shared_ptr<store::Workspace> &workspace, const std::function<bool()> &cancelled,
                                         const std::function<void(int, int)> &progress)
{
    LibraryIndex index(workspace);
    if (!workspace->isReadOnly())
        index.refresh();
    const QList<LibraryDocument> accepted = index.documents(true);
    LibraryCoverage out;
    out.acceptedExamples = int(accepted.size());

    // Repositories without an accepted example.
    QSet<qint64> covered;
    for (const auto &d : accepted)
        covered.insert(d.repositoryId);
    QSqlQuery q = store::exec(workspace->database(),
                              u"SELECT r.id, r.name, COUNT(e.id), SUM(CASE WHEN e.status = 'SUCCESS' THEN 1 ELSE 0 END) "
                              "FROM repositories r LEFT JOIN examples e ON e.repository_id = r.id GROUP BY r.id, r.name ORDER BY r.name"_s);
    while (q.next()) {
        ++out.repositories;
        if (covered.contains(q.value(0).toLongLong()))
            continue;
        Repository r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.examples = q.value(2).toInt();
        r.successful = q.value(3).toInt();
        r.reason = r.examples == 0      ? Tr::tr("no example distilled yet")
                   : r.successful == 0 ? Tr::tr("%n example(s), none successful", "", r.examples)
                                       : Tr::tr("%n successful example(s), none accepted", "", r.successful);
        out.uncovered << r;
    }

    // Each accepted example searched by its own description.
    QHash<qint64, QList<qint64>> topTwo;   // example → the other examples in its top two
    QHash<qint64, const LibraryDocument *> byId;
    for (const auto &d : accepted)
        byId.insert(d.exampleId, &d);
    int done = 0;
    for (const auto &d : accepted) {
        if (cancelled && cancelled())
            throw Error(Tr::tr("The coverage was cancelled."), Error::Kind::Cancelled);
        const LibrarySearch found = index.searchAsIs(d.description, kVagueDepth, true);
        int rank = 0;
        for (const auto &hit : found.hits) {
            if (hit.exampleId == d.exampleId)
                rank = hit.rank;
            else if (hit.rank <= 2)
                topTwo[d.exampleId] << hit.exampleId;
        }
        if (rank != 1) {
            VagueExample v;
            v.exampleId = d.exampleId;
            v.repository = d.repository;
            v.campaign = d.campaign;
            v.title = d.title;
            v.rank = rank;
            if (!found.hits.isEmpty() && found.hits.first().exampleId != d.exampleId) {
                v.firstExampleId = found.hits.first().exampleId;
                v.firstTitle = found.hits.first().title;
            }
            out.vague << v;
        }
        if (progress)
            progress(++done, int(accepted.size()));
    }

    // Duplicates: identical main.py, or alike descriptions that rank each other in the top two.
    std::map<std::pair<qint64, qint64>, Duplicate> pairs;
    auto pairFor = [&](qint64 a, qint64 b) -> Duplicate & {
        const auto key = std::minmax(a, b);
        auto it = pairs.find(key);
        if (it == pairs.end()) {
            Duplicate dup;
            dup.exampleA = key.first;
            dup.exampleB = key.second;
            const LibraryDocument *da = byId.value(key.first);
            const LibraryDocument *db = byId.value(key.second);
            dup.titleA = da->title;
            dup.titleB = db->title;
            dup.campaignA = da->campaign;
            dup.campaignB = db->campaign;
            dup.similarity = jaccard(meaningfulWords(da->description), meaningfulWords(db->description));
            it = pairs.emplace(key, dup).first;
        }
        return it->second;
    };
    QHash<QString, QList<qint64>> byMainPy;
    for (const auto &d : accepted)
        if (!d.mainPySha.isEmpty())
            byMainPy[d.mainPySha] << d.exampleId;
    for (const auto &ids : std::as_const(byMainPy))
        for (qsizetype i = 0; i < ids.size(); ++i)
            for (qsizetype j = i + 1; j < ids.size(); ++j)
                pairFor(ids[i], ids[j]).sameMainPy = true;
    for (auto it = topTwo.cbegin(); it != topTwo.cend(); ++it) {
        for (const qint64 other : it.value()) {
            if (other < it.key() || !topTwo.value(other).contains(it.key()))
                continue;   // each mutual pair once
            const LibraryDocument *da = byId.value(it.key());
            const LibraryDocument *db = byId.value(other);
            if (!da || !db)
                continue;
            if (jaccard(meaningfulWords(da->description), meaningfulWords(db->description)) >= kSimilarDescriptions)
                pairFor(it.key(), other);
        }
    }
    for (auto &[key, dup] : pairs) {
        QStringList why;
        if (dup.sameMainPy)
            why << Tr::tr("identical main.py");
        if (dup.similarity >= kSimilarDescriptions)
            why << Tr::tr("descriptions %1% alike").arg(qRound(dup.similarity * 100));
        dup.reason = why.join(u"; "_s);
        out.duplicates << dup;
    }
    return out;
}

QJsonObject LibraryCoverage::toJson() const
{
    QJsonArray uncoveredJson;
    for (const auto &r : uncovered)
        uncoveredJson.append(QJsonObject{{u"repository_id"_s, r.id}, {u"repository"_s, r.name}, {u"examples"_s, r.examples},
                                         {u"successful"_s, r.successful}, {u"reason"_s, r.reason}});
    QJsonArray vagueJson;
    for (const auto &v : vague)
        vagueJson.append(QJsonObject{{u"example_id"_s, v.exampleId}, {u"repository"_s, v.repository}, {u"campaign"_s, v.campaign},
                                     {u"title"_s, v.title}, {u"rank"_s, v.rank},
                                     {u"first_example_id"_s, v.firstExampleId ? QJsonValue(v.firstExampleId) : QJsonValue()},
                                     {u"first_title"_s, v.firstTitle}});
    QJsonArray duplicatesJson;
    for (const auto &d : duplicates)
        duplicatesJson.append(QJsonObject{{u"example_a"_s, d.exampleA}, {u"example_b"_s, d.exampleB}, {u"title_a"_s, d.titleA},
                                          {u"title_b"_s, d.titleB}, {u"campaign_a"_s, d.campaignA}, {u"campaign_b"_s, d.campaignB},
                                          {u"same_main_py"_s, d.sameMainPy}, {u"similarity"_s, d.similarity}, {u"reason"_s, d.reason}});
    return QJsonObject{{u"repositories"_s, repositories},
                       {u"accepted_examples"_s, acceptedExamples},
                       {u"uncovered_repositories"_s, uncoveredJson},
                       {u"vague_examples"_s, vagueJson},
                       {u"duplicates"_s, duplicatesJson}};
}

} // namespace wb::library
