// SPDX-License-Identifier: GPL-3.0-or-later
// Blind pairwise judgements: the append-only store, the counterbalanced queue, the summary.
#include "review/pairwisequeue.h"
#include "review/pairwisesummary.h"
#include "store/pairwisestore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstPairwiseStore : public QObject
{
    Q_OBJECT

    /** @p repositories repositories in campaigns one, two and three; every example finished with one round. */
    struct Fixture
    {
        test::TempWorkspace tmp;
        qint64 one = 0;
        qint64 two = 0;
        qint64 three = 0;
        QList<qint64> repositories;
        QHash<qint64, QHash<qint64, qint64>> example;   // campaign → repository → example

        explicit Fixture(int repositoryCount = 4)
        {
            const auto ws = tmp.workspace();
            QSqlDatabase db = ws->database();
            store::Transaction tx(db);
            store::PipelineStore pipeline(ws);
            for (int i = 0; i < repositoryCount; ++i) {
                QSqlQuery q = store::exec(db,
                                                u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                                "VALUES (:n, :n, :n, :n, 'c', 0, 0) RETURNING id"_s,
                                                {{u":n"_s, u"repo-%1"_s.arg(i, 4, 10, QLatin1Char('0'))}});
                repositories << store::insertedId(q);
            }
            one = pipeline.createCampaign(u"one"_s, R"({"generator": {"provider": "openai", "model": "gpt-5"}})");
            two = pipeline.createCampaign(u"two"_s, R"({"generator": {"provider": "anthropic", "model": "claude-sonnet-4-5"}})");
            three = pipeline.createCampaign(u"three"_s, "{}");
            QSqlQuery insertExample(db), round(db);
            insertExample.prepare(u"INSERT INTO examples (campaign_id, repository_id, commit_sha, status) VALUES (?, ?, 'c', 'SUCCESS') RETURNING id"_s);
            round.prepare(u"INSERT INTO rounds (example_id, round_index, origin) VALUES (?, 1, 'generated')"_s);
            for (const qint64 c : {one, two, three})
                for (const qint64 r : std::as_const(repositories)) {
                    insertExample.addBindValue(c);
                    insertExample.addBindValue(r);
                    store::exec(insertExample);
                    const qint64 id = store::insertedId(insertExample);
                    example[c][r] = id;
                    round.addBindValue(id);
                    store::exec(round);
                }
            tx.commit();
        }

        store::PairwiseRecord pair(qint64 repository, const QString &accuracy = u"a"_s) const
        {
            store::PairwiseRecord p;
            p.annotator = u"alice"_s;
            p.exampleA = example[one][repository];
            p.exampleB = example[two][repository];
            p.leftExampleId = p.exampleB;
            p.accuracy = accuracy;
            p.completeness = u"tie"_s;
            p.soundness = u"b"_s;
            return p;
        }
    };

private Q_SLOTS:
    void initTestCase() { qputenv("CODEDISTILLER_NO_SECRET_STORE", "1"); }

    void addsAndListsAppendOnly()
    {
        Fixture f;
        store::PairwiseStore store(f.tmp.workspace());
        auto p = f.pair(f.repositories[0]);
        p.annotator = u"  alice "_s;
        p.secondsSpent = 42;
        const auto stored = store.add(p);
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.annotator, u"alice"_s);
        QCOMPARE(stored.repositoryId, f.repositories[0]);
        QCOMPARE(stored.campaignA, f.one);
        QCOMPARE(stored.campaignB, f.two);
        QVERIFY(stored.createdAt.isValid());
        store::PairwiseRecord other = f.pair(f.repositories[1]);
        other.annotator = u"bob"_s;
        store.add(other);
        const auto all = store.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].leftExampleId, p.exampleB);
        QCOMPARE(all[0].accuracy, u"a"_s);
        QCOMPARE(all[0].completeness, u"tie"_s);
        QCOMPARE(all[0].soundness, u"b"_s);
        QCOMPARE(all[0].secondsSpent, std::optional<int>(42));
        QCOMPARE(store.list(u"bob"_s).size(), 1);
        QVERIFY_THROWS_EXCEPTION(Error, store::exec(f.tmp.workspace()->database(), u"UPDATE pairwise_judgements SET accuracy = 'b'"_s));
        QVERIFY_THROWS_EXCEPTION(Error, store::exec(f.tmp.workspace()->database(), u"DELETE FROM pairwise_judgements"_s));
    }

    void refusesBadJudgementsWithoutWriting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("no annotator") << u"annotator"_s;
        QTest::newRow("choice") << u"choice"_s;
        QTest::newRow("missing choice") << u"missing choice"_s;
        QTest::newRow("same example") << u"same"_s;
        QTest::newRow("unknown example") << u"unknown"_s;
        QTest::newRow("other repository") << u"repository"_s;
        QTest::newRow("same campaign") << u"campaign"_s;
        QTest::newRow("left neither") << u"left"_s;
        QTest::newRow("negative time") << u"time"_s;
    }

    void refusesBadJudgementsWithoutWriting()
    {
        QFETCH(QString, field);
        Fixture f;
        auto p = f.pair(f.repositories[0]);
        if (field == u"annotator"_s)
            p.annotator = u" "_s;
        else if (field == u"choice"_s)
            p.accuracy = u"left"_s;
        else if (field == u"missing choice"_s)
            p.soundness.clear();
        else if (field == u"same"_s)
            p.exampleB = p.leftExampleId = p.exampleA;
        else if (field == u"unknown"_s)
            p.exampleB = p.leftExampleId = 999999;
        else if (field == u"repository"_s)
            p.exampleB = p.leftExampleId = f.example[f.two][f.repositories[1]];
        else if (field == u"campaign"_s)
            p.exampleB = p.leftExampleId = f.example[f.one][f.repositories[1]];
        else if (field == u"left"_s)
            p.leftExampleId = f.example[f.three][f.repositories[0]];
        else
            p.secondsSpent = -1;
        store::PairwiseStore store(f.tmp.workspace());
        QVERIFY_THROWS_EXCEPTION(Error, store.add(p));
        QVERIFY(store.list().isEmpty());
    }

    void queueHasFinishedPairsOnly()
    {
        Fixture f;
        const auto ws = f.tmp.workspace();
        // repo 1: still running in campaign two; repo 2: an error without rounds in campaign one.
        store::exec(ws->database(), u"UPDATE examples SET status = 'RUNNING' WHERE id = :id"_s,
                    {{u":id"_s, f.example[f.two][f.repositories[1]]}});
        store::exec(ws->database(), u"DELETE FROM rounds WHERE example_id = :id"_s, {{u":id"_s, f.example[f.one][f.repositories[2]]}});
        const auto items = review::PairwiseQueue::all(ws, f.one, f.two, u"alice"_s);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].repositoryId, f.repositories[0]);
        QCOMPARE(items[1].repositoryId, f.repositories[3]);
        QCOMPARE(items[0].exampleA, f.example[f.one][f.repositories[0]]);
        QCOMPARE(items[0].exampleB, f.example[f.two][f.repositories[0]]);
        for (const auto &item : items) {
            QVERIFY(item.leftExampleId == item.exampleA || item.leftExampleId == item.exampleB);
            QVERIFY(item.rightExampleId() != item.leftExampleId);
        }
        QVERIFY_THROWS_EXCEPTION(Error, review::PairwiseQueue::all(ws, f.one, f.one, u"alice"_s));
        QVERIFY_THROWS_EXCEPTION(Error, review::PairwiseQueue::all(ws, f.one, f.two, u" "_s));
        QVERIFY_THROWS_EXCEPTION(Error, review::PairwiseQueue::all(ws, f.one, 999, u"alice"_s));
    }

    void queueExcludesDonePairs()
    {
        Fixture f;
        const auto ws = f.tmp.workspace();
        QCOMPARE(review::PairwiseQueue::pending(ws, f.one, f.two, u"alice"_s).size(), 4);
        store::PairwiseStore(ws).add(f.pair(f.repositories[1]));
        auto pending = review::PairwiseQueue::pending(ws, f.one, f.two, u"alice"_s);
        QCOMPARE(pending.size(), 3);
        for (const auto &item : pending)
            QVERIFY(item.repositoryId != f.repositories[1]);
        // Done whichever campaign is chosen first; other annotators and campaign pairs are unaffected.
        QCOMPARE(review::PairwiseQueue::pending(ws, f.two, f.one, u"alice"_s).size(), 3);
        QCOMPARE(review::PairwiseQueue::pending(ws, f.one, f.two, u"bob"_s).size(), 4);
        QCOMPARE(review::PairwiseQueue::pending(ws, f.one, f.three, u"alice"_s).size(), 4);
    }

    void sidesAreCounterbalancedAndStable()
    {
        Fixture f(101);
        const auto ws = f.tmp.workspace();
        for (const QString &who : {u"alice"_s, u"bob"_s}) {
            const auto items = review::PairwiseQueue::all(ws, f.one, f.two, who);
            QCOMPARE(items.size(), 101);
            qsizetype firstLeft = 0;
            for (const auto &item : items)
                firstLeft += item.leftExampleId == item.exampleA ? 1 : 0;
            QVERIFY2(std::abs(2 * firstLeft - items.size()) <= 1, qPrintable(u"%1 of %2"_s.arg(firstLeft).arg(items.size())));
            // No run pattern in repository order: not strictly alternating, not in two blocks.
            int switches = 0;
            for (qsizetype i = 1; i < items.size(); ++i)
                switches += (items[i].leftExampleId == items[i].exampleA) != (items[i - 1].leftExampleId == items[i - 1].exampleA);
            QVERIFY(switches > 10 && switches < 90);
            // The same sides whichever campaign is chosen first and however often it is asked.
            const auto swapped = review::PairwiseQueue::all(ws, f.two, f.one, who);
            const auto again = review::PairwiseQueue::all(ws, f.one, f.two, who);
            for (qsizetype i = 0; i < items.size(); ++i) {
                QCOMPARE(swapped[i].leftExampleId, items[i].leftExampleId);
                QCOMPARE(again[i].leftExampleId, items[i].leftExampleId);
            }
        }
        // Another annotator sees other sides for some pairs.
        const auto alice = review::PairwiseQueue::all(ws, f.one, f.two, u"alice"_s);
        const auto bob = review::PairwiseQueue::all(ws, f.one, f.two, u"bob"_s);
        int differ = 0;
        for (qsizetype i = 0; i < alice.size(); ++i)
            differ += alice[i].leftExampleId != bob[i].leftExampleId ? 1 : 0;
        QVERIFY(differ > 0);
    }

    void summaryCountsWinsTiesLosses()
    {
        Fixture f;
        const auto ws = f.tmp.workspace();
        store::PairwiseStore store(ws);
        store.add(f.pair(f.repositories[0], u"a"_s));
        store.add(f.pair(f.repositories[1], u"a"_s));
        store.add(f.pair(f.repositories[2], u"tie"_s));
        // Stored the other way round (campaign two as "a"): "a" here is a loss for campaign one.
        auto flipped = f.pair(f.repositories[3]);
        std::swap(flipped.exampleA, flipped.exampleB);
        flipped.accuracy = u"a"_s;
        flipped.soundness = u"a"_s;
        store.add(flipped);
        // Alice changes her mind about repository 0: only her latest judgement of a pair counts.
        store.add(f.pair(f.repositories[0], u"b"_s));
        auto bob = f.pair(f.repositories[0], u"a"_s);
        bob.annotator = u"bob"_s;
        store.add(bob);

        const auto summary = review::PairwiseSummary::compute(ws);
        QCOMPARE(summary.rows.size(), 3);   // one campaign pair × three criteria
        const auto &accuracy = summary.rows[0];
        QCOMPARE(accuracy.criterion, u"accuracy"_s);
        QCOMPARE(accuracy.campaignA, f.one);
        QCOMPARE(accuracy.labelA, u"one"_s);
        QCOMPARE(accuracy.modelB, u"anthropic/claude-sonnet-4-5"_s);
        // alice: repo0 b (loss), repo1 a (win), repo2 tie, repo3 loss; bob: repo0 win.
        QCOMPARE(accuracy.wins, 2);
        QCOMPARE(accuracy.ties, 1);
        QCOMPARE(accuracy.losses, 2);
        QCOMPARE(accuracy.comparisons(), 5);
        QCOMPARE(*accuracy.winRate, 0.4);
        const auto &completeness = summary.rows[1];
        QCOMPARE(completeness.ties, 5);
        QCOMPARE(*completeness.winRate, 0.0);
        const auto &soundness = summary.rows[2];   // "b" everywhere but the flipped one, which is also campaign two
        QCOMPARE(soundness.wins, 0);
        QCOMPARE(soundness.losses, 5);
        const QJsonArray json = summary.toJson().value(u"pairs"_s).toArray();
        QCOMPARE(json.size(), 3);
        QCOMPARE(json[0].toObject().value(u"win_rate"_s).toDouble(), 0.4);
    }
};

QTEST_GUILESS_MAIN(TstPairwiseStore)
#include "tst_pairwisestore.moc"
