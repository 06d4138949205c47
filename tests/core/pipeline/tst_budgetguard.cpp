// SPDX-License-Identifier: GPL-3.0-or-later
// BudgetGuard: a budget needs every model's price; unknown costs count against it conservatively.
#include "llm/pricecatalog.h"
#include "pipeline/budgetguard.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

Q_DECLARE_METATYPE(wb::pipeline::CampaignConfig)
Q_DECLARE_METATYPE(std::optional<double>)

class TstBudgetGuard : public QObject
{
    Q_OBJECT

    static llm::PriceCatalog prices()
    {
        return llm::PriceCatalog(R"({"as_of": "2026-01-01", "models": {
            "priced": {"provider": "vllm", "input": 1.0, "output": 2.0},
            "profile-only": {"provider": "vllm", "context_window": 8192}}})");
    }

    static pipeline::CampaignConfig config(const QString &generator, const QString &classifier, const QString &judge,
                                           std::optional<double> budget)
    {
        pipeline::CampaignConfig c;
        c.generator = {u"vllm"_s, generator, {}};
        c.classifier = {u"vllm"_s, classifier, {}};
        c.judge = {u"vllm"_s, judge, {}};
        c.budgetUsd = budget;
        return c;
    }

private Q_SLOTS:
    void refusal_data()
    {
        QTest::addColumn<pipeline::CampaignConfig>("config");
        QTest::addColumn<QStringList>("unpriced");
        QTest::addColumn<bool>("refused");
        QTest::newRow("priced, budget") << config(u"priced"_s, u"priced"_s, u"priced"_s, 5.0) << QStringList{} << false;
        QTest::newRow("unpriced, no budget") << config(u"lab"_s, u"lab"_s, u"lab"_s, std::nullopt) << QStringList{u"lab"_s} << false;
        QTest::newRow("unpriced, budget") << config(u"lab"_s, u"lab"_s, u"lab"_s, 5.0) << QStringList{u"lab"_s} << true;
        QTest::newRow("unpriced fast model") << config(u"priced"_s, u"small"_s, u"priced"_s, 5.0) << QStringList{u"small"_s} << true;
        QTest::newRow("unpriced judge") << config(u"priced"_s, u"priced"_s, u"judge"_s, 5.0) << QStringList{u"judge"_s} << true;
        QTest::newRow("a profile is no price") << config(u"profile-only"_s, u"priced"_s, u"priced"_s, 5.0)
                                               << QStringList{u"profile-only"_s} << true;
    }

    void refusal()
    {
        QFETCH(pipeline::CampaignConfig, config);
        QFETCH(QStringList, unpriced);
        QFETCH(bool, refused);
        QCOMPARE(pipeline::BudgetGuard::unpricedModels(config, prices()), unpriced);
        const QString why = pipeline::BudgetGuard::refusal(config, prices());
        QCOMPARE(!why.isEmpty(), refused);
        if (refused) {
            for (const QString &model : unpriced)
                QVERIFY2(why.contains(model), qPrintable(why));
            QVERIFY2(why.contains(llm::PriceCatalog::defaultOverridePath()), qPrintable(why));
            QVERIFY_THROWS_EXCEPTION(Error, pipeline::BudgetGuard::require(config, prices()));
        } else {
            pipeline::BudgetGuard::require(config, prices());
        }
    }

    void reached_data()
    {
        QTest::addColumn<llm::CostTotal>("spent");
        QTest::addColumn<std::optional<double>>("dearest");
        QTest::addColumn<bool>("reached");
        QTest::newRow("known, under") << llm::CostTotal::of(0.9, 9, 0) << std::optional<double>(0.2) << false;
        QTest::newRow("known, at") << llm::CostTotal::of(1.0, 9, 0) << std::optional<double>(0.2) << true;
        QTest::newRow("unknown calls count as the dearest") << llm::CostTotal::of(0.7, 7, 2) << std::optional<double>(0.2) << true;
        QTest::newRow("one unknown call still fits") << llm::CostTotal::of(0.7, 7, 1) << std::optional<double>(0.2) << false;
        QTest::newRow("nothing known: reached") << llm::CostTotal::of(0.0, 0, 1) << std::optional<double>() << true;
        QTest::newRow("nothing spent") << llm::CostTotal() << std::optional<double>() << false;
    }

    void reached()
    {
        QFETCH(llm::CostTotal, spent);
        QFETCH(std::optional<double>, dearest);
        QFETCH(bool, reached);
        QCOMPARE(pipeline::BudgetGuard::reached(spent, dearest, 1.0), reached);
    }
};

QTEST_APPLESS_MAIN(TstBudgetGuard)
#include "tst_budgetguard.moc"
