// SPDX-License-Identifier: GPL-3.0-or-later
// Usage normalisation of both APIs and cost from the dated catalogue, caching included.
#include "llm/pricecatalog.h"
#include "llm/usage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace wb::llm;

class TstPriceCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAiUsage()
    {
        // cached_tokens is part of prompt_tokens; reasoning_tokens part of completion_tokens.
        const auto u = Usage::fromOpenAi(nlohmann::json::parse("{\"prompt_tokens\": 1000, \"completion_tokens\": 500,\n"
            "            \"total_tokens\": 1500, \"prompt_tokens_details\": {\"cached_tokens\": 600},\n"
            "            \"completion_tokens_details\": {\"reasoning_tokens\": 300}}"));
        QVERIFY(u.known);
        QCOMPARE(u.inputUncached, 400);
        QCOMPARE(u.cacheRead, 600);
        QCOMPARE(u.output, 500);
        QCOMPARE(u.reasoning, 300);
        QCOMPARE(u.totalInput(), 1000);
    }

    void openAiUsageWithoutDetails()
    {
        const auto u = Usage::fromOpenAi(nlohmann::json::parse("{\"prompt_tokens\": 7, \"completion_tokens\": 2}"));
        QVERIFY(u.known);
        QCOMPARE(u.inputUncached, 7);
        QCOMPARE(u.cacheRead, 0);
        QVERIFY(!Usage::fromOpenAi(nullptr).known);
        QVERIFY(!Usage::fromOpenAi(nlohmann::json::object()).known);
    }

    void anthropicUsage()
    {
        // input_tokens excludes cache reads and writes.
        const auto first = Usage::fromAnthropic(nlohmann::json::parse(
            "{\"input_tokens\": 21, \"cache_creation_input_tokens\": 188086, \"cache_read_input_tokens\": 0, \"output_tokens\": 393}"));
        QCOMPARE(first.inputUncached, 21);
        QCOMPARE(first.cacheWrite5m, 188086);
        QCOMPARE(first.totalInput(), 188107);
        const auto second = Usage::fromAnthropic(nlohmann::json::parse(
            "{\"input_tokens\": 21, \"cache_creation_input_tokens\": 0, \"cache_read_input_tokens\": 188086, \"output_tokens\": 393,\n"
            "                \"cache_creation\": {\"ephemeral_5m_input_tokens\": 0, \"ephemeral_1h_input_tokens\": 0}}"));
        QCOMPARE(second.cacheRead, 188086);
        QCOMPARE(second.cacheWrite(), 0);
        const auto split = Usage::fromAnthropic(nlohmann::json::parse(
            "{\"input_tokens\": 10, \"output_tokens\": 1, \"cache_creation_input_tokens\": 300,\n"
            "                \"cache_creation\": {\"ephemeral_5m_input_tokens\": 100, \"ephemeral_1h_input_tokens\": 200}}"));
        QCOMPARE(split.cacheWrite5m, 100);
        QCOMPARE(split.cacheWrite1h, 200);
    }

    void cost_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QByteArray>("usage");
        QTest::addColumn<bool>("anthropic");
        QTest::addColumn<bool>("batch");
        QTest::addColumn<double>("expected");
        // gpt-5: (1000-600)*1.25 + 600*0.125 + 500*10 per 1M
        QTest::newRow("gpt-5 cached") << u"gpt-5"_s
                                      << QByteArray("{\"prompt_tokens\":1000,\"completion_tokens\":500,\"prompt_tokens_details\":{\"cached_tokens\":600}}")
                                      << false << false << (400 * 1.25 + 600 * 0.125 + 500 * 10.0) / 1e6;
        QTest::newRow("dated alias") << u"gpt-5-mini-2025-08-07"_s << QByteArray("{\"prompt_tokens\":1000000,\"completion_tokens\":0}")
                                     << false << false << 0.25;
        QTest::newRow("provider prefix") << u"openrouter/openai/gpt-oss-120b"_s
                                         << QByteArray("{\"prompt_tokens\":1000000,\"completion_tokens\":1000000}") << false << false << 0.75;
        // Sonnet 4.5: 21*3 + 188086*3.75 + 393*15
        QTest::newRow("sonnet cache write") << u"claude-sonnet-4-5-20250929"_s
                                            << QByteArray("{\"input_tokens\":21,\"cache_creation_input_tokens\":188086,\"cache_read_input_tokens\":0,\"output_tokens\":393}")
                                            << true << false << (21 * 3.0 + 188086 * 3.75 + 393 * 15.0) / 1e6;
        QTest::newRow("sonnet cache read") << u"claude-sonnet-4-5"_s
                                           << QByteArray("{\"input_tokens\":21,\"cache_read_input_tokens\":188086,\"output_tokens\":393}")
                                           << true << false << (21 * 3.0 + 188086 * 0.30 + 393 * 15.0) / 1e6;
        QTest::newRow("haiku 1h write") << u"claude-haiku-4-5-20251001"_s
                                        << QByteArray("{\"input_tokens\":0,\"output_tokens\":0,\"cache_creation\":{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":1000000}}")
                                        << true << false << 2.0;
        // A batch's cache reads and writes at the cache prices, the batch factor on top: (300 + 4300*1.25 + 60*5) * 0.5, then
        // (300 + 4300*0.1 + 60*5) * 0.5.
        QTest::newRow("haiku batch cache write") << u"claude-haiku-4-5-20251001"_s
                                                 << QByteArray("{\"input_tokens\":300,\"output_tokens\":60,\"cache_creation_input_tokens\":4300}")
                                                 << true << true << (300 * 1.0 + 4300 * 1.25 + 60 * 5.0) / 1e6 * 0.5;
        QTest::newRow("haiku batch cache read") << u"claude-haiku-4-5-20251001"_s
                                                << QByteArray("{\"input_tokens\":300,\"output_tokens\":60,\"cache_read_input_tokens\":4300}")
                                                << true << true << (300 * 1.0 + 4300 * 0.1 + 60 * 5.0) / 1e6 * 0.5;
        // OpenAI's cache writes (prompt_tokens_details.cache_write_tokens) have no surcharge: the input price.
        QTest::newRow("gpt-5-mini cache write") << u"gpt-5-mini"_s
                                                << QByteArray("{\"prompt_tokens\":1000,\"completion_tokens\":0,\"prompt_tokens_details\":{\"cache_write_tokens\":800,\"cached_tokens\":0}}")
                                                << false << false << 1000 * 0.25 / 1e6;
        QTest::newRow("gpt-5-mini batch cached") << u"gpt-5-mini"_s
                                                 << QByteArray("{\"prompt_tokens\":1000,\"completion_tokens\":100,\"prompt_tokens_details\":{\"cached_tokens\":800}}")
                                                 << false << true << (200 * 0.25 + 800 * 0.025 + 100 * 2.0) / 1e6 * 0.5;
        QTest::newRow("haiku batch") << u"claude-haiku-4-5-20251001"_s
                                     << QByteArray("{\"input_tokens\":1000000,\"output_tokens\":1000000}") << true << true << 3.0;
    }

    void cost()
    {
        QFETCH(QString, model);
        QFETCH(QByteArray, usage);
        QFETCH(bool, anthropic);
        QFETCH(bool, batch);
        QFETCH(double, expected);
        const auto json = nlohmann::json::parse(usage.constData(), usage.constData() + usage.size());
        const Usage u = anthropic ? Usage::fromAnthropic(json) : Usage::fromOpenAi(json);
        const auto c = PriceCatalog::load().cost(model, u, batch);
        QVERIFY(c.has_value());
        QVERIFY2(qAbs(*c - expected) < 1e-12, qPrintable(u"%1 != %2"_s.arg(*c, 0, 'g', 12).arg(expected, 0, 'g', 12)));
    }

    void unknownIsNeverZero()
    {
        const auto catalog = PriceCatalog::load();
        Usage u;
        u.known = true;
        u.inputUncached = 100;
        QVERIFY(!catalog.cost(u"my-local-model"_s, u).has_value());
        QVERIFY(!catalog.cost(u"gpt-5"_s, Usage{}).has_value());   // usage not reported
    }

    void warnings()
    {
        const auto catalog = PriceCatalog::load();
        QVERIFY(catalog.warnings(u"claude-sonnet-4-5-20250929"_s, QDate(2026, 11, 27)).join(u' ').contains(u"retires on 2026-11-30"_s));
        QVERIFY(catalog.warnings(u"gpt-5"_s, QDate(2026, 12, 12)).join(u' ').contains(u"was retired"_s));
        QVERIFY(catalog.warnings(u"claude-haiku-4-5"_s, QDate(2026, 11, 27)).isEmpty());
        QVERIFY(catalog.warnings(u"gpt-5-mini"_s, QDate(2026, 10, 1)).isEmpty());
        QVERIFY(catalog.warnings(u"mystery"_s, QDate(2026, 11, 27)).join(u' ').contains(u"unknown"_s));
        QVERIFY(catalog.warnings(u"claude-haiku-4-5"_s, catalog.asOf().addDays(91)).join(u' ').contains(u"90 days"_s));
    }

    /** Retirement against an injected today, from a user override catalogue: what the dialogs offer and run refuses. */
    void lifecycle_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("retired");
        QTest::addColumn<bool>("offered");
        QTest::addColumn<QString>("warning");
        QTest::newRow("long retired") << u"old-model"_s << QDate(2027, 1, 10) << true << false << u"was retired on 2026-12-31"_s;
        QTest::newRow("retired yesterday") << u"old-model"_s << QDate(2027, 1, 1) << true << false << u"was retired on 2026-12-31"_s;
        QTest::newRow("its last day") << u"old-model"_s << QDate(2026, 12, 31) << false << true << u"retires on 2026-12-31 (in 0 days)"_s;
        QTest::newRow("within 30 days") << u"old-model"_s << QDate(2026, 12, 10) << false << true << u"(in 21 days)"_s;
        QTest::newRow("far ahead") << u"old-model"_s << QDate(2026, 10, 1) << false << true << QString();
        QTest::newRow("no date") << u"new-model"_s << QDate(2030, 1, 1) << false << true << u"more than 90 days ago"_s;
        QTest::newRow("by alias") << u"old-model-2026"_s << QDate(2027, 1, 10) << true << false << u"was retired"_s;
    }

    void lifecycle()
    {
        QFETCH(QString, model);
        QFETCH(QDate, today);
        QFETCH(bool, retired);
        QFETCH(bool, offered);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"models.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"as_of": "2026-12-01", "models": {
            "old-model": {"provider": "vllm", "input": 1.0, "output": 2.0, "status": "deprecated", "retires_on": "2026-12-31",
                          "aliases": ["old-model-2026"]},
            "new-model": {"provider": "vllm", "input": 1.0, "output": 2.0}}})");
        f.close();
        const auto catalog = PriceCatalog::load(path);
        QCOMPARE(catalog.isRetired(model, today), retired);
        QCOMPARE(catalog.retired({model, model, u"new-model"_s}, today), retired ? QStringList{model} : QStringList());
        const QString id = catalog.find(model)->model;
        QCOMPARE(catalog.offeredModels(u"vllm"_s, today).contains(id), offered);
        QVERIFY(catalog.offeredModels(u"vllm"_s, today).contains(u"new-model"_s));
        QVERIFY(!catalog.offeredModels(u"vllm"_s, today).contains(u"gpt-5"_s));   // another provider's
        const QString text = catalog.warnings(model, today).join(u' ');
        if (warning.isEmpty())
            QVERIFY2(text.isEmpty(), qPrintable(text));
        else
            QVERIFY2(text.contains(warning), qPrintable(text));
        // several models: each warning once (the catalogue's age is said once)
        const QStringList many = catalog.warnings({model, u"new-model"_s, model, QString()}, QDate(2030, 1, 1));
        QCOMPARE(many.filter(u"90 days"_s).size(), 1);
    }

    void userOverride()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"models.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"as_of\": \"2027-01-05\", \"models\": {\n"
            "            \"gpt-5\": {\"input\": 1.0, \"output\": 8.0},\n"
            "            \"qwen3-coder\": {\"provider\": \"vllm\", \"input\": 0.0, \"output\": 0.0}}}");
        f.close();
        const auto catalog = PriceCatalog::load(path);
        QCOMPARE(catalog.find(u"gpt-5"_s)->input, 1.0);
        QCOMPARE(catalog.find(u"qwen3-coder"_s)->output, 0.0);
        QVERIFY(catalog.find(u"claude-haiku-4-5"_s).has_value());
        QCOMPARE(catalog.asOf(), QDate(2027, 1, 5));
        Usage u;
        u.known = true;
        u.inputUncached = 5000;
        QCOMPARE(catalog.cost(u"qwen3-coder"_s, u).value(), 0.0);   // free local model: 0, and known
    }
};

QTEST_APPLESS_MAIN(TstPriceCatalog)
#include "tst_pricecatalog.moc"
