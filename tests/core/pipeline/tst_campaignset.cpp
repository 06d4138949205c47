// SPDX-License-Identifier: GPL-3.0-or-later
// Several campaigns at once in one thread: started asynchronously, their rounds bounded by one set of
// execution slots, their model calls through one client; every signal says whose it is.
#include "distillationscript.h"
#include "fakellmserver.h"
#include "pipeline/campaignset.h"
#include "pipeline/executionslots.h"
#include "repo/repositoryingestor.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstCampaignSet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        m_repo = m_dir.filePath(u"matlib"_s);
        test::DistillationScript::makeRepository(m_repo);
    }

    void twoCampaignsShareOneExecutionSlot()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        const auto ws = tmp.workspace();
        const qint64 repository = repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(m_repo)).id;
        QList<qint64> ids;
        for (const QString &model : {u"model-a"_s, u"model-b"_s}) {
            pipeline::CampaignConfig config = test::DistillationScript::campaignConfig(server);
            config.generator.model = config.classifier.model = config.judge.model = model;
            config.executionConcurrency = 2;
            ids << pipeline::CampaignSet::create(ws, u"compare "_s + model, config, {repository});
        }

        pipeline::CampaignSet set(ws, 1);
        QSignalSpy started(&set, &pipeline::CampaignSet::started);
        QSignalSpy finished(&set, &pipeline::CampaignSet::finished);
        QSignalSpy failed(&set, &pipeline::CampaignSet::failedToStart);
        QSignalSpy allFinished(&set, &pipeline::CampaignSet::allFinished);
        int mostInUse = 0;
        QSet<qint64> progressOf;
        connect(&set, &pipeline::CampaignSet::exampleProgress, this, [&](const pipeline::ExampleProgress &p) {
            mostInUse = std::max(mostInUse, set.executionSlots()->inUse());
            progressOf.insert(p.campaignId);
        });
        QVERIFY(set.start(ids[0]));
        QVERIFY(set.start(ids[1]));
        QVERIFY(!set.start(ids[0]));   // it is starting already
        QVERIFY(started.isEmpty());    // asynchronous: nothing before the event loop runs
        QVERIFY(set.start(999999));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 180000);
        QVERIFY(allFinished.size() >= 1);

        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toLongLong(), 999999);
        QCOMPARE(started.size(), 2);
        QSet<qint64> startedIds, finishedIds;
        for (const auto &s : started) {
            startedIds.insert(s.at(0).toLongLong());
            const auto overview = s.at(1).value<pipeline::CampaignOverview>();
            QCOMPARE(overview.examples, 1);
            QVERIFY(overview.model.startsWith(u"vllm/model-"_s) || overview.model.contains(u"/model-"_s));
        }
        for (const auto &f : finished) {
            finishedIds.insert(f.at(0).toLongLong());
            QCOMPARE(f.at(1).value<pipeline::CampaignSummary>().success, 1);
        }
        const QSet<qint64> both{ids[0], ids[1]};
        QCOMPARE(startedIds, both);
        QCOMPARE(finishedIds, both);
        QCOMPARE(progressOf, both);
        QCOMPARE(mostInUse, 1);   // one slot for both campaigns, although each may execute two rounds
        QCOMPARE(set.executionSlots()->inUse(), 0);

        // Both models were asked, their requests interleaved: the campaigns ran at the same time.
        QStringList models;
        for (const auto &r : server.requests())
            models << QString::fromStdString(r.json().value("model", std::string()));
        const qsizetype lastA = models.lastIndexOf(u"model-a"_s), firstB = models.indexOf(u"model-b"_s);
        const qsizetype lastB = models.lastIndexOf(u"model-b"_s), firstA = models.indexOf(u"model-a"_s);
        QVERIFY(firstA >= 0 && firstB >= 0);
        QVERIFY2(firstB < lastA && firstA < lastB, qPrintable(models.join(u' ')));

        store::PipelineStore pipeline(ws);
        for (const qint64 id : ids) {
            QCOMPARE(pipeline.examples(id).first().status, wb::store::ExampleStatus::Success);
            QCOMPARE(pipeline.findCampaign(QString::number(id))->status, u"finished"_s);
        }
    }

    void cancelsOneAndLeavesTheOther()
    {
        test::FakeLlmServer server;
        test::DistillationScript::Options slow;
        slow.repairDelayMs = 3000;
        server.setHandler(test::DistillationScript::handler(slow));
        test::TempWorkspace tmp;
        const auto ws = tmp.workspace();
        const qint64 repository = repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(m_repo)).id;
        const pipeline::CampaignConfig config = test::DistillationScript::campaignConfig(server);
        const qint64 first = pipeline::CampaignSet::create(ws, u"first"_s, config, {repository});
        const qint64 second = pipeline::CampaignSet::create(ws, u"second"_s, config, {repository});
        pipeline::CampaignSet set(ws, 4);
        QSignalSpy started(&set, &pipeline::CampaignSet::started);
        QSignalSpy finished(&set, &pipeline::CampaignSet::finished);
        set.start(first);
        set.start(second);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 60000);
        set.cancel(first, u"enough"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 180000);
        for (const auto &f : finished) {
            const auto summary = f.at(1).value<pipeline::CampaignSummary>();
            if (f.at(0).toLongLong() == first)
                QCOMPARE(summary.cancelled, 1);
            else
                QCOMPARE(summary.success, 1);
        }
        store::PipelineStore pipeline(ws);
        QCOMPARE(pipeline.findCampaign(QString::number(first))->status, u"cancelled"_s);
        QCOMPARE(pipeline.findCampaign(QString::number(second))->status, u"finished"_s);
    }
};

QTEST_GUILESS_MAIN(TstCampaignSet)
#include "tst_campaignset.moc"
