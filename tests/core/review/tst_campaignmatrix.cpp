// SPDX-License-Identifier: GPL-3.0-or-later
// The repository × campaign matrix: cells, the human majority, gold decisions, agreement, blind mode.
#include "exec/executionresult.h"
#include "review/blindreview.h"
#include "review/campaignmatrix.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
using Judge = review::CampaignMatrix::Judge;

qint64 addRepository(const std::shared_ptr<store::Workspace> &ws, const QString &name)
{
    QSqlQuery q = store::exec(ws->database(),
                                    u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                    "VALUES (:n, :n, :n, :n, '0123456789abcdef0123456789abcdef01234567', 0, 0) RETURNING id"_s,
                                    {{u":n"_s, name}});
    return store::insertedId(q);
}

/** Gives an example @p rounds executed rounds; the last is judged @p finished (none judged when nullopt). */
void addRounds(store::PipelineStore &pipeline, qint64 example, int rounds, std::optional<bool> finished)
{
    for (int i = 1; i <= rounds; ++i) {
        const auto round = pipeline.createRound(example, i, i == 1 ? u"generated"_s : u"repaired"_s, "print(1)", "", "true", "{}");
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        const bool last = i == rounds;
        result.exitCode = last && finished.value_or(false) ? 0 : 1;
        pipeline.saveExecution(round.id, result);
        if (last && finished) {
            pipeline.saveVerdict(round.id,
                                 *finished ? R"({"is_finished": true, "is_faithful": true, "is_complete": true, "is_accurate": true, "error_class": "none"})"
                                           : R"({"is_finished": false, "is_faithful": true, "is_complete": false, "is_accurate": false, "error_class": "api_misuse"})",
                                 *finished, *finished ? u"none"_s : u"api_misuse"_s);
        }
    }
    pipeline.setExampleState(example, finished.value_or(false) ? wb::store::ExampleStatus::Success : wb::store::ExampleStatus::Failed, u"done"_s);
}

void judge(const std::shared_ptr<store::Workspace> &ws, qint64 example, const QString &who, const QString &decision)
{
    store::JudgementRecord j;
    j.exampleId = example;
    j.annotator = who;
    j.decision = store::decisionFromString(decision);
    store::JudgementStore(ws).add(j);
}

void adjudicate(const std::shared_ptr<store::Workspace> &ws, qint64 example, const QString &value, qint64 at)
{
    store::exec(ws->database(),
                u"INSERT INTO adjudications (example_id, criterion, value, adjudicator, reason, created_at) "
                "VALUES (:e, 'decision', :v, 'dora', 'settled', :t)"_s,
                {{u":e"_s, example}, {u":v"_s, value}, {u":t"_s, at}});
}

const review::CampaignMatrix::Cell &cellOf(const review::CampaignMatrix &m, const QString &repository, int column)
{
    for (const auto &row : m.rows)
        if (row.repository == repository) {
            if (!row.cells.at(column))
                qFatal("no cell");
            return *row.cells.at(column);
        }
    qFatal("no row");
}
} // namespace

class TstCampaignMatrix : public QObject
{
    Q_OBJECT

    /** Campaigns "gpt-run" (openai/gpt-5: alpha, beta, gamma) and "second" (anthropic/claude-sonnet-4-5: alpha, beta). */
    struct Fixture
    {
        test::TempWorkspace tmp;
        qint64 gpt = 0;
        qint64 claude = 0;
        QHash<QString, qint64> gptExample;      // repository → example
        QHash<QString, qint64> claudeExample;

        Fixture()
        {
            const auto ws = tmp.workspace();
            store::PipelineStore pipeline(ws);
            QHash<QString, qint64> repos;
            for (const QString &name : {u"gamma"_s, u"alpha"_s, u"beta"_s, u"delta"_s})
                repos.insert(name, addRepository(ws, name));
            gpt = pipeline.createCampaign(u"gpt-run"_s, R"({"generator": {"provider": "openai", "model": "gpt-5"}})");
            claude = pipeline.createCampaign(u"second"_s, R"({"generator": {"provider": "anthropic", "model": "claude-sonnet-4-5"}})");
            for (const auto &e : pipeline.addExamples(gpt, {repos[u"alpha"_s], repos[u"beta"_s], repos[u"gamma"_s]}))
                gptExample.insert(e.repositoryName, e.id);
            for (const auto &e : pipeline.addExamples(claude, {repos[u"alpha"_s], repos[u"beta"_s]}))
                claudeExample.insert(e.repositoryName, e.id);
            addRounds(pipeline, gptExample[u"alpha"_s], 1, true);
            addRounds(pipeline, gptExample[u"beta"_s], 3, false);
            addRounds(pipeline, gptExample[u"gamma"_s], 2, std::nullopt);   // never judged
            addRounds(pipeline, claudeExample[u"alpha"_s], 2, false);
            addRounds(pipeline, claudeExample[u"beta"_s], 1, true);
            store::exec(ws->database(),   // the cost is the calls': one call of it
                        u"INSERT INTO llm_calls (example_id, stage, provider, model, request_hash, cost_usd, status, started_at) "
                        "VALUES (:id, 'example_generation', 'p', 'm', 'h', 0.25, 'ok', 0)"_s,
                        {{u":id"_s, gptExample[u"beta"_s]}});
        }
    };

private Q_SLOTS:
    void initTestCase() { qputenv("CODEDISTILLER_NO_SECRET_STORE", "1"); }

    void cellsCarryTheExampleAndTheJudgesVerdict()
    {
        Fixture f;
        const auto m = review::CampaignMatrix::compute(f.tmp.workspace());
        QVERIFY(!m.blind);
        QCOMPARE(m.columns.size(), 2);
        QCOMPARE(m.columns[0].label, u"gpt-run"_s);
        QCOMPARE(m.columns[0].model, u"openai/gpt-5"_s);
        QCOMPARE(m.columns[1].model, u"anthropic/claude-sonnet-4-5"_s);
        // Rows: repositories with an example in a chosen campaign, by name; delta has none.
        QCOMPARE(m.rows.size(), 3);
        QCOMPARE(m.rows[0].repository, u"alpha"_s);
        QCOMPARE(m.rows[2].repository, u"gamma"_s);
        QVERIFY(!m.rows[2].cells[1]);   // gamma is not in the second campaign

        const auto &beta = cellOf(m, u"beta"_s, 0);
        QCOMPARE(beta.exampleId, f.gptExample[u"beta"_s]);
        QCOMPARE(beta.status, store::ExampleStatus::Failed);
        QCOMPARE(beta.rounds, 3);
        QCOMPARE(beta.cost.value(), std::optional<double>(0.25));
        QCOMPARE(beta.judge, Judge::NotFinished);
        QCOMPARE(cellOf(m, u"alpha"_s, 0).judge, Judge::Finished);
        QCOMPARE(cellOf(m, u"gamma"_s, 0).judge, Judge::None);
        QCOMPARE(cellOf(m, u"alpha"_s, 0).human, QString());
        QVERIFY(!cellOf(m, u"alpha"_s, 0).agrees);

        const QJsonObject json = m.toJson();
        QCOMPARE(json.value(u"rows"_s).toArray().size(), 3);
        QCOMPARE(json.value(u"rows"_s).toArray()[1].toObject().value(u"cells"_s).toArray()[0].toObject().value(u"judge"_s).toString(),
                 u"not_finished"_s);
    }

    void anExpertRoundDoesNotChangeTheJudgesVerdict()
    {
        Fixture f;
        store::PipelineStore pipeline(f.tmp.workspace());
        const qint64 example = f.gptExample[u"beta"_s];
        const auto human = pipeline.createRound(example, 4, u"human"_s, "print(2)", "", "true", "{}");
        pipeline.saveVerdict(human.id, R"({"is_finished": true, "error_class": "none"})", true, u"none"_s);
        const auto m = review::CampaignMatrix::compute(f.tmp.workspace());
        QCOMPARE(cellOf(m, u"beta"_s, 0).judge, Judge::NotFinished);
        QCOMPARE(cellOf(m, u"beta"_s, 0).rounds, 3);
    }

    void campaignsCanBeChosen()
    {
        Fixture f;
        const auto m = review::CampaignMatrix::compute(f.tmp.workspace(), {u"second"_s});
        QCOMPARE(m.columns.size(), 1);
        QCOMPARE(m.columns[0].campaignId, f.claude);
        QCOMPARE(m.rows.size(), 2);
        const auto both = review::CampaignMatrix::compute(f.tmp.workspace(), {u"second"_s, QString::number(f.gpt)});
        QCOMPARE(both.columns[0].campaignId, f.claude);   // in the order asked for
        QCOMPARE(both.columns[1].campaignId, f.gpt);
        QVERIFY_THROWS_EXCEPTION(Error, review::CampaignMatrix::compute(f.tmp.workspace(), {u"nope"_s}));
    }

    void humanDecisionIsTheMajorityAndGoldOverridesIt()
    {
        Fixture f;
        const auto ws = f.tmp.workspace();
        const qint64 alpha = f.gptExample[u"alpha"_s];
        const qint64 beta = f.gptExample[u"beta"_s];
        judge(ws, alpha, u"alice"_s, u"accept"_s);
        judge(ws, alpha, u"bob"_s, u"reject"_s);
        judge(ws, alpha, u"carol"_s, u"accept"_s);
        judge(ws, beta, u"alice"_s, u"accept"_s);
        judge(ws, beta, u"bob"_s, u"reject"_s);
        judge(ws, beta, u"bob"_s, u"accept"_s);   // supersedes bob's reject: only current decisions count
        judge(ws, beta, u"carol"_s, u"reject"_s);
        auto m = review::CampaignMatrix::compute(ws);
        auto cell = cellOf(m, u"alpha"_s, 0);
        QCOMPARE(cell.human, u"accept"_s);
        QCOMPARE(cell.annotators, 3);
        QCOMPARE(cell.majorityVotes, 2);
        QVERIFY(!cell.gold);
        QCOMPARE(cellOf(m, u"beta"_s, 0).human, u"accept"_s);   // alice and bob's current against carol

        judge(ws, f.claudeExample[u"alpha"_s], u"alice"_s, u"accept"_s);
        judge(ws, f.claudeExample[u"alpha"_s], u"bob"_s, u"needs_work"_s);
        m = review::CampaignMatrix::compute(ws);
        cell = cellOf(m, u"alpha"_s, 1);
        QVERIFY(cell.split);
        QCOMPARE(cell.human, QString());
        QVERIFY(!cell.agrees);

        // Gold: the newest adjudicated decision wins over the majority and over a split.
        adjudicate(ws, alpha, u"reject"_s, 1000);
        adjudicate(ws, alpha, u"needs-work"_s, 2000);
        adjudicate(ws, f.claudeExample[u"alpha"_s], u"reject"_s, 1000);
        m = review::CampaignMatrix::compute(ws);
        cell = cellOf(m, u"alpha"_s, 0);
        QCOMPARE(cell.human, u"needs_work"_s);
        QVERIFY(cell.gold);
        cell = cellOf(m, u"alpha"_s, 1);
        QCOMPARE(cell.human, u"reject"_s);
        QVERIFY(cell.gold && !cell.split);
        QCOMPARE(m.toJson().value(u"rows"_s).toArray()[0].toObject().value(u"cells"_s).toArray()[0].toObject().value(u"human_source"_s).toString(),
                 u"gold"_s);
    }

    void agreementIsJudgeFinishedIffAccept_data()
    {
        QTest::addColumn<QString>("repository");   // alpha: judge finished; beta: not finished
        QTest::addColumn<QString>("decision");
        QTest::addColumn<bool>("agrees");
        QTest::newRow("finished, accept") << u"alpha"_s << u"accept"_s << true;
        QTest::newRow("finished, reject") << u"alpha"_s << u"reject"_s << false;
        QTest::newRow("finished, needs work") << u"alpha"_s << u"needs_work"_s << false;
        QTest::newRow("not finished, accept") << u"beta"_s << u"accept"_s << false;
        QTest::newRow("not finished, reject") << u"beta"_s << u"reject"_s << true;
        QTest::newRow("not finished, needs work") << u"beta"_s << u"needs_work"_s << true;
    }

    void agreementIsJudgeFinishedIffAccept()
    {
        QFETCH(QString, repository);
        QFETCH(QString, decision);
        QFETCH(bool, agrees);
        Fixture f;
        judge(f.tmp.workspace(), f.gptExample[repository], u"alice"_s, decision);
        const auto m = review::CampaignMatrix::compute(f.tmp.workspace());
        const auto &cell = cellOf(m, repository, 0);
        QCOMPARE(cell.agrees, std::optional<bool>(agrees));
        QCOMPARE(cell.disagrees(), !agrees);
        QCOMPARE(m.disagreements(), agrees ? 0 : 1);
        QCOMPARE(m.rows[repository == u"alpha"_s ? 0 : 1].hasDisagreement(), !agrees);
    }

    void blindModeHidesVerdictsAndModels()
    {
        Fixture f;
        const auto ws = f.tmp.workspace();
        judge(ws, f.gptExample[u"alpha"_s], u"alice"_s, u"reject"_s);
        judge(ws, f.gptExample[u"beta"_s], u"bob"_s, u"reject"_s);
        review::BlindReview::setEnabled(ws, true);
        const auto m = review::CampaignMatrix::compute(ws, {}, u"alice"_s);
        QVERIFY(m.blind);
        // No model anywhere in the columns; "gpt-run" tells the model, "second" does not.
        QCOMPARE(m.columns[0].label, u"Campaign 1"_s);
        QCOMPARE(m.columns[1].label, u"second"_s);
        for (const auto &c : m.columns)
            QVERIFY(c.model.isEmpty());
        const QByteArray json = QJsonDocument(m.toJson()).toJson();
        QVERIFY(!json.contains("gpt"));
        QVERIFY(!json.contains("claude"));
        // alice judged alpha (gpt): revealed; everything else is hidden, bob's decision included.
        const auto &alpha = cellOf(m, u"alpha"_s, 0);
        QCOMPARE(alpha.judge, Judge::Finished);
        QCOMPARE(alpha.human, u"reject"_s);
        QCOMPARE(alpha.agrees, std::optional<bool>(false));
        const auto &beta = cellOf(m, u"beta"_s, 0);
        QCOMPARE(beta.judge, Judge::Hidden);
        QVERIFY(beta.humanHidden);
        QCOMPARE(beta.human, QString());
        QVERIFY(!beta.agrees);
        // The same rule as BlindReview::revealed, cell by cell.
        for (const auto &row : m.rows)
            for (const auto &cell : row.cells)
                if (cell)
                    QCOMPARE(cell->judge != Judge::Hidden, review::BlindReview::revealed(ws, cell->exampleId, u"alice"_s));
        // Nobody named: everything hidden.
        const auto anonymous = review::CampaignMatrix::compute(ws);
        for (const auto &row : anonymous.rows)
            for (const auto &cell : row.cells)
                if (cell)
                    QCOMPARE(cell->judge, Judge::Hidden);
    }

    void blindLabels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("label");
        QTest::newRow("neutral") << u"baseline"_s << u"openai/gpt-5"_s << u"baseline"_s;
        QTest::newRow("model") << u"gpt-5 run"_s << u"openai/gpt-5"_s << u"Campaign 2"_s;
        QTest::newRow("model without punctuation") << u"GPT5"_s << u"openai/gpt-5"_s << u"Campaign 2"_s;
        QTest::newRow("family") << u"claude-trial"_s << u"anthropic/claude-sonnet-4-5"_s << u"Campaign 2"_s;
        QTest::newRow("provider") << u"Anthropic March"_s << u"anthropic/claude-sonnet-4-5"_s << u"Campaign 2"_s;
        QTest::newRow("router path") << u"oss 120b"_s << u"openrouter/openai/gpt-oss-120b"_s << u"oss 120b"_s;
        QTest::newRow("no model") << u"gpt-5 run"_s << QString() << u"gpt-5 run"_s;
    }

    void blindLabels()
    {
        QFETCH(QString, name);
        QFETCH(QString, model);
        QFETCH(QString, label);
        QCOMPARE(review::CampaignMatrix::blindLabel(name, model, 2), label);
    }

    void staysFastAtThousandsOfRepositories()
    {
        // 3,800 repositories × 3 campaigns, each example with two rounds and a verdict, a quarter judged twice.
        test::TempWorkspace tmp;
        const auto ws = tmp.workspace();
        QSqlDatabase db = ws->database();
        {
            store::Transaction tx(db);
            store::PipelineStore pipeline(ws);
            QList<qint64> campaigns;
            for (const QString &model : {u"gpt-5"_s, u"claude-sonnet-4-5"_s, u"gpt-oss-120b"_s})
                campaigns << pipeline.createCampaign(model, QByteArray(R"({"generator": {"provider": "p", "model": ")") + model.toUtf8() + "\"}}");
            QSqlQuery repo(db), example(db), round(db), judgement(db);
            repo.prepare(u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) VALUES (?, ?, ?, ?, 'c', 0, 0) RETURNING id"_s);
            example.prepare(u"INSERT INTO examples (campaign_id, repository_id, commit_sha, status, cost_usd) VALUES (?, ?, 'c', ?, 0.1) RETURNING id"_s);
            round.prepare(u"INSERT INTO rounds (example_id, round_index, origin, executed, exit_code, verdict_json, is_finished) "
                          "VALUES (?, ?, 'generated', 1, ?, ?, ?)"_s);
            judgement.prepare(u"INSERT INTO judgements (example_id, annotator, decision, blind, created_at) VALUES (?, ?, ?, 0, 0)"_s);
            for (int r = 0; r < 3800; ++r) {
                const QString name = u"owner/repository-%1"_s.arg(r, 4, 10, QLatin1Char('0'));
                repo.addBindValue(name);
                repo.addBindValue(name);
                repo.addBindValue(name);
                repo.addBindValue(name);
                store::exec(repo);
                const qint64 repositoryId = store::insertedId(repo);
                for (const qint64 c : std::as_const(campaigns)) {
                    const bool finished = (r + c) % 3 == 0;
                    example.addBindValue(c);
                    example.addBindValue(repositoryId);
                    example.addBindValue(finished ? u"SUCCESS"_s : u"FAILED"_s);
                    store::exec(example);
                    const qint64 exampleId = store::insertedId(example);
                    for (int i = 1; i <= 2; ++i) {
                        round.addBindValue(exampleId);
                        round.addBindValue(i);
                        round.addBindValue(finished ? 0 : 1);
                        round.addBindValue(finished ? u"{\"is_finished\": true}"_s : u"{\"is_finished\": false}"_s);
                        round.addBindValue(finished ? 1 : 0);
                        store::exec(round);
                    }
                    if (r % 4 == 0)
                        for (const QString &who : {u"alice"_s, u"bob"_s}) {
                            judgement.addBindValue(exampleId);
                            judgement.addBindValue(who);
                            judgement.addBindValue(r % 8 == 0 ? u"accept"_s : u"reject"_s);
                            store::exec(judgement);
                        }
                }
            }
            tx.commit();
        }
        QElapsedTimer timer;
        timer.start();
        const auto m = review::CampaignMatrix::compute(ws);
        qInfo("matrix of %lld repositories × %lld campaigns computed in %lld ms", qlonglong(m.rows.size()),
              qlonglong(m.columns.size()), qlonglong(timer.elapsed()));
        QCOMPARE(m.rows.size(), 3800);
        QCOMPARE(m.columns.size(), 3);
        QVERIFY(m.disagreements() > 0);
    }
};

QTEST_GUILESS_MAIN(TstCampaignMatrix)
#include "tst_campaignmatrix.moc"
