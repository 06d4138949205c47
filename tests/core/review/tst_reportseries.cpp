// SPDX-License-Identifier: GPL-3.0-or-later
// The report's chart data from the store: per-example points, the rounds histogram, majority rules.
#include "curationfixture.h"
#include "review/agreementreport.h"
#include "review/campaignreport.h"
#include "review/reportseries.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using Majority = review::ReportSeries::Majority;

Q_DECLARE_METATYPE(Majority)

namespace {
/**
 * One campaign from a compact spec, one token per example: status letter (S success, F failed,
 * E error, P pending, R running), executed rounds, then optionally ":" and the annotators' "function
 * is correct" separated by "/" (y, n, u, "-" for no judgement). Example i costs 0.1 × (i + 1) USD.
 */
QList<test::CurationFixture::Example> parse(const QString &spec)
{
    static const QHash<QChar, QString> status{{u'S', u"SUCCESS"_s}, {u'F', u"FAILED"_s}, {u'E', u"ERROR"_s},
                                              {u'P', u"PENDING"_s}, {u'R', u"RUNNING"_s}};
    static const QHash<QString, QString> answer{{u"y"_s, u"yes"_s}, {u"n"_s, u"no"_s}, {u"u"_s, u"unsure"_s}, {u"-"_s, QString()}};
    QList<test::CurationFixture::Example> out;
    for (const QString &token : spec.split(u' ', Qt::SkipEmptyParts)) {
        test::CurationFixture::Example e;
        e.repository = u"repo-%1"_s.arg(out.size());
        e.status = store::storedExampleStatus(status.value(token.at(0)));
        const QString head = token.section(u':', 0, 0);
        e.rounds = head.mid(1).toInt();
        e.costUsd = 0.1 * double(out.size() + 1);
        e.secondsPerRound = 2;
        if (token.contains(u':'))
            for (const QString &a : token.section(u':', 1).split(u'/'))
                e.correct << answer.value(a);
        out << e;
    }
    return out;
}

review::ReportSeries computeFrom(const test::TempWorkspace &tmp, const QString &spec)
{
    test::CurationFixture fixture(tmp.workspace());
    const qint64 campaign = fixture.addCampaign(u"c"_s, u"openai"_s, u"gpt-5"_s);
    for (const auto &e : parse(spec))
        fixture.addExample(campaign, e);
    return review::ReportSeries::compute(tmp.workspace());
}
} // namespace

class TstReportSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CODEDISTILLER_NO_SECRET_STORE", "1"); }

    void majorityRules_data()
    {
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<Majority>("expected");
        QTest::newRow("nobody") << QStringList() << Majority::None;
        QTest::newRow("only empty answers") << QStringList{QString(), QString()} << Majority::None;
        QTest::newRow("one yes") << QStringList{u"yes"_s} << Majority::Yes;
        QTest::newRow("one no") << QStringList{u"no"_s} << Majority::No;
        QTest::newRow("one unsure") << QStringList{u"unsure"_s} << Majority::Unsure;
        QTest::newRow("tie yes no") << QStringList{u"yes"_s, u"no"_s} << Majority::Unsure;
        QTest::newRow("yes beats no") << QStringList{u"yes"_s, u"yes"_s, u"no"_s} << Majority::Yes;
        QTest::newRow("no beats yes and unsure") << QStringList{u"no"_s, u"no"_s, u"unsure"_s} << Majority::No;
        QTest::newRow("yes without majority") << QStringList{u"yes"_s, u"no"_s, u"unsure"_s} << Majority::Unsure;
        QTest::newRow("missing answers ignored") << QStringList{u"no"_s, QString()} << Majority::No;
        QTest::newRow("yes and unsure tie") << QStringList{u"yes"_s, u"unsure"_s} << Majority::Unsure;
    }

    void majorityRules()
    {
        QFETCH(QStringList, labels);
        QFETCH(Majority, expected);
        QCOMPARE(review::ReportSeries::majority(labels), expected);
    }

    void histogramAndPoints_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("maxRounds");
        QTest::addColumn<QList<int>>("successes");
        QTest::addColumn<QList<int>>("failures");
        QTest::addColumn<int>("withoutRounds");
        QTest::addColumn<int>("points");
        QTest::addColumn<QString>("majorities");   // per point, first letter of the name
        QTest::newRow("empty campaign") << u""_s << 0 << QList<int>() << QList<int>() << 0 << 0 << u""_s;
        QTest::newRow("unfinished examples are left out")
            << u"P0 R1 S1"_s << 1 << QList<int>{1} << QList<int>{0} << 0 << 1 << u"n"_s;
        QTest::newRow("successes and failures per round count")
            << u"S1 S1 S2 F3 F3 S3 E1"_s << 3 << QList<int>{2, 1, 1} << QList<int>{1, 0, 2} << 0 << 7 << u"nnnnnnn"_s;
        QTest::newRow("an example without rounds is counted apart")
            << u"E0 S2"_s << 2 << QList<int>{0, 1} << QList<int>{0, 0} << 1 << 2 << u"nn"_s;
        QTest::newRow("majorities per example")
            << u"S1:y/y/n S1:y/n F2:n/n/u F2:u S1:-/-/- S1:y/-"_s << 2 << QList<int>{4, 0} << QList<int>{0, 2} << 0 << 6
            << u"yununy"_s;
    }

    void histogramAndPoints()
    {
        QFETCH(QString, spec);
        QFETCH(int, maxRounds);
        QFETCH(QList<int>, successes);
        QFETCH(QList<int>, failures);
        QFETCH(int, withoutRounds);
        QFETCH(int, points);
        QFETCH(QString, majorities);
        test::TempWorkspace tmp;
        const auto series = computeFrom(tmp, spec);
        QCOMPARE(series.campaigns.size(), 1);
        const auto &c = series.campaigns.first();
        QCOMPARE(c.campaign, u"c"_s);
        QCOMPARE(c.model, u"openai/gpt-5"_s);
        QCOMPARE(series.maxRounds, maxRounds);
        QCOMPARE(c.roundsSuccess, successes);
        QCOMPARE(c.roundsFailure, failures);
        QCOMPARE(c.withoutRounds, withoutRounds);
        QCOMPARE(c.points.size(), points);
        QString got;
        for (const auto &p : c.points)
            got += review::ReportSeries::majorityName(p.correct).at(0);
        QCOMPARE(got, majorities);
    }

    void scatterPointsCarryCostRuntimeAndVerdicts()
    {
        test::TempWorkspace tmp;
        const auto series = computeFrom(tmp, u"S1:y/y F3:n P0 S2:u/n E2"_s);
        const auto &c = series.campaigns.first();
        QCOMPARE(c.points.size(), 4);   // the pending example is not finished
        const auto &first = c.points[0];
        QCOMPARE(first.repository, u"repo-0"_s);
        QCOMPARE(first.cost.value(), std::optional<double>(0.1));
        QCOMPARE(first.runtimeS, 2.0);
        QCOMPARE(first.rounds, 1);
        QVERIFY(first.judgeSuccess);
        QCOMPARE(first.correct, Majority::Yes);
        QCOMPARE(first.annotators, 2);
        QCOMPARE(c.points[1].runtimeS, 6.0);   // three rounds of two seconds
        QVERIFY(!c.points[1].judgeSuccess);
        QCOMPARE(c.points[2].cost.knownUsd(), 0.4);    // the pending example (0.3) is skipped
        QCOMPARE(c.points[2].correct, Majority::Unsure);
        QCOMPARE(c.points[3].correct, Majority::None);
        QCOMPARE(c.points[3].annotators, 0);
        // The campaign's point in the scatter: the human-judged examples only.
        QCOMPARE(c.humanJudged(), 3);
        QCOMPARE(c.correct(), 1);
        QCOMPARE(*c.shareCorrect(), 1.0 / 3.0);
        QVERIFY(qAbs(*c.meanCostJudgedUsd() - (0.1 + 0.2 + 0.4) / 3.0) < 1e-12);
        // The JSON the CLI prints.
        const QJsonObject json = series.toJson();
        QCOMPARE(json.value(u"max_rounds"_s).toInt(), 3);
        const QJsonObject campaign = json.value(u"campaigns"_s).toArray().first().toObject();
        QCOMPARE(campaign.value(u"examples"_s).toArray().size(), 4);
        QCOMPARE(campaign.value(u"rounds_histogram"_s).toObject().value(u"failures"_s).toArray(), QJsonArray({0, 1, 1}));
        QCOMPARE(campaign.value(u"examples"_s).toArray().at(2).toObject().value(u"function_correct_majority"_s).toString(), u"unsure"_s);
        QVERIFY(campaign.value(u"share_correct"_s).isDouble());
    }

    void nothingJudgedHasNoShare()
    {
        test::TempWorkspace tmp;
        const auto c = computeFrom(tmp, u"S1 F2"_s).campaigns.first();
        QVERIFY(!c.shareCorrect());
        QVERIFY(!c.meanCostJudgedUsd());
    }

    void agreesWithTheTableOnARealisticWorkspace()
    {
        test::TempWorkspace tmp;
        test::CurationFixture::buildPaperLike(tmp.workspace(), 30);
        const auto series = review::ReportSeries::compute(tmp.workspace());
        const auto table = review::CampaignReport::compute(tmp.workspace());
        QCOMPARE(series.campaigns.size(), 3);
        QCOMPARE(table.rows.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            const auto &c = series.campaigns[i];
            const auto &row = table.rows[i];
            QCOMPARE(c.campaign, row.campaign);
            QCOMPARE(c.model, row.model);
            QCOMPARE(c.points.size(), row.examples);
            QCOMPARE(c.humanJudged(), row.humanJudged);
            QCOMPARE(c.shareCorrect(), row.correctFunction);
            int histogram = c.withoutRounds, successes = 0;
            for (qsizetype r = 0; r < c.roundsSuccess.size(); ++r) {
                histogram += c.roundsSuccess[r] + c.roundsFailure[r];
                successes += c.roundsSuccess[r];
            }
            QCOMPARE(histogram, row.examples);
            QCOMPARE(successes, row.successes);
        }
        // The judge over-rates the weakest model: its success rate is far above what the experts found.
        const auto &weak = table.rows[2];
        QCOMPARE(weak.model, u"openai/gpt-oss-120b"_s);
        QVERIFY(*weak.autoSuccessRate - *weak.correctFunction > 0.2);
        QVERIFY(*table.rows[0].correctFunction > *weak.correctFunction);

        // Confusion matrices per criterion, campaign and pair, and pooled over campaigns.
        const auto agreement = review::AgreementReport::compute(tmp.workspace());
        const auto pooled = agreement.pooledPairs();
        for (const auto &p : pooled) {
            QVERIFY(p.campaign.isEmpty());
            int sum = 0;
            for (const auto &q : agreement.pairs)
                if (q.criterion == p.criterion && q.raterA == p.raterA && q.raterB == p.raterB)
                    sum += q.result.items;
            QCOMPARE(p.result.items, sum);
            QCOMPARE(p.result.confusion.total(), sum);
        }
        // 4 criteria × (3 judge pairs + 3 annotator pairs)
        QCOMPARE(pooled.size(), 24);
        QCOMPARE(agreement.pairs.size(), 3 * 24);
    }
};

QTEST_GUILESS_MAIN(TstReportSeries)
#include "tst_reportseries.moc"
