// SPDX-License-Identifier: GPL-3.0-or-later
// The error taxonomy: rounds and final failures per class and campaign, experts' corrections on top,
// append-only history.
#include "curationfixture.h"
#include "review/campaignreport.h"
#include "review/errortaxonomy.h"
#include "store/errorclassstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
test::CurationFixture::Example example(const QString &repository, store::ExampleStatus status, const QStringList &classes)
{
    test::CurationFixture::Example e;
    e.repository = repository;
    e.status = status;
    e.rounds = int(classes.size());
    e.errorClasses = classes;
    return e;
}

qint64 roundId(const test::TempWorkspace &tmp, qint64 exampleId, int index)
{
    return store::PipelineStore(tmp.workspace()).round(exampleId, index)->id;
}
} // namespace

class TstErrorTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classesComeFromTheJudgeSchema()
    {
        QCOMPARE(review::ErrorTaxonomy::classes(),
                 (QStringList{u"none"_s, u"environment"_s, u"dependency"_s, u"api_misuse"_s, u"scientific"_s, u"timeout"_s, u"other"_s}));
    }

    void countsRoundsAndFinalFailuresPerClass()
    {
        test::TempWorkspace tmp;
        test::CurationFixture fixture(tmp.workspace());
        const qint64 a = fixture.addCampaign(u"gpt-5"_s, u"openai"_s, u"gpt-5"_s);
        const qint64 b = fixture.addCampaign(u"oss"_s, u"openai"_s, u"gpt-oss-120b"_s);
        using S = store::ExampleStatus;
        fixture.addExample(a, example(u"r1"_s, S::Success, {u"dependency"_s, u"none"_s}));
        fixture.addExample(a, example(u"r2"_s, S::Failed, {u"environment"_s, u"api_misuse"_s, u"api_misuse"_s}));
        fixture.addExample(a, example(u"r3"_s, S::Error, {u"timeout"_s, QString()}));   // last round never judged
        fixture.addExample(a, example(u"r4"_s, S::Failed, {u"runtime_error"_s}));        // not a class: "other"
        fixture.addExample(b, example(u"r1"_s, S::Failed, {u"scientific"_s}));

        const auto t = review::ErrorTaxonomy::compute(tmp.workspace());
        QCOMPARE(t.campaigns.size(), 2);
        const auto &ca = t.campaigns[0];
        QCOMPARE(ca.campaign, u"gpt-5"_s);
        QCOMPARE(ca.model, u"openai/gpt-5"_s);
        QCOMPARE(ca.rounds.value(u"dependency"_s), 1);
        QCOMPARE(ca.rounds.value(u"none"_s), 1);
        QCOMPARE(ca.rounds.value(u"environment"_s), 1);
        QCOMPARE(ca.rounds.value(u"api_misuse"_s), 2);
        QCOMPARE(ca.rounds.value(u"timeout"_s), 1);
        QCOMPARE(ca.rounds.value(u"other"_s), 1);
        QCOMPARE(ca.roundsTotal(), 7);   // 8 rounds, one never judged
        QCOMPARE(ca.finalFailures.value(u"api_misuse"_s), 1);
        QCOMPARE(ca.finalFailures.value(review::ErrorTaxonomy::unjudged()), 1);
        QCOMPARE(ca.finalFailures.value(u"other"_s), 1);
        QCOMPARE(ca.finalFailuresTotal(), 3);   // the success is no failure
        QCOMPARE(ca.corrected, 0);
        QCOMPARE(t.campaigns[1].finalFailures.value(u"scientific"_s), 1);

        const QJsonObject json = t.toJson();
        const QJsonObject first = json.value(u"campaigns"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"rounds"_s).toObject().value(u"api_misuse"_s).toInt(), 2);
        QCOMPARE(first.value(u"final_failures"_s).toObject().value(u"unjudged"_s).toInt(), 1);
        QCOMPARE(first.value(u"final_failures_total"_s).toInt(), 3);
        QVERIFY(t.toMarkdown().contains(u"| final failures (3) | gpt-5 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 1 | — |"_s));
        QVERIFY(t.toCsv().contains(u"gpt-5,rounds,7,1,1,1,2,0,1,1,0,0,0,false\n"_s));
    }

    void expertCorrectionOverridesTheJudge()
    {
        test::TempWorkspace tmp;
        test::CurationFixture fixture(tmp.workspace());
        const qint64 c = fixture.addCampaign(u"c"_s, u"openai"_s, u"gpt-5"_s);
        const qint64 e = fixture.addExample(c, example(u"r1"_s, store::ExampleStatus::Failed, {u"environment"_s, u"environment"_s}));
        const qint64 last = roundId(tmp, e, 2);
        const auto reportBefore = review::CampaignReport::compute(tmp.workspace()).toJson();

        store::ErrorClassRecord r;
        r.roundId = last;
        r.annotator = u"alice"_s;
        r.errorClass = u"dependency"_s;
        r.reason = u"numpy 2 removed np.float"_s;
        const auto first = review::ErrorTaxonomy::correct(tmp.workspace(), r);
        QVERIFY(!first.supersedesId);
        auto t = review::ErrorTaxonomy::compute(tmp.workspace());
        QCOMPARE(t.campaigns[0].rounds.value(u"environment"_s), 1);
        QCOMPARE(t.campaigns[0].rounds.value(u"dependency"_s), 1);
        QCOMPARE(t.campaigns[0].finalFailures.value(u"dependency"_s), 1);
        QCOMPARE(t.campaigns[0].finalFailures.value(u"environment"_s), 0);
        QCOMPARE(t.campaigns[0].corrected, 1);
        QCOMPARE(t.campaigns[0].changed, 1);
        QVERIFY(t.toMarkdown().contains(u"1 round(s) carry an expert's error class"_s));

        // bob confirms the judge: the newest correction wins, the history keeps both
        r.annotator = u"bob"_s;
        r.errorClass = u"environment"_s;
        r.reason.clear();
        const auto second = review::ErrorTaxonomy::correct(tmp.workspace(), r);
        QCOMPARE(second.supersedesId, std::optional<qint64>(first.id));
        t = review::ErrorTaxonomy::compute(tmp.workspace());
        QCOMPARE(t.campaigns[0].rounds.value(u"environment"_s), 2);
        QCOMPARE(t.campaigns[0].finalFailures.value(u"environment"_s), 1);
        QCOMPARE(t.campaigns[0].corrected, 1);
        QCOMPARE(t.campaigns[0].changed, 0);
        const auto history = store::ErrorClassStore(tmp.workspace()).history(last);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].errorClass, u"dependency"_s);
        QCOMPARE(history[0].reason, u"numpy 2 removed np.float"_s);
        QCOMPARE(history[1].annotator, u"bob"_s);

        // the judge's verdict and the paper's figures are untouched
        QCOMPARE(store::PipelineStore(tmp.workspace()).round(e, 2)->errorClass, u"environment"_s);
        QCOMPARE(review::CampaignReport::compute(tmp.workspace()).toJson(), reportBefore);
    }

    void correctionIsValidatedAndAppendOnly()
    {
        test::TempWorkspace tmp;
        test::CurationFixture fixture(tmp.workspace());
        const qint64 c = fixture.addCampaign(u"c"_s, u"openai"_s, u"gpt-5"_s);
        const qint64 e = fixture.addExample(c, example(u"r1"_s, store::ExampleStatus::Failed, {u"environment"_s}));
        store::ErrorClassRecord r;
        r.roundId = roundId(tmp, e, 1);
        r.annotator = u"alice"_s;
        r.errorClass = u"runtime_error"_s;
        try {
            review::ErrorTaxonomy::correct(tmp.workspace(), r);
            QFAIL("an unknown class was recorded");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(u"api_misuse"_s), qPrintable(error.message()));   // names the classes
        }
        r.errorClass = u"other"_s;
        r.annotator = u"  "_s;
        QVERIFY_THROWS_EXCEPTION(Error, review::ErrorTaxonomy::correct(tmp.workspace(), r));
        r.annotator = u"alice"_s;
        r.roundId = 999999;
        QVERIFY_THROWS_EXCEPTION(Error, review::ErrorTaxonomy::correct(tmp.workspace(), r));
        QCOMPARE(store::ErrorClassStore(tmp.workspace()).currentForExample(e).size(), 0);

        r.roundId = roundId(tmp, e, 1);
        const auto stored = review::ErrorTaxonomy::correct(tmp.workspace(), r);
        auto db = tmp.workspace()->database();
        QVERIFY_THROWS_EXCEPTION(Error, store::exec(db, u"UPDATE error_class_corrections SET error_class = 'none' WHERE id = :id"_s,
                                                    {{u":id"_s, stored.id}}));
        QVERIFY_THROWS_EXCEPTION(Error, store::exec(db, u"DELETE FROM error_class_corrections WHERE id = :id"_s, {{u":id"_s, stored.id}}));
        QCOMPARE(store::ErrorClassStore(tmp.workspace()).history(stored.roundId).size(), 1);
        // removing the example removes its rounds' corrections with it
        store::exec(db, u"DELETE FROM examples WHERE id = :id"_s, {{u":id"_s, e}});
        QCOMPARE(store::ErrorClassStore(tmp.workspace()).history(stored.roundId).size(), 0);
    }

    void withheldCampaignShowsNoCounts()
    {
        test::TempWorkspace tmp;
        test::CurationFixture fixture(tmp.workspace());
        const qint64 c = fixture.addCampaign(u"c"_s, u"openai"_s, u"gpt-5"_s);
        fixture.addExample(c, example(u"r1"_s, store::ExampleStatus::Failed, {u"environment"_s}));
        auto t = review::ErrorTaxonomy::compute(tmp.workspace());
        t.withhold(0, u"Model A"_s);
        const QJsonObject o = t.toJson().value(u"campaigns"_s).toArray().at(0).toObject();
        QCOMPARE(o.value(u"campaign"_s).toString(), u"Model A"_s);
        QVERIFY(o.value(u"hidden"_s).toBool());
        QVERIFY(o.value(u"rounds"_s).isNull());
        QVERIFY(!t.toMarkdown().contains(u"environment"_s));   // every campaign withheld: not even the classes
        QVERIFY(!t.toJson().contains(u"classes"_s));
    }
};

QTEST_GUILESS_MAIN(TstErrorTaxonomy)
#include "tst_errortaxonomy.moc"
