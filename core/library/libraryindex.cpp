// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/libraryindex.h"

#include "exchange/exportnames.h"
#include "exchange/libraryselection.h"
#include "library/pythonterms.h"
#include "library/searchquery.h"
#include "review/verdictstatement.h"
#include "store/adjudicationstore.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::library {

namespace {

// The text columns, in the order of the FTS5 table, with their BM25 weights (description ≫ identifiers).
struct Field
{
    QString name;
    double weight;
};
const QList<Field> &fields()
{
    static const QList<Field> list{{u"description"_s, 10.0}, {u"criteria"_s, 4.0},    {u"kind"_s, 2.0},    {u"metadata"_s, 2.0},
                                   {u"repository"_s, 3.0},   {u"identifiers"_s, 1.5}, {u"comments"_s, 1.0}};
    return list;
}

// Marks around matched words in highlight()/snippet()/ts_headline() output; removed from indexed text.
const QChar kOpen(0x02);
const QChar kClose(0x03);

QString clean(QString text)
{
    text.remove(kOpen);
    text.remove(kClose);
    return text;
}

// "MacroDensity" → "Macro Density" beside the name: the tokenizers keep CamelCase as one word.
QString withSplitNames(const QString &text)
{
    static const QRegularExpression boundary(u"(?<=[a-z0-9])(?=[A-Z])"_s);
    QString split = text;
    split.replace(boundary, u" "_s);
    return split == text ? text : text + u' ' + split;
}

void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString())
        out << value.toString();
    else if (value.isArray())
        for (const auto &v : value.toArray())
            collectStrings(v, out);
    else if (value.isObject())
        for (const auto &v : value.toObject())
            collectStrings(v, out);
}

QString decisionText(const QList<store::JudgementRecord> &judgements, const QString &goldDecision)
{
    if (!goldDecision.isEmpty())
        return u"gold: "_s + goldDecision;
    QMap<QString, QStringList> byDecision;
    for (const auto &j : judgements)
        if (j.decision)
            byDecision[store::decisionToString(*j.decision)] << j.annotator;
    QStringList parts;
    for (auto it = byDecision.cbegin(); it != byDecision.cend(); ++it)
        parts << it.key() + u": "_s + it.value().join(u", "_s);
    return parts.isEmpty() ? u"not reviewed"_s : parts.join(u"; "_s);
}

QString verdictText(const QJsonObject &verdict)
{
    QStringList flags;
    for (const char *key : {"is_finished", "is_faithful", "is_complete", "is_accurate"}) {
        const QJsonValue v = verdict.value(QLatin1StringView(key));
        if (!v.isBool())
            continue;
        const QString word = QString::fromLatin1(key + 3);
        flags << (v.toBool() ? word : u"not "_s + word);
    }
    const QString statement = review::VerdictStatement::of(verdict);
    QString out = flags.join(u", "_s);
    if (!statement.isEmpty())
        out += (out.isEmpty() ? QString() : u" — "_s) + statement;
    return out;
}

// A highlighted text (marks kOpen … kClose) as a passage.
LibraryPassage passageOf(const QString &field, const QString &marked)
{
    LibraryPassage p;
    p.field = field;
    int start = -1;
    for (const QChar c : marked) {
        if (c == kOpen) {
            start = int(p.text.size());
        } else if (c == kClose) {
            if (start >= 0 && p.text.size() > start)
                p.highlights.append({start, int(p.text.size()) - start});
            start = -1;
        } else {
            p.text += c;
        }
    }
    return p;
}

struct Candidate
{
    qint64 exampleId = 0;
    qint64 campaignId = 0;
    qint64 repositoryId = 0;
    qint64 roundId = 0;
    QString stamp;
};

struct Document
{
    Candidate source;
    QString title, description, criteria, kind, metadata, repository, identifiers, comments, mainPySha, decision, verdict;
    bool accepted = false;
};

QList<Candidate> candidates(const QSqlDatabase &db)
{
    // The final round is the last one the judge found finished (as in LibrarySelection).
    QSqlQuery q = store::exec(db, u"SELECT e.id, e.campaign_id, e.repository_id, "
                                  "(SELECT r.id FROM rounds r WHERE r.example_id = e.id AND r.is_finished = 1 "
                                  " ORDER BY r.round_index DESC LIMIT 1), "
                                  "(SELECT MAX(j.id) FROM judgements j WHERE j.example_id = e.id), "
                                  "(SELECT MAX(a.id) FROM adjudications a WHERE a.example_id = e.id) "
                                  "FROM examples e WHERE e.status = 'SUCCESS' ORDER BY e.id"_s);
    QList<Candidate> out;
    while (q.next()) {
        if (q.value(3).isNull())
            continue;
        Candidate c;
        c.exampleId = q.value(0).toLongLong();
        c.campaignId = q.value(1).toLongLong();
        c.repositoryId = q.value(2).toLongLong();
        c.roundId = q.value(3).toLongLong();
        c.stamp = u"v%1/r%2/j%3/a%4"_s.arg(LibraryIndex::kFormatVersion)
                      .arg(c.roundId)
                      .arg(q.value(4).toLongLong())
                      .arg(q.value(5).toLongLong());
        out << c;
    }
    return out;
}

QList<Document> build(const std::shared_ptr<store::Workspace> &workspace, const QList<Candidate> &changed)
{
    const store::PipelineStore pipeline(workspace);
    const store::JudgementStore judgementStore(workspace);
    const store::AdjudicationStore adjudications(workspace);
    QHash<qint64, QString> repositoryNames;
    {
        QSqlQuery q = store::exec(workspace->database(), u"SELECT id, name FROM repositories"_s);
        while (q.next())
            repositoryNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QHash<qint64, QList<store::JudgementRecord>> judgements;
    QHash<qint64, QString> gold;
    QSet<qint64> campaignsRead;
    QList<Document> out;
    for (const Candidate &c : changed) {
        if (!campaignsRead.contains(c.campaignId)) {
            campaignsRead.insert(c.campaignId);
            for (const auto &j : judgementStore.current(c.campaignId))
                judgements[j.exampleId] << j;
            const auto g = adjudications.goldForCampaign(c.campaignId);
            for (auto it = g.cbegin(); it != g.cend(); ++it)
                gold.insert(it.key(), it.value().value(u"decision"_s).value);
        }
        const auto example = pipeline.example(c.exampleId);
        const auto rounds = pipeline.rounds(c.exampleId);
        const auto round = std::find_if(rounds.cbegin(), rounds.cend(), [&c](const auto &r) { return r.id == c.roundId; });
        if (!example || round == rounds.cend())
            continue;   // gone meanwhile: the next refresh removes it
        Document d;
        d.source = c;
        const QJsonObject metadata = QJsonDocument::fromJson(pipeline.blob(round->metadataBlob)).object();
        const QString mainPy = QString::fromUtf8(pipeline.blob(round->mainPyBlob));
        const QString repositoryName = repositoryNames.value(c.repositoryId, example->repositoryName);
        d.description = clean(metadata.value(u"example_description"_s).toString());
        d.criteria = clean(metadata.value(u"example_inclusion_criteria"_s).toString() + u'\n'
                           + metadata.value(u"example_exclusion_criteria"_s).toString())
                         .trimmed();
        d.kind = clean(metadata.value(u"example_type"_s).toString());
        QJsonObject rest = metadata;
        for (const QString &key : {u"example_description"_s, u"example_inclusion_criteria"_s, u"example_exclusion_criteria"_s,
                                   u"example_type"_s})
            rest.remove(key);
        QStringList restText;
        collectStrings(rest, restText);
        d.metadata = clean(restText.join(u'\n'));
        const QString summary = QJsonDocument::fromJson(example->summaryJson).object().value(u"description"_s).toString();
        d.repository = clean(withSplitNames(repositoryName) + u'\n' + summary).trimmed();
        const PythonTerms terms = PythonTerms::extract(mainPy);
        d.identifiers = clean(terms.identifierText());
        d.comments = clean(terms.comments);
        d.mainPySha = round->mainPyBlob;
        d.title = exchange::ExportNames::title(repositoryName, d.description);
        const auto &js = judgements.value(c.exampleId);
        const QString goldDecision = gold.value(c.exampleId);
        d.accepted = exchange::LibrarySelection::isAccepted(js, goldDecision);
        d.decision = decisionText(js, goldDecision);
        d.verdict = verdictText(QJsonDocument::fromJson(round->verdictJson).object());
        out << d;
    }
    return out;
}

// A bound text is never NULL: the columns are NOT NULL, and an empty QString may be a null one.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

void insert(const QSqlDatabase &db, const Document &d, qint64 now)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO library_documents (example_id, campaign_id, repository_id, round_id, stamp, title, description, "
              "criteria, kind, metadata, repository, identifiers, comments, main_py_sha, accepted, decision, verdict, indexed_at) "
              "VALUES (:e, :c, :r, :round, :stamp, :title, :description, :criteria, :kind, :metadata, :repository, "
              ":identifiers, :comments, :sha, :accepted, :decision, :verdict, :now)"_s);
    q.bindValue(u":e"_s, d.source.exampleId);
    q.bindValue(u":c"_s, d.source.campaignId);
    q.bindValue(u":r"_s, d.source.repositoryId);
    q.bindValue(u":round"_s, d.source.roundId);
    q.bindValue(u":stamp"_s, d.source.stamp);
    q.bindValue(u":title"_s, notNull(d.title));
    q.bindValue(u":description"_s, notNull(d.description));
    q.bindValue(u":criteria"_s, notNull(d.criteria));
    q.bindValue(u":kind"_s, notNull(d.kind));
    q.bindValue(u":metadata"_s, notNull(d.metadata));
    q.bindValue(u":repository"_s, notNull(d.repository));
    q.bindValue(u":identifiers"_s, notNull(d.identifiers));
    q.bindValue(u":comments"_s, notNull(d.comments));
    q.bindValue(u":sha"_s, d.mainPySha);
    q.bindValue(u":accepted"_s, d.accepted ? 1 : 0);
    q.bindValue(u":decision"_s, notNull(d.decision));
    q.bindValue(u":verdict"_s, notNull(d.verdict));
    q.bindValue(u":now"_s, now);
    store::exec(q);
}

void removeDocument(const QSqlDatabase &db, qint64 exampleId)
{
    store::exec(db, u"DELETE FROM library_documents WHERE example_id = :e"_s, {{u":e"_s, exampleId}});
}

int countDocuments(const QSqlDatabase &db, bool acceptedOnly)
{
    QSqlQuery q = store::exec(db, acceptedOnly ? u"SELECT COUNT(*) FROM library_documents WHERE accepted = 1"_s
                                               : u"SELECT COUNT(*) FROM library_documents"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

LibraryIndex::LibraryIndex(std::shared_ptr<store::Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

LibraryIndex::Refresh LibraryIndex::refresh()
{
    return update(false);
}

LibraryIndex::Refresh LibraryIndex::rebuild()
{
    return update(true);
}

LibraryIndex::Refresh LibraryIndex::update(bool everything)
{
    QSqlDatabase db = m_workspace->database();
    Refresh result;
    // What should be indexed, and from what each document was built.
    const QList<Candidate> wanted = candidates(db);
    QHash<qint64, QString> stored;
    {
        QSqlQuery q = store::exec(db, u"SELECT example_id, stamp FROM library_documents"_s);
        while (q.next())
            stored.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QList<Candidate> changed;
    QSet<qint64> wantedIds;
    for (const Candidate &c : wanted) {
        wantedIds.insert(c.exampleId);
        const auto it = stored.constFind(c.exampleId);
        if (everything || it == stored.cend() || *it != c.stamp)
            changed << c;
    }
    QList<qint64> gone;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (!wantedIds.contains(it.key()))
            gone << it.key();
    if (changed.isEmpty() && gone.isEmpty()) {
        result.documents = int(stored.size());
        return result;
    }
    // The documents are read before the write lock is taken; the transaction only swaps rows.
    const QList<Document> documents = build(m_workspace, changed);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    store::Transaction tx(db);
    if (m_workspace->dialect() == store::SqlDialect::Postgres)
        store::exec(db, u"SELECT pg_advisory_xact_lock(7262150016)"_s);   // two workbenches refreshing at once
    if (everything)
        store::exec(db, u"DELETE FROM library_documents"_s);
    for (const qint64 id : std::as_const(gone)) {
        removeDocument(db, id);
        ++result.removed;
    }
    for (const Document &d : documents) {
        const bool existed = stored.contains(d.source.exampleId);
        if (!everything)
            removeDocument(db, d.source.exampleId);
        insert(db, d, now);
        ++(existed ? result.updated : result.added);
    }
    result.documents = countDocuments(db, false);
    tx.commit();
    return result;
}

LibrarySearch LibraryIndex::search(const QString &query, int limit, bool acceptedOnly)
{
    bool stale = false;
    if (m_workspace->isReadOnly())
        stale = true;
    else
        refresh();
    LibrarySearch result = searchAsIs(query, limit, acceptedOnly);
    result.stale = stale;
    return result;
}

LibrarySearch LibraryIndex::searchAsIs(const QString &text, int limit, bool acceptedOnly) const
{
    const SearchQuery query(text);
    LibrarySearch result;
    result.query = text;
    result.terms = query.terms();
    QSqlDatabase db = m_workspace->database();
    result.documents = countDocuments(db, acceptedOnly);
    if (query.isEmpty() || limit <= 0)
        return result;

    const bool postgres = m_workspace->dialect() == store::SqlDialect::Postgres;
    const QString columns = u"d.example_id, d.campaign_id, d.repository_id, d.round_id, d.title, d.description, d.accepted, "
                            "d.decision, d.verdict, c.name, r.name"_s;
    constexpr int kFirstPassage = 12;   // the column of the first highlighted field
    QStringList passages;
    QString sql;
    if (postgres) {
        // The marks are control characters (chr), never in indexed text.
        for (const Field &f : fields())
            passages << u"ts_headline('english', d.%1, q.query, q.%2)"_s.arg(f.name, f.name == u"description"_s ? u"whole"_s : u"excerpt"_s);
        sql = u"WITH q AS (SELECT to_tsquery('english', :q) AS query, "
              "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true' AS whole, "
              "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=8, MaxFragments=2, "
              "FragmentDelimiter=\" … \"' AS excerpt) "
              "SELECT %1, ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', d.search_vector, q.query) AS score, %2 "
              "FROM library_documents d CROSS JOIN q JOIN campaigns c ON c.id = d.campaign_id "
              "JOIN repositories r ON r.id = d.repository_id "
              "WHERE d.search_vector @@ q.query %3 ORDER BY score DESC, d.example_id LIMIT :limit"_s
                  .arg(columns, passages.join(u", "_s), acceptedOnly ? u"AND d.accepted = 1"_s : QString());
    } else {
        QStringList weights;
        for (int i = 0; i < fields().size(); ++i) {
            weights << QString::number(fields().at(i).weight, 'f', 1);
            passages << (i == 0 ? u"highlight(library_fts, 0, char(2), char(3))"_s
                                : u"snippet(library_fts, %1, char(2), char(3), '…', 24)"_s.arg(i));
        }
        sql = u"SELECT %1, -bm25(library_fts, %2) AS score, %3 "
              "FROM library_fts JOIN library_documents d ON d.example_id = library_fts.rowid "
              "JOIN campaigns c ON c.id = d.campaign_id JOIN repositories r ON r.id = d.repository_id "
              "WHERE library_fts MATCH :q %4 ORDER BY score DESC, d.example_id LIMIT :limit"_s
                  .arg(columns, weights.join(u", "_s), passages.join(u", "_s), acceptedOnly ? u"AND d.accepted = 1"_s : QString());
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(u":q"_s, postgres ? query.tsQueryText() : query.fts5Expression());
    q.bindValue(u":limit"_s, limit);
    store::exec(q);
    while (q.next()) {
        LibraryHit hit;
        hit.rank = int(result.hits.size()) + 1;
        hit.exampleId = q.value(0).toLongLong();
        hit.campaignId = q.value(1).toLongLong();
        hit.repositoryId = q.value(2).toLongLong();
        hit.roundId = q.value(3).toLongLong();
        hit.title = q.value(4).toString();
        hit.description = q.value(5).toString();
        hit.accepted = q.value(6).toInt() != 0;
        hit.decision = q.value(7).toString();
        hit.verdict = q.value(8).toString();
        hit.campaign = q.value(9).toString();
        hit.repository = q.value(10).toString();
        hit.score = q.value(11).toDouble();
        for (int i = 0; i < fields().size(); ++i) {
            const QString marked = q.value(kFirstPassage + i).toString();
            if (marked.contains(kOpen))
                hit.passages << passageOf(fields().at(i).name, marked);
        }
        result.hits << hit;
    }
    return result;
}

QString LibraryIndex::mainPy(qint64 roundId) const
{
    QSqlQuery q = store::exec(m_workspace->database(), u"SELECT main_py_blob FROM rounds WHERE id = :r"_s, {{u":r"_s, roundId}});
    if (!q.next() || q.value(0).isNull())
        return {};
    return QString::fromUtf8(store::PipelineStore(m_workspace).blob(q.value(0).toString()));
}

QList<LibraryDocument> LibraryIndex::documents(bool acceptedOnly) const
{
    QSqlQuery q = store::exec(m_workspace->database(),
                              u"SELECT d.example_id, d.campaign_id, d.repository_id, r.name, c.name, d.title, d.description, "
                              "d.main_py_sha, d.accepted FROM library_documents d JOIN campaigns c ON c.id = d.campaign_id "
                              "JOIN repositories r ON r.id = d.repository_id %1 ORDER BY d.example_id"_s
                                  .arg(acceptedOnly ? u"WHERE d.accepted = 1"_s : QString()));
    QList<LibraryDocument> out;
    while (q.next()) {
        LibraryDocument d;
        d.exampleId = q.value(0).toLongLong();
        d.campaignId = q.value(1).toLongLong();
        d.repositoryId = q.value(2).toLongLong();
        d.repository = q.value(3).toString();
        d.campaign = q.value(4).toString();
        d.title = q.value(5).toString();
        d.description = q.value(6).toString();
        d.mainPySha = q.value(7).toString();
        d.accepted = q.value(8).toInt() != 0;
        out << d;
    }
    return out;
}

} // namespace wb::library
