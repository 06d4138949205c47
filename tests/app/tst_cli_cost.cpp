// SPDX-License-Identifier: GPL-3.0-or-later
// What the command line says a campaign cost when prices are unknown (report, status, matrix, show), how
// `run --budget` treats a model without a price, and `run --resume --retry-errors`.
#include "distillationscript.h"
#include "fakellmserver.h"
#include "store/llmcallstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};
} // namespace

class TstCliCost : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_config;   // XDG_CONFIG_HOME of the command: the user's price file lives there
    QString m_repo;
    test::TempWorkspace m_tmp;   // the hand-built workspace of the cost cases

    Run run(const QString &workspace, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
        env.insert(u"CODEDISTILLER_WORKSPACE"_s, workspace);
        env.insert(u"XDG_CONFIG_HOME"_s, m_config);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CODEDISTILLER_BIN), args);
        if (!p.waitForFinished(300000))
            qFatal("codedistiller did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList runArgs(const test::FakeLlmServer &server, const QString &campaign, const QString &model) const
    {
        return {u"run"_s, u"--campaign"_s, campaign, u"--provider"_s, u"vllm"_s, u"--base-url"_s, server.openAiBaseUrl(),
                u"--model"_s, model, u"--executor"_s, u"local"_s, u"--max-rounds"_s, u"3"_s, u"--round-timeout"_s, u"2"_s};
    }

    void writePrice(const QString &model)
    {
        QDir().mkpath(m_config + u"/codedistiller-workbench"_s);
        QFile f(m_config + u"/codedistiller-workbench/models.json"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{u"as_of"_s, u"2026-01-01"_s},
                                          {u"models"_s, QJsonObject{{model, QJsonObject{{u"provider"_s, u"vllm"_s},
                                                                                        {u"input"_s, 0.1},
                                                                                        {u"output"_s, 0.4}}}}}})
                    .toJson());
    }

    /** A finished (SUCCESS) example of a new campaign of @p model whose calls cost @p costs (nullopt: no price). */
    void addCampaign(const QString &name, const QString &model, const QList<std::optional<double>> &costs)
    {
        const auto ws = m_tmp.workspace();
        store::PipelineStore pipeline(ws);
        QSqlQuery q = store::exec(ws->database(),
                                  u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                  "VALUES (:n, :n, :n, :n, 'c', 0, 0) RETURNING id"_s,
                                  {{u":n"_s, QString(u"lab/"_s + name)}});
        const qint64 repository = store::insertedId(q);
        const qint64 campaign = pipeline.createCampaign(
            name, QJsonDocument(QJsonObject{{u"generator"_s, QJsonObject{{u"provider"_s, u"vllm"_s}, {u"model"_s, model}}}}).toJson());
        const auto example = pipeline.addExamples(campaign, {repository}).first();
        const auto round = pipeline.createRound(example.id, 1, u"generated"_s, "print(1)", "", "true", "{}");
        pipeline.saveVerdict(round.id, R"({"is_finished": true})", true, u"none"_s);
        int n = 0;
        for (const auto &cost : costs) {
            store::LlmCallRecord call;
            call.exampleId = example.id;
            call.roundId = round.id;
            call.stage = u"example_generation"_s;
            call.provider = u"vllm"_s;
            call.model = model;
            call.requestHash = u"%1-%2"_s.arg(name).arg(++n);
            call.usageKnown = true;
            call.inputTokens = 100;
            call.outputTokens = 10;
            call.costUsd = cost;
            call.status = u"ok"_s;
            call.startedAt = call.finishedAt = QDateTime::currentDateTimeUtc();
            store::LlmCallStore(ws).record(call, "{}", "{}");
        }
        pipeline.refreshCost(example.id);
        pipeline.setExampleState(example.id, wb::store::ExampleStatus::Success, u"done"_s, u"The judge found round 1 finished."_s);
        pipeline.setCampaignStatus(campaign, u"finished"_s);
    }

    static QJsonObject campaignOf(const QJsonArray &campaigns, const QString &name)
    {
        for (const auto &c : campaigns)
            if (c[u"name"_s].toString() == name || c[u"campaign"_s].toString() == name)
                return c.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_config = m_dir.filePath(u"config"_s);
        QDir().mkpath(m_config);
        m_repo = m_dir.filePath(u"matlib"_s);
        test::DistillationScript::makeRepository(m_repo);
        addCampaign(u"priced"_s, u"gpt-oss-120b"_s, {0.01, 0.02});
        addCampaign(u"unpriced"_s, u"lab-model"_s, {std::nullopt, std::nullopt});
        addCampaign(u"mixed"_s, u"lab-model"_s, {0.01, std::nullopt});
    }

    void totals_data()
    {
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QString>("text");          // as the tables show it
        QTest::addColumn<QString>("number");        // in Table 1's "Cost $" column
        QTest::addColumn<QJsonValue>("usd");        // cost_usd in JSON: the known sum, null when nothing is known
        QTest::addColumn<bool>("complete");
        QTest::addColumn<int>("unpriced");
        QTest::newRow("every call priced") << u"priced"_s << u"$0.0300"_s << u"0.0300"_s << QJsonValue(0.03) << true << 0;
        QTest::newRow("no call priced: unknown") << u"unpriced"_s << u"—"_s << u"—"_s << QJsonValue() << false << 2;
        QTest::newRow("partly priced: at least") << u"mixed"_s << u"≥ $0.0100"_s << u"≥ 0.0100"_s << QJsonValue(0.01) << false << 1;
    }

    void totals()
    {
        QFETCH(QString, campaign);
        QFETCH(QString, text);
        QFETCH(QString, number);
        QFETCH(QJsonValue, usd);
        QFETCH(bool, complete);
        QFETCH(int, unpriced);
        const QString ws = m_tmp.location();

        // status: the example's row and the campaign's total
        Run r = run(ws, {u"status"_s, u"--campaign"_s, campaign});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"%1: cost %2"_s.arg(campaign, text)), qPrintable(r.out));
        QVERIFY2(!(unpriced > 0) || !r.out.contains(u"$0.0000"_s), qPrintable(r.out));   // never free
        r = run(ws, {u"status"_s, u"--campaign"_s, campaign, u"--json"_s});
        const QJsonObject c = r.json().array().first().toObject();
        QCOMPARE(c[u"cost_usd"_s], usd);
        QCOMPARE(c[u"cost_complete"_s].toBool(), complete);
        QCOMPARE(c[u"cost_unpriced_calls"_s].toInt(), unpriced);
        const QJsonObject e = c[u"examples"_s].toArray().first().toObject();
        QCOMPARE(e[u"cost_usd"_s], usd);
        QCOMPARE(e[u"cost_complete"_s].toBool(), complete);

        // show: the example and its round
        r = run(ws, {u"show"_s, QString::number(e[u"id"_s].toInt())});
        QVERIFY2(r.out.contains(u"cost %1\n"_s.arg(text)), qPrintable(r.out));
        r = run(ws, {u"show"_s, QString::number(e[u"id"_s].toInt()), u"--json"_s});
        QCOMPARE(r.json().object()[u"rounds"_s].toArray().first()[u"cost_usd"_s], usd);

        // report (Table 1): the mean cost of successes
        r = run(ws, {u"report"_s});
        QCOMPARE(r.exitCode, 0);
        QString row;
        for (const QString &line : r.out.split(u'\n'))
            if (line.startsWith(u"| %1 |"_s.arg(campaign)))
                row = line;
        QVERIFY2(row.contains(u"| %1 / — |"_s.arg(number)), qPrintable(row));
        QCOMPARE(r.out.contains(u"**Note:**"_s), true);   // the mixed and unpriced campaigns are in this workspace
        r = run(ws, {u"report"_s, u"--format"_s, u"json"_s});
        const QJsonObject t = campaignOf(r.json().object()[u"campaigns"_s].toArray(), campaign);
        QCOMPARE(t[u"cost_success_usd"_s], usd);
        QCOMPARE(t[u"cost_success_complete"_s].toBool(), complete);
        QCOMPARE(t[u"cost_success_unpriced_calls"_s].toInt(), unpriced);
        r = run(ws, {u"report"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.out.contains(u"cost_success_complete"_s), qPrintable(r.out));

        // matrix: the cell
        r = run(ws, {u"matrix"_s, u"--campaign"_s, campaign});
        QVERIFY2(r.out.contains(u"1r %1 "_s.arg(text)), qPrintable(r.out));
        r = run(ws, {u"matrix"_s, u"--campaign"_s, campaign, u"--json"_s});
        const QJsonObject cell = r.json().object()[u"rows"_s].toArray().first()[u"cells"_s].toArray().first().toObject();
        QCOMPARE(cell[u"cost_usd"_s], usd);
        QCOMPARE(cell[u"cost_complete"_s].toBool(), complete);
    }

    void budgetNeedsPrices()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        const QString ws = m_dir.filePath(u"budget.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);

        // A model without a price: refused before anything is written, naming the model and the price file.
        Run r = run(ws, runArgs(server, u"capped"_s, u"lab-model"_s) << u"--budget"_s << u"1"_s);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(u"lab-model"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"codedistiller-workbench/models.json"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"llm models"_s), qPrintable(r.err));
        QCOMPARE(server.requestCount(), 0);
        QVERIFY(run(ws, {u"status"_s, u"--json"_s}).json().array().isEmpty());
        // The fast model counts too.
        r = run(ws, runArgs(server, u"capped"_s, u"gpt-oss-120b"_s) << u"--fast-model"_s << u"lab-model"_s << u"--budget"_s << u"1"_s);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"lab-model"_s), qPrintable(r.err));

        // Without a budget it runs, and its cost is unknown rather than $0.
        r = run(ws, runArgs(server, u"free"_s, u"lab-model"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"cost —"_s), qPrintable(r.out));
        r = run(ws, {u"status"_s, u"--campaign"_s, u"free"_s, u"--json"_s});
        QCOMPARE(r.json().array().first()[u"cost_usd"_s], QJsonValue());
        QCOMPARE(r.json().array().first()[u"cost_complete"_s].toBool(), false);
        // Run again, its answers come from the response cache: nothing spent now ($0), the rest still unknown.
        r = run(ws, runArgs(server, u"again"_s, u"lab-model"_s) << u"--json"_s);
        QCOMPARE(r.json().object()[u"cost_complete"_s].toBool(), false);

        // With a price configured the budget is accepted, and the cost is known.
        writePrice(u"lab-model"_s);
        r = run(ws, runArgs(server, u"capped"_s, u"lab-model"_s) << u"--budget"_s << u"1"_s << u"--json"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.json().object()[u"cost_usd"_s].toDouble() > 0);
        QVERIFY(r.json().object()[u"cost_complete"_s].toBool());
        QFile::remove(m_config + u"/codedistiller-workbench/models.json"_s);

        // A resumed campaign with a budget whose model has lost its price is refused too.
        r = run(ws, {u"run"_s, u"--resume"_s, u"capped"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"lab-model"_s), qPrintable(r.err));
    }

    void retryErrors()
    {
        // The server refuses (connections reset, no answer) from the generation on, then answers again.
        std::atomic_bool refusing = true;
        test::FakeLlmServer server;
        const auto script = test::DistillationScript::handler();
        server.setHandler([&refusing, script](const test::RecordedRequest &request) {
            if (refusing && test::DistillationScript::stageOf(request) == u"example_generation"_s)
                return test::FakeResponse::withFault(test::FakeResponse::Fault::Reset);
            return script(request);
        });
        const QString ws = m_dir.filePath(u"retry.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);
        Run r = run(ws, runArgs(server, u"storm"_s, u"gpt-oss-120b"_s) << u"--json"_s);
        QCOMPARE(r.json().object()[u"error"_s].toInt(), 1);

        r = run(ws, {u"status"_s});
        QVERIFY2(r.out.contains(u"storm: 1 example(s) ended in ERROR; 'codedistiller run --resume storm --retry-errors'"_s),
                 qPrintable(r.out));
        QCOMPARE(run(ws, {u"status"_s, u"--json"_s}).json().array().first()[u"error_examples"_s].toInt(), 1);
        QCOMPARE(run(ws, {u"run"_s, u"--retry-errors"_s}).exitCode, 2);   // only with --resume

        // A plain resume leaves the error alone (nothing asked).
        refusing = false;
        const qsizetype before = server.requests().size();
        r = run(ws, {u"run"_s, u"--resume"_s, u"storm"_s, u"--json"_s});
        QCOMPARE(r.json().object()[u"error"_s].toInt(), 1);
        QCOMPARE(server.requests().size(), before);

        // --retry-errors continues it where it stopped: no summary or classification asked again.
        r = run(ws, {u"run"_s, u"--resume"_s, u"storm"_s, u"--retry-errors"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object()[u"success"_s].toInt(), 1);
        QCOMPARE(r.json().object()[u"error"_s].toInt(), 0);
        const auto requests = server.requests();
        QStringList stages;
        for (qsizetype i = before; i < requests.size(); ++i)
            stages << test::DistillationScript::stageOf(requests[i]);
        QVERIFY2(!stages.contains(u"repository_summary"_s) && !stages.contains(u"file_classification"_s),
                 qPrintable(stages.join(u", "_s)));
        QCOMPARE(stages.first(), u"example_generation"_s);
        QVERIFY(!run(ws, {u"status"_s}).out.contains(u"ended in ERROR"_s));
    }
};

QTEST_GUILESS_MAIN(TstCliCost)
#include "tst_cli_cost.moc"
