// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoproject.h"
#include "git/gitlibrary.h"
#include "llm/llmclient.h"
#include "pipeline/campaignrunner.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "tempworkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
QString headOf(const QString &dir)
{
    auto repo = git::openRepository(dir);
    git_oid head;
    git::check(git_reference_name_to_id(&head, repo.get(), "HEAD"), u"HEAD"_s);
    return git::toHex(head);
}
} // namespace

/** The demo: its sample repository and its campaign, run for real from the recorded responses. */
class TestDemoProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        if (!QFile::exists(u"/usr/bin/python3"_s))
            QSKIP("the demo runs its rounds with /usr/bin/python3");
    }

    void sampleRepositoryIsReproducible()
    {
        test::TempWorkspace a;
        test::TempWorkspace b;
        const QString first = demo::DemoProject::writeSampleRepository(a.dir());
        const QString second = demo::DemoProject::writeSampleRepository(b.dir());
        QCOMPARE(headOf(first), headOf(second));   // fixed author, date and content: one commit id everywhere
        QVERIFY(QFile::exists(first + u"/crystaltoolkit/xrd.py"_s));
        QCOMPARE(demo::DemoProject::writeSampleRepository(a.dir()), first);   // reused, not rewritten
        QCOMPARE(headOf(first), headOf(second));
    }

    void campaignFailsThenRepairsWithAChart()
    {
        test::TempWorkspace ws;
        const auto prepared = demo::DemoProject::prepare(ws.workspace());
        QVERIFY(!prepared.campaignExisted);
        QCOMPARE(prepared.repository.licenseSpdx, u"MIT"_s);
        QVERIFY(prepared.repository.fileCount >= 10);
        QVERIFY(demo::DemoProject::prepare(ws.workspace()).campaignExisted);   // idempotent
        QCOMPARE(store::RepositoryStore(ws.workspace()).repositories().size(), 1);

        pipeline::CampaignRunner runner(ws.workspace(), prepared.campaignId, llm::LlmClientOptions{});
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        runner.start();
        QVERIFY(finished.wait(240000));

        store::PipelineStore pipeline(ws.workspace());
        const auto examples = pipeline.examples(prepared.campaignId);
        QCOMPARE(examples.size(), 1);
        const auto &example = examples.first();
        QVERIFY2(example.status == wb::store::ExampleStatus::Success, qPrintable(store::exampleStatusToString(example.status) + u": "_s + example.statusReason));

        const auto rounds = pipeline.rounds(example.id);
        QCOMPARE(rounds.size(), 2);
        // Round 1 really ran and really failed, with the traceback in its log.
        QVERIFY(rounds[0].executed);
        QVERIFY(rounds[0].exitCode.value_or(0) != 0);
        QCOMPARE(rounds[0].isFinished, std::optional<bool>(false));
        QCOMPARE(rounds[0].errorClass, u"api_misuse"_s);
        bool traceback = false;
        for (const auto &row : pipeline.logs(rounds[0].id))
            traceback = traceback || row.line.contains(u"TypeError: unsupported operand"_s);
        QVERIFY(traceback);
        // Round 2 is the repair: it ran cleanly, produced the chart and results, and was judged finished.
        QCOMPARE(rounds[1].origin, u"repaired"_s);
        QCOMPARE(rounds[1].exitCode, std::optional<int>(0));
        QCOMPARE(rounds[1].isFinished, std::optional<bool>(true));
        QStringList names;
        QByteArray results;
        for (const auto &a : pipeline.artifacts(rounds[1].id)) {
            names << a.name;
            if (a.name == u"results.json"_s)
                results = pipeline.blob(a.blobSha);
        }
        QVERIFY2(names.contains(u"to_save/xrd_patterns.png"_s), qPrintable(names.join(u", "_s)));
        QVERIFY2(names.contains(u"to_save/nacl_peaks.csv"_s), qPrintable(names.join(u", "_s)));
        const QJsonObject nacl = QJsonDocument::fromJson(results).object().value(u"NaCl"_s).toObject();
        QVERIFY(qAbs(nacl.value(u"density_g_cm3"_s).toDouble() - 2.164) < 0.01);
        // Classification filled the heatmap: the XRD module was rated by the (recorded) model.
        bool xrdRated = false;
        for (const auto &c : pipeline.classifications(example.id))
            xrdRated = xrdRated || (c.path == u"crystaltoolkit/xrd.py"_s && c.rating == 5);
        QVERIFY(xrdRated);
    }
};

QTEST_GUILESS_MAIN(TestDemoProject)
#include "tst_demoproject.moc"
