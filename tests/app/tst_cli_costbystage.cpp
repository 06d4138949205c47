// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller report`: the cost by stage per campaign in Markdown, JSON and (--cost-by-stage) CSV, and
// withheld under blind review like the campaign's Table 1 row.
#include "clirun.h"
#include "review/blindreview.h"
#include "stagecostfixture.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstCliCostByStage : public QObject
{
    Q_OBJECT

    test::TempWorkspace m_tmp;
    test::StageCostFixture::Ids m_ids;

    test::CliRun run(const QStringList &args)
    {
        return test::runCli(QStringLiteral(CODEDISTILLER_BIN), m_tmp.location(), args);
    }

    static QJsonObject campaignOf(const QJsonArray &campaigns, const QString &name)
    {
        for (const auto &v : campaigns)
            if (v.toObject().value(u"campaign"_s).toString() == name)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ids = test::StageCostFixture::build(m_tmp.workspace());
    }

    void markdownHasATablePerCampaign()
    {
        const auto r = run({u"report"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        const qsizetype section = out.indexOf(u"\n## Cost by stage\n"_s);
        QVERIFY2(section > out.indexOf(u"## Error classes"_s), qPrintable(out));
        const QString costs = out.mid(section);
        QVERIFY(costs.contains(u"### gpt-5 · openai/gpt-5\n"_s));
        QVERIFY(costs.contains(u"| Stage | Mode | Calls | Cached answers | Failed | Input uncached | Cache read | Cache write |"_s));
        QVERIFY(costs.contains(u"| file_classification | batch | 3 | 0 | 0 | 1500 | 0 | 0 | 60 (0) | 0.0% | 0.0012 |"_s));
        QVERIFY(costs.contains(u"| example_generation | sync | 2 | 1 | 0 | 300 | 1200 | 0 | 900 (300) | 80.0% | 0.0120 |"_s));
        QVERIFY(costs.contains(u"| **Total** |  | 12 | 1 | 2 | 4250 | 2800 | 2000 | 2105 (350) | 30.9% | ≥ 0.0269 |"_s));
        QVERIFY(costs.contains(u"### claude-sonnet-4-5 · anthropic/claude-sonnet-4-5\n"_s));
        QVERIFY(costs.contains(u"| **Total** |  | 2 | 0 | 0 | 300 | 1500 | 1500 | 650 (0) | 45.5% | 0.0210 |"_s));
        QVERIFY(costs.contains(u"No model calls recorded."_s));
        // Table 1's rows still start with the campaign's name, once
        QCOMPARE(out.count(u"\n| gpt-5 |"_s), 1);

        // only the cost by stage
        const auto only = run({u"report"_s, u"--cost-by-stage"_s});
        QVERIFY2(only.exitCode == 0, only.err.constData());
        QVERIFY(QString::fromUtf8(only.out).startsWith(u"### gpt-5 · openai/gpt-5\n"_s));
        QVERIFY(!only.out.contains("Auto success"));
    }

    void jsonHasTheRowsPerCampaign()
    {
        const auto r = run({u"report"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray campaigns = r.json().object().value(u"campaigns"_s).toArray();
        QCOMPARE(campaigns.size(), 3);
        const QJsonObject g = campaignOf(campaigns, u"gpt-5"_s);
        const QJsonArray stages = g.value(u"cost_by_stage"_s).toArray();
        QCOMPARE(stages.size(), 7);
        QStringList keys;
        for (const auto &v : stages)
            keys << v[u"stage"_s].toString() + u'/' + v[u"mode"_s].toString();
        QCOMPARE(keys, (QStringList{u"repository_summary/sync"_s, u"file_classification/sync"_s, u"file_classification/batch"_s,
                                    u"example_generation/sync"_s, u"judge_verdict/sync"_s, u"example_repair/sync"_s,
                                    u"agent_preview/sync"_s}));
        const QJsonObject generation = stages[3].toObject();
        for (const char *field : {"stage", "mode", "calls", "cached_answers", "failed", "input_uncached_tokens", "cache_read_tokens",
                                  "cache_write_tokens", "output_tokens", "cost_usd", "cost_complete"})
            QVERIFY2(generation.contains(QLatin1StringView(field)), field);
        QCOMPARE(generation[u"cached_answers"_s].toInt(), 1);
        QCOMPARE(generation[u"cache_read_tokens"_s].toInt(), 1200);
        QCOMPARE(generation[u"cost_usd"_s].toDouble(), 0.012);
        QVERIFY(generation[u"cost_complete"_s].toBool());
        const QJsonObject repair = stages[5].toObject();
        QVERIFY(repair[u"cost_usd"_s].isNull());
        QCOMPARE(repair[u"cost_complete"_s].toBool(true), false);
        QCOMPARE(g[u"cost_total"_s][u"failed"_s].toInt(), 2);
        QCOMPARE(g[u"cost_total"_s][u"cost_complete"_s].toBool(true), false);
        QCOMPARE(campaignOf(campaigns, u"idle"_s).value(u"cost_by_stage"_s).toArray().size(), 0);
        // Table 1's fields are still there
        QVERIFY(g.contains(u"cost_success_usd"_s));
    }

    void csvWithCostByStage()
    {
        const auto r = run({u"report"_s, u"--cost-by-stage"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"campaign,model,stage,mode,calls,cached_answers,failed,input_uncached_tokens,cache_read_tokens,"
                                "cache_write_tokens,output_tokens,reasoning_tokens,cache_read_share,cost_usd,cost_complete,"
                                "cost_unpriced_calls,hidden"_s);
        QVERIFY(lines.contains(u"gpt-5,openai/gpt-5,file_classification,batch,3,0,0,1500,0,0,60,0,0,0.0012,true,0,false"_s));
        QVERIFY(lines.contains(u"claude-sonnet-4-5,anthropic/claude-sonnet-4-5,total,all,2,0,0,300,1500,1500,650,0,0.454545,0.021,true,0,false"_s));

        const auto both = run({u"report"_s, u"--cost-by-stage"_s, u"--error-classes"_s});
        QVERIFY(both.exitCode != 0);
        QVERIFY2(both.err.contains("--cost-by-stage"), both.err.constData());
    }

    void blindReviewWithholdsTheCampaignsNotYetJudged()
    {
        review::BlindReview::setEnabled(m_tmp.workspace(), true);
        test::StageCostFixture::judge(m_tmp.workspace(), m_ids.gpt5Examples, u"alice"_s);
        for (const QStringList &format : {QStringList{}, QStringList{u"--format"_s, u"json"_s}, QStringList{u"--cost-by-stage"_s},
                                          QStringList{u"--cost-by-stage"_s, u"--format"_s, u"csv"_s}}) {
            const auto r = run(QStringList{u"report"_s, u"--annotator"_s, u"alice"_s} + format);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(!r.out.contains("claude") && !r.out.contains("anthropic"), r.out.constData());
            QVERIFY2(r.out.contains("openai/gpt-5"), r.out.constData());
        }
        const auto r = run({u"report"_s, u"--annotator"_s, u"alice"_s, u"--format"_s, u"json"_s});
        const QJsonArray campaigns = r.json().object().value(u"campaigns"_s).toArray();
        const QJsonObject hidden = campaigns[1].toObject();
        QVERIFY(hidden[u"hidden"_s].toBool());
        QVERIFY(hidden[u"cost_by_stage"_s].isNull());
        QVERIFY(hidden[u"cost_total"_s].isNull());
        QCOMPARE(campaigns[0][u"cost_by_stage"_s].toArray().size(), 7);
        review::BlindReview::setEnabled(m_tmp.workspace(), false);
    }
};

QTEST_MAIN(TstCliCostByStage)
#include "tst_cli_costbystage.moc"
