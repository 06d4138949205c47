// SPDX-License-Identifier: GPL-3.0-or-later
// Cost by stage: per campaign, stage and mode (batch or synchronous) the calls, cached answers, failures,
// tokens by cache bucket and the cost, a lower bound when calls had no price; blind review withholds it.
#include "review/blindreview.h"
#include "review/blindview.h"
#include "review/campaigncostbreakdown.h"
#include "review/campaignreport.h"
#include "stagecostfixture.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using Breakdown = review::CampaignCostBreakdown;
using Mode = Breakdown::Mode;

namespace {
QString key(const Breakdown::Stage &s)
{
    return s.stage + u'/' + Breakdown::modeName(s.mode);
}

const Breakdown::Stage *find(const Breakdown::Campaign &c, const QString &stage, Mode mode)
{
    for (const auto &s : c.stages)
        if (s.stage == stage && s.mode == mode)
            return &s;
    return nullptr;
}
} // namespace

class TstCampaignCostBreakdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_ids = test::StageCostFixture::build(m_tmp.workspace());
    }

    void stagesInPipelineOrderSplitIntoBatchAndSync()
    {
        const auto b = Breakdown::compute(m_tmp.workspace());
        QCOMPARE(b.campaigns.size(), 3);
        const auto &g = b.campaigns[0];
        QCOMPARE(g.campaign, u"gpt-5"_s);
        QCOMPARE(g.model, u"openai/gpt-5"_s);
        QStringList order;
        for (const auto &s : g.stages)
            order << key(s);
        QCOMPARE(order, (QStringList{u"repository_summary/sync"_s, u"file_classification/sync"_s, u"file_classification/batch"_s,
                                     u"example_generation/sync"_s, u"judge_verdict/sync"_s, u"example_repair/sync"_s,
                                     u"agent_preview/sync"_s}));
        QCOMPARE(g.exampleIds, m_ids.gpt5Examples);
    }

    void countsTokensAndCostPerStage()
    {
        const auto b = Breakdown::compute(m_tmp.workspace());
        const auto &g = b.campaigns[0];

        const auto *summary = find(g, u"repository_summary"_s, Mode::Sync);
        QVERIFY(summary);
        QCOMPARE(summary->figures.calls, 2);
        QCOMPARE(summary->figures.inputUncached, 1800);
        QCOMPARE(summary->figures.output, 350);
        QCOMPARE(summary->figures.reasoning, 50);
        QCOMPARE(summary->figures.cacheReadShare(), std::optional<double>(0.0));
        QVERIFY(summary->figures.cost.isComplete());
        QCOMPARE(summary->figures.cost.knownUsd(), 0.0055);

        // the batch's answers, at the price the client recorded (the batch price)
        const auto *batch = find(g, u"file_classification"_s, Mode::Batch);
        QVERIFY(batch);
        QCOMPARE(batch->figures.calls, 3);
        QCOMPARE(batch->figures.inputUncached, 1500);
        QCOMPARE(batch->figures.output, 60);
        QVERIFY(qFuzzyCompare(batch->figures.cost.knownUsd(), 0.0012));
        QVERIFY(batch->figures.cost.isComplete());

        // a call that failed before the server reported usage: failed, and of unknown cost (never $0)
        const auto *failedSync = find(g, u"file_classification"_s, Mode::Sync);
        QVERIFY(failedSync);
        QCOMPARE(failedSync->figures.calls, 1);
        QCOMPARE(failedSync->figures.failed, 1);
        QCOMPARE(failedSync->figures.promptTokens(), 0);
        QVERIFY(failedSync->figures.cost.isUnknown());
        QCOMPARE(failedSync->figures.cacheReadShare(), std::nullopt);

        // the workbench's cached answer: counted as a call and a cached answer, no tokens, no cost
        const auto *generation = find(g, u"example_generation"_s, Mode::Sync);
        QVERIFY(generation);
        QCOMPARE(generation->figures.calls, 2);
        QCOMPARE(generation->figures.cachedAnswers, 1);
        QCOMPARE(generation->figures.inputUncached, 300);
        QCOMPARE(generation->figures.cacheRead, 1200);
        QCOMPARE(generation->figures.output, 900);
        QCOMPARE(generation->figures.reasoning, 300);
        QCOMPARE(generation->figures.cacheReadShare(), std::optional<double>(0.8));
        QVERIFY(generation->figures.cost.isComplete());
        QCOMPARE(generation->figures.cost.knownUsd(), 0.012);

        // a cache write, and a billed answer that failed validation (priced)
        const auto *judge = find(g, u"judge_verdict"_s, Mode::Sync);
        QVERIFY(judge);
        QCOMPARE(judge->figures.failed, 1);
        QCOMPARE(judge->figures.cacheWrite, 2000);
        QCOMPARE(judge->figures.inputUncached, 200);
        QCOMPARE(judge->figures.cacheReadShare(), std::optional<double>(0.0));
        QVERIFY(qFuzzyCompare(judge->figures.cost.knownUsd(), 0.0081));
        QVERIFY(judge->figures.cost.isComplete());

        // usage known, no price: the tokens count, the cost is unknown
        const auto *repair = find(g, u"example_repair"_s, Mode::Sync);
        QVERIFY(repair);
        QCOMPARE(repair->figures.cacheRead, 1600);
        QVERIFY(repair->figures.cost.isUnknown());

        // the total: a lower bound, the same the campaign's cost elsewhere says
        QCOMPARE(g.total.calls, 12);
        QCOMPARE(g.total.cachedAnswers, 1);
        QCOMPARE(g.total.failed, 2);
        QCOMPARE(g.total.inputUncached, 4250);
        QCOMPARE(g.total.cacheRead, 2800);
        QCOMPARE(g.total.cacheWrite, 2000);
        QCOMPARE(g.total.output, 2105);
        QCOMPARE(g.total.reasoning, 350);
        QCOMPARE(g.total.cost.pricedCalls(), 10);
        QCOMPARE(g.total.cost.unpricedCalls(), 2);
        QVERIFY(qFuzzyCompare(g.total.cost.knownUsd(), 0.0269));
        const auto campaignCost = store::PipelineStore(m_tmp.workspace()).campaignCost(m_ids.gpt5);
        QCOMPARE(g.total.cost.pricedCalls(), campaignCost.pricedCalls());
        QCOMPARE(g.total.cost.unpricedCalls(), campaignCost.unpricedCalls());
        QVERIFY(qFuzzyCompare(g.total.cost.knownUsd(), campaignCost.knownUsd()));

        // Anthropic's campaign: input excludes cache reads and writes in the store as in the API
        const auto &c = b.campaigns[1];
        QCOMPARE(c.total.inputUncached, 300);
        QCOMPARE(c.total.cacheRead, 1500);
        QCOMPARE(c.total.cacheWrite, 1500);
        QCOMPARE(c.total.cacheReadShare(), std::optional<double>(1500.0 / 3300.0));
        QVERIFY(c.total.cost.isComplete());
        QVERIFY(qFuzzyCompare(c.total.cost.knownUsd(), 0.021));

        // no calls, and the call of no example counts nowhere
        const auto &idle = b.campaigns[2];
        QVERIFY(idle.stages.isEmpty());
        QCOMPARE(idle.total, Breakdown::Figures());
        QVERIFY(idle.exampleIds.isEmpty());
        QVERIFY(b.hasUnpricedCalls());
    }

    void markdownCsvAndJson()
    {
        const auto b = Breakdown::compute(m_tmp.workspace());
        const QString md = b.toMarkdown();
        QVERIFY(md.contains(u"### gpt-5 · openai/gpt-5\n"_s));
        QVERIFY(md.contains(u"| file_classification | batch | 3 | 0 | 0 | 1500 | 0 | 0 | 60 (0) | 0.0% | 0.0012 |\n"_s));
        QVERIFY(md.contains(u"| file_classification | sync | 1 | 0 | 1 | 0 | 0 | 0 | 0 (0) | — | — |\n"_s));
        QVERIFY(md.contains(u"| example_generation | sync | 2 | 1 | 0 | 300 | 1200 | 0 | 900 (300) | 80.0% | 0.0120 |\n"_s));
        QVERIFY(md.contains(u"| **Total** |  | 12 | 1 | 2 | 4250 | 2800 | 2000 | 2105 (350) | 30.9% | ≥ 0.0269 |\n"_s));
        QVERIFY(md.contains(u"### idle · openai/gpt-5-mini\n\nNo model calls recorded."_s));
        QVERIFY(md.contains(u"**Note:**"_s));

        const QStringList csv = b.toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 1 + 8 + 3 + 1);   // header; gpt-5: 7 stages and its total; claude: 2 and total; idle: total
        QCOMPARE(csv[0].count(u','), 16);
        QVERIFY(csv.contains(u"gpt-5,openai/gpt-5,file_classification,batch,3,0,0,1500,0,0,60,0,0,0.0012,true,0,false"_s));
        QVERIFY(csv.contains(u"gpt-5,openai/gpt-5,example_repair,sync,1,0,0,400,1600,0,700,0,0.8,,false,1,false"_s));
        for (const QString &line : csv)
            QCOMPARE(line.count(u','), 16);

        const QJsonObject json = b.toJson();
        const QJsonArray campaigns = json.value(u"campaigns"_s).toArray();
        QCOMPARE(campaigns.size(), 3);
        const QJsonArray stages = campaigns[0].toObject().value(u"cost_by_stage"_s).toArray();
        QCOMPARE(stages.size(), 7);
        const QJsonObject batch = stages[2].toObject();
        QCOMPARE(batch.value(u"stage"_s).toString(), u"file_classification"_s);
        QCOMPARE(batch.value(u"mode"_s).toString(), u"batch"_s);
        QCOMPARE(batch.value(u"calls"_s).toInt(), 3);
        QCOMPARE(batch.value(u"input_uncached_tokens"_s).toInt(), 1500);
        QVERIFY(batch.value(u"cost_complete"_s).toBool());
        const QJsonObject unknown = stages[1].toObject();
        QVERIFY(unknown.value(u"cost_usd"_s).isNull());
        QCOMPARE(unknown.value(u"failed"_s).toInt(), 1);
        QCOMPARE(unknown.value(u"cost_complete"_s).toBool(true), false);
        const QJsonObject total = campaigns[0].toObject().value(u"cost_total"_s).toObject();
        QCOMPARE(total.value(u"calls"_s).toInt(), 12);
        QCOMPARE(total.value(u"cost_unpriced_calls"_s).toInt(), 2);
        QCOMPARE(campaigns[2].toObject().value(u"cost_by_stage"_s).toArray().size(), 0);
    }

    void blindReviewWithholdsTheCampaignsNotYetJudged()
    {
        test::TempWorkspace tmp;
        const auto ids = test::StageCostFixture::build(tmp.workspace());
        review::BlindReview::setEnabled(tmp.workspace(), true);
        test::StageCostFixture::judge(tmp.workspace(), ids.gpt5Examples, u"alice"_s);
        auto b = Breakdown::compute(tmp.workspace());
        b.hideFrom(review::BlindView::of(tmp.workspace(), u"alice"_s));
        QCOMPARE(b.hiddenCampaigns(), 1);
        QVERIFY(!b.campaigns[0].hidden);   // alice judged both: shown
        QCOMPARE(b.campaigns[0].model, u"openai/gpt-5"_s);
        const auto &hidden = b.campaigns[1];
        QVERIFY(hidden.hidden);
        QVERIFY(hidden.model.isEmpty());
        QVERIFY(hidden.stages.isEmpty());
        QCOMPARE(hidden.total, Breakdown::Figures());
        QVERIFY(!b.campaigns[2].hidden);   // nothing finished: nothing to withhold, as in Table 1

        // the same campaigns as Table 1 withholds, and nothing names the hidden model
        auto report = review::CampaignReport::compute(tmp.workspace());
        report.hideFrom(review::BlindView::of(tmp.workspace(), u"alice"_s));
        for (int i = 0; i < report.rows.size(); ++i) {
            QCOMPARE(b.campaigns[i].hidden, report.rows[i].hidden);
            QCOMPARE(b.campaigns[i].campaign, report.rows[i].campaign);
        }
        for (const QString &text : {b.toMarkdown(), b.toCsv(), QString::fromUtf8(QJsonDocument(b.toJson()).toJson())}) {
            QVERIFY2(!text.contains(u"claude"_s) && !text.contains(u"anthropic"_s), qPrintable(text));
            QVERIFY(text.contains(u"gpt-5"_s));
        }
        QVERIFY(b.toMarkdown().contains(u"Withheld in blind review"_s));
        QVERIFY(b.toJson().value(u"campaigns"_s).toArray()[1].toObject().value(u"cost_by_stage"_s).isNull());

        // blind review off: nothing withheld
        review::BlindReview::setEnabled(tmp.workspace(), false);
        auto open = Breakdown::compute(tmp.workspace());
        open.hideFrom(review::BlindView::of(tmp.workspace(), u"alice"_s));
        QCOMPARE(open.hiddenCampaigns(), 0);
    }

private:
    test::TempWorkspace m_tmp;
    test::StageCostFixture::Ids m_ids;
};

QTEST_MAIN(TstCampaignCostBreakdown)
#include "tst_campaigncostbreakdown.moc"
