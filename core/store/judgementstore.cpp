// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/judgementstore.h"

#include "store/criterion.h"
#include "store/decision.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::JudgementStore)
};

QVariant textOrNull(const QString &s)
{
    return nullable(s.isEmpty(), s);
}

constexpr auto kColumns = "j.id, j.example_id, j.round_id, j.annotator, j.ran_without_error, j.shows_function, "
                          "j.function_correct, j.decision, j.notes, j.seconds_spent, j.blind, j.supersedes_id, j.created_at";

JudgementRecord fromRow(const QSqlQuery &q)
{
    JudgementRecord r;
    r.id = q.value(0).toLongLong();
    r.exampleId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        r.roundId = q.value(2).toLongLong();
    r.annotator = q.value(3).toString();
    // Values are checked when written: text the types do not know reads as no answer.
    r.ranWithoutError = criterionAnswerFromString(q.value(4).toString());
    r.showsFunction = criterionAnswerFromString(q.value(5).toString());
    r.functionCorrect = criterionAnswerFromString(q.value(6).toString());
    r.decision = decisionFromString(q.value(7).toString());
    r.notes = q.value(8).toString();
    if (!q.value(9).isNull())
        r.secondsSpent = q.value(9).toInt();
    r.blind = q.value(10).toInt() != 0;
    if (!q.value(11).isNull())
        r.supersedesId = q.value(11).toLongLong();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    return r;
}
} // namespace

JudgementStore::JudgementStore(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

const QStringList &JudgementStore::criterionValues()
{
    static const QStringList values = criterionAnswerWords();
    return values;
}

const QStringList &JudgementStore::decisionValues()
{
    static const QStringList values = decisionWords();
    return values;
}

void JudgementStore::validate(JudgementRecord &j)
{
    j.annotator = j.annotator.trimmed();
    if (j.annotator.isEmpty())
        throw Error(Tr::tr("A judgement needs the annotator's name."), Error::Kind::InvalidInput);
}

std::optional<CriterionAnswer> JudgementStore::parseAnswer(const QString &text, Criterion criterion)
{
    const QString word = text.trimmed().toLower();
    if (word.isEmpty())
        return std::nullopt;
    if (const auto answer = criterionAnswerFromString(word))
        return answer;
    QString question;
    switch (criterion) {
    case Criterion::RanWithoutError: question = Tr::tr("ran without error"); break;
    case Criterion::ShowsFunction: question = Tr::tr("shows the function"); break;
    case Criterion::FunctionCorrect: question = Tr::tr("function correct"); break;
    }
    throw Error(Tr::tr("'%1' is not an answer to \"%2\"; use %3.").arg(text, question, criterionValues().join(u", "_s)),
                Error::Kind::InvalidInput);
}

std::optional<Decision> JudgementStore::parseDecision(const QString &text)
{
    const QString word = text.trimmed().toLower().replace(u'-', u'_');
    if (word.isEmpty())
        return std::nullopt;
    if (const auto decision = decisionFromString(word))
        return decision;
    throw Error(Tr::tr("'%1' is not a decision; use %2.").arg(text, decisionValues().join(u", "_s)), Error::Kind::InvalidInput);
}

JudgementRecord JudgementStore::insert(JudgementRecord &j)
{
    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    QSqlQuery example = exec(db, u"SELECT id FROM examples WHERE id = :id"_s, {{u":id"_s, j.exampleId}});
    if (!example.next())
        throw Error(Tr::tr("No example %1.").arg(j.exampleId), Error::Kind::InvalidInput);
    if (j.roundId) {
        QSqlQuery round = exec(db, u"SELECT example_id FROM rounds WHERE id = :id"_s, {{u":id"_s, *j.roundId}});
        if (!round.next() || round.value(0).toLongLong() != j.exampleId)
            throw Error(Tr::tr("Round %1 is not a round of example %2.").arg(*j.roundId).arg(j.exampleId), Error::Kind::InvalidInput);
    }
    const QVariant round = j.roundId ? QVariant(*j.roundId) : QVariant(QMetaType::fromType<qint64>());
    if (m_workspace->dialect() == SqlDialect::Postgres) {
        // Writers of one history queue here until the holder commits (SQLite's BEGIN IMMEDIATE already
        // serialises all writers), so the latest judgement read below is the one to supersede.
        exec(db, u"SELECT pg_advisory_xact_lock(hashtext('wb.judgement'), hashtext(:key))"_s,
             {{u":key"_s, u"%1/%2/%3"_s.arg(j.exampleId).arg(j.roundId.value_or(0)).arg(j.annotator)}});
    }
    QSqlQuery previous = exec(db,
                              u"SELECT id FROM judgements WHERE example_id = :ex AND annotator = :who AND "
                              "((CAST(:round AS BIGINT) IS NULL AND round_id IS NULL) OR round_id = :round2) ORDER BY id DESC LIMIT 1"_s,
                              {{u":ex"_s, j.exampleId}, {u":who"_s, j.annotator}, {u":round"_s, round}, {u":round2"_s, round}});
    j.supersedesId = previous.next() ? std::optional<qint64>(previous.value(0).toLongLong()) : std::nullopt;
    if (!m_keepRecordedTimes || !j.createdAt.isValid())
        j.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q = exec(db,
                       u"INSERT INTO judgements (example_id, round_id, annotator, ran_without_error, shows_function, "
                       "function_correct, decision, notes, seconds_spent, blind, supersedes_id, created_at) VALUES "
                       "(:ex, :round, :who, :ran, :shows, :correct, :decision, :notes, :secs, :blind, :supersedes, :at) RETURNING id"_s,
                       {{u":ex"_s, j.exampleId},
                        {u":round"_s, round},
                        {u":who"_s, j.annotator},
                        {u":ran"_s, textOrNull(j.answerText(Criterion::RanWithoutError))},
                        {u":shows"_s, textOrNull(j.answerText(Criterion::ShowsFunction))},
                        {u":correct"_s, textOrNull(j.answerText(Criterion::FunctionCorrect))},
                        {u":decision"_s, textOrNull(j.decisionText())},
                        {u":notes"_s, textOrNull(j.notes)},
                        {u":secs"_s, j.secondsSpent ? QVariant(*j.secondsSpent) : QVariant(QMetaType::fromType<int>())},
                        {u":blind"_s, j.blind ? 1 : 0},
                        {u":supersedes"_s, j.supersedesId ? QVariant(*j.supersedesId) : QVariant(QMetaType::fromType<qint64>())},
                        {u":at"_s, j.createdAt.toMSecsSinceEpoch()}});
    j.id = insertedId(q);
    tx.commit();
    return j;
}

JudgementRecord JudgementStore::add(JudgementRecord j)
{
    validate(j);
    // A judgement supersedes the annotator's latest one; a judgement is superseded at most once and a
    // history has one first judgement (schema 7). When the same annotator records on two workbenches
    // at the same moment, the second waits for the first (an advisory lock per history on PostgreSQL,
    // the write lock on SQLite); should an insert still fail on those rules, it is retried on top of the
    // winner, so neither judgement is lost and the history stays one chain.
    for (int attempt = 1;; ++attempt) {
        try {
            return insert(j);
        } catch (const Error &e) {
            const bool raced = e.kind() == Error::Kind::Database && e.message().contains(u"judgements"_s)
                               && e.message().contains(u"unique"_s, Qt::CaseInsensitive);
            if (!raced || attempt == 5)
                throw;
        }
    }
}

QList<JudgementRecord> JudgementStore::history(qint64 exampleId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT %1 FROM judgements j WHERE j.example_id = :ex ORDER BY j.id"_s.arg(QLatin1StringView(kColumns)),
                       {{u":ex"_s, exampleId}});
    QList<JudgementRecord> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

QList<JudgementRecord> JudgementStore::current(qint64 campaignId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT %1 FROM judgements j JOIN examples e ON e.id = j.example_id "
                       "WHERE e.campaign_id = :c AND j.round_id IS NULL "
                       "AND NOT EXISTS (SELECT 1 FROM judgements later WHERE later.supersedes_id = j.id) "
                       "ORDER BY j.example_id, j.annotator"_s.arg(QLatin1StringView(kColumns)),
                       {{u":c"_s, campaignId}});
    QList<JudgementRecord> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

} // namespace wb::store
