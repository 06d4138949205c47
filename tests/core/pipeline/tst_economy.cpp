// SPDX-License-Identifier: GPL-3.0-or-later
// Economy mode: a campaign's file classifications go to the provider as one batch, at the batch price,
// and the batch survives the runner.
#include "distillationscript.h"
#include "fakebatchapi.h"
#include "fakellmserver.h"
#include "llm/llmclient.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignrunner.h"
#include "repo/repositoryingestor.h"
#include "store/llmbatchstore.h"
#include "store/llmcallstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstEconomy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_repos;

    static pipeline::CampaignConfig config(const test::FakeLlmServer &server)
    {
        pipeline::CampaignConfig c = test::DistillationScript::campaignConfig(server);
        c.classifier = {u"openai"_s, u"gpt-5-mini"_s, server.openAiBaseUrl()};   // a provider with a batch API
        c.classificationMode = u"economy"_s;
        return c;
    }

    qint64 newCampaign(const std::shared_ptr<store::Workspace> &ws, const pipeline::CampaignConfig &c)
    {
        store::PipelineStore pipeline(ws);
        const qint64 id = pipeline.createCampaign(u"economy"_s, c.toJson());
        QList<qint64> repositories;
        for (const QString &path : std::as_const(m_repos))
            repositories << repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(path)).id;
        pipeline.addExamples(id, repositories);
        return id;
    }

    static llm::LlmClientOptions options()
    {
        llm::LlmClientOptions o;
        o.batchPollIntervalMs = 20;
        return o;
    }

    static pipeline::CampaignSummary runToEnd(pipeline::CampaignRunner &runner, bool start = true)
    {
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        if (start)
            runner.start();
        if (!finished.wait(240000))
            qFatal("the campaign did not finish");
        return finished.first().first().value<pipeline::CampaignSummary>();
    }

    static int requests(const test::FakeLlmServer &server, const QByteArray &method, const QString &pattern)
    {
        const QRegularExpression re(u"^"_s + pattern + u"$"_s);
        int n = 0;
        for (const auto &r : server.requests())
            n += r.method == method && re.match(QString::fromLatin1(r.path)).hasMatch();
        return n;
    }

    static int synchronousClassifications(const test::FakeLlmServer &server)
    {
        int n = 0;
        for (const auto &r : server.requests())
            n += r.path == "/v1/chat/completions" && test::DistillationScript::stageOf(r) == u"file_classification"_s;
        return n;
    }

    /** Every file of every example classified, from the batch (priced at half the list price). */
    static void verifyClassifiedByBatch(const std::shared_ptr<store::Workspace> &ws, qint64 campaignId)
    {
        store::PipelineStore pipeline(ws);
        const auto batches = store::LlmBatchStore(ws).batches(campaignId);
        QCOMPARE(batches.size(), 1);
        int classified = 0;
        for (const auto &example : pipeline.examples(campaignId)) {
            for (const auto &c : pipeline.classifications(example.id)) {
                QVERIFY2(c.rating.has_value(), qPrintable(c.path + u": "_s + c.error));
                ++classified;
            }
        }
        QVERIFY(classified >= 10);
        QSqlQuery q = store::exec(ws->database(),
                                  u"SELECT cost_usd, input_tokens, output_tokens, batch_id, model FROM llm_calls WHERE stage = "
                                  "'file_classification'"_s);
        int rows = 0;
        while (q.next()) {
            ++rows;
            QCOMPARE(q.value(4).toString(), u"gpt-5-mini"_s);
            QCOMPARE(q.value(3).toLongLong(), batches.first().id);
            const double full = (q.value(1).toDouble() * 0.25 + q.value(2).toDouble() * 2.0) / 1e6;   // gpt-5-mini list price
            QVERIFY(full > 0);
            QCOMPARE(q.value(0).toDouble(), full * 0.5);
        }
        QCOMPARE(rows, classified);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        qputenv("OPENAI_API_KEY", "sk-test-economy");
        for (const QString &name : {u"matlib"_s, u"matlib-two"_s}) {
            m_repos << m_dir.filePath(name);
            test::DistillationScript::makeRepository(m_repos.last());
        }
    }

    void classifiesThroughOneBatchAtHalfPrice()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        const qint64 campaignId = newCampaign(tmp.workspace(), config(server));
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, options());
        QStringList waiting;
        connect(&runner, &pipeline::CampaignRunner::exampleProgress, this, [&](const pipeline::ExampleProgress &p) {
            if (p.stage == u"classify"_s && p.message.contains(u"classification batch"_s))
                waiting << p.message;
        });
        const pipeline::CampaignSummary summary = runToEnd(runner);
        QCOMPARE(summary.success, 2);

        QCOMPARE(server.batches().created(), 1);
        QCOMPARE(requests(server, "POST", u"/v1/files"_s), 1);
        QCOMPARE(requests(server, "POST", u"/v1/batches"_s), 1);
        QCOMPARE(synchronousClassifications(server), 0);
        qsizetype files = 0;
        for (const auto &e : store::PipelineStore(tmp.workspace()).examples(campaignId))
            files += store::PipelineStore(tmp.workspace()).classifications(e.id).size();
        QCOMPARE(server.batches().customIds(server.batches().ids().first()).size(), files);   // every file of both examples
        verifyClassifiedByBatch(tmp.workspace(), campaignId);

        // The monitor saw the examples wait for the batch, with its id and counts.
        QVERIFY(!waiting.isEmpty());
        const QString id = server.batches().ids().first();
        QVERIFY2(std::any_of(waiting.cbegin(), waiting.cend(), [&](const QString &m) { return m.contains(id) && m.contains(u" of "_s); }),
                 qPrintable(waiting.join(u'\n')));
    }

    void resumeCollectsTheSameBatch()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        server.batches().setHold(true);
        test::TempWorkspace tmp;
        const qint64 campaignId = newCampaign(tmp.workspace(), config(server));
        {
            pipeline::CampaignRunner runner(tmp.workspace(), campaignId, options());
            runner.start();
            QTRY_COMPARE_WITH_TIMEOUT(server.batches().created(), 1, 60000);
            QTRY_VERIFY_WITH_TIMEOUT(requests(server, "GET", u"/v1/batches/[^/]+"_s) >= 2, 20000);   // in progress
        }   // destroyed mid-batch, like a closed window or a killed process
        const auto open = store::LlmBatchStore(tmp.workspace()).openBatches(campaignId);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().status, u"submitted"_s);
        QVERIFY(!open.first().providerBatchId.isEmpty());
        for (const auto &e : store::PipelineStore(tmp.workspace()).examples(campaignId))
            QVERIFY(store::PipelineStore(tmp.workspace()).classifications(e.id).isEmpty());

        server.batches().setHold(false);
        pipeline::CampaignRunner again(tmp.workspace(), campaignId, options());
        QCOMPARE(runToEnd(again).success, 2);
        QCOMPARE(server.batches().created(), 1);   // collected, not submitted again
        QCOMPARE(requests(server, "POST", u"/v1/files"_s), 1);
        QCOMPARE(synchronousClassifications(server), 0);
        verifyClassifiedByBatch(tmp.workspace(), campaignId);
        QVERIFY(store::LlmBatchStore(tmp.workspace()).openBatches(campaignId).isEmpty());
    }

    void cancelCancelsTheBatchAtTheProvider()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        server.batches().setHold(true);
        test::TempWorkspace tmp;
        const qint64 campaignId = newCampaign(tmp.workspace(), config(server));
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, options());
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(requests(server, "GET", u"/v1/batches/[^/]+"_s) >= 1, 60000);
        runner.cancel(u"stop"_s);
        const pipeline::CampaignSummary summary = runToEnd(runner, false);
        QCOMPARE(summary.cancelled, 2);
        QCOMPARE(requests(server, "POST", u"/v1/batches/[^/]+/cancel"_s), 1);
        QCOMPARE(store::LlmBatchStore(tmp.workspace()).batches(campaignId).first().status, u"cancelled"_s);
        for (const auto &e : store::PipelineStore(tmp.workspace()).examples(campaignId))
            QCOMPARE(e.status, wb::store::ExampleStatus::Cancelled);
        QCOMPARE(synchronousClassifications(server), 0);
    }

    void providerWithoutBatchesClassifiesOneByOne()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        pipeline::CampaignConfig c = config(server);
        c.classifier = c.generator;   // vLLM: no batch API
        m_repos = m_repos.mid(0, 1);
        const qint64 campaignId = newCampaign(tmp.workspace(), c);
        pipeline::CampaignRunner runner(tmp.workspace(), campaignId, options());
        QCOMPARE(runToEnd(runner).success, 1);
        QCOMPARE(server.batches().created(), 0);
        QVERIFY(synchronousClassifications(server) >= 5);
    }
};

QTEST_GUILESS_MAIN(TstEconomy)
#include "tst_economy.moc"
