// SPDX-License-Identifier: GPL-3.0-or-later
// The agent preview: the index is the export's, its size and fit per model, the planner request and the
// names the model picks, malformed answers, a refused index with the fallback ranking, cancellation.
#include "codeblocklibrary.h"
#include "exchange/agentpreview.h"
#include "exchange/codescientistexporter.h"
#include "exchange/libraryselection.h"
#include "exchange/planneranswer.h"
#include "library/codeblockranking.h"
#include "fakellmserver.h"
#include "llm/modelprofiles.h"
#include "llm/pricecatalog.h"
#include "llm/tokenestimator.h"
#include "store/llmcallstore.h"
#include "store/pipelinestore.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using exchange::AgentPreview;
using test::FakeResponse;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString fenced(const nlohmann::json &answer)
{
    return u"Here is the plan.\n```json\n"_s + QString::fromStdString(answer.dump(2)) + u"\n```\n"_s;
}
} // namespace

class TstAgentPreview : public QObject
{
    Q_OBJECT

    test::TempWorkspace m_tmp;
    AgentPreview::Index m_index;

    static void writeModelOverride(const QByteArray &json)
    {
        const QString path = llm::PriceCatalog::defaultOverridePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(llm::PriceCatalog::defaultOverridePath());
        qputenv("OPENAI_API_KEY", "sk-test-agentpreview-0123456789abcdef");
        qputenv("ANTHROPIC_API_KEY", "sk-ant-test-agentpreview-0123456789");
        test::CodeblockLibrary::build(m_tmp.workspace(), 5);
        m_index = AgentPreview::buildIndex(m_tmp.workspace(), exchange::LibrarySelection());
    }

    void cleanupTestCase() { QFile::remove(llm::PriceCatalog::defaultOverridePath()); }

    void indexIsWhatTheExportWrites()
    {
        QCOMPARE(m_index.names.size(), 5);
        QTemporaryDir out;
        exchange::CodeScientistExporter::write(exchange::LibrarySelection().select(m_tmp.workspace()).examples, out.path());
        QCOMPARE(m_index.summariesJson, readAll(out.filePath(u"codeblocks/codeblock_summaries.json"_s)));
        QCOMPARE(m_index.bytes, qint64(m_index.summariesJson.size()));
        QCOMPARE(m_index.tokens, llm::TokenEstimator::instance().estimate(QString::fromUtf8(m_index.summariesJson), llm::ContentKind::Json));
        QVERIFY(m_index.tokens > m_index.bytes / 6 && m_index.tokens < m_index.bytes);
        const QJsonObject entry = QJsonDocument::fromJson(m_index.summariesJson).object().value(m_index.names.first()).toObject();
        QCOMPARE(entry.keys().size(), 8);   // CodeScientist's eight keys
    }

    void fitAgainstTheWindow_data()
    {
        QTest::addColumn<qint64>("window");
        QTest::addColumn<int>("fit");
        const auto &s = exchange::PlannerSettings::builtIn();
        const qint64 tokens = m_index.tokens;
        QTest::newRow("room for everything") << tokens + s.margin(false) << int(AgentPreview::Fit::Fits);
        QTest::newRow("one token short of the margin") << tokens + s.margin(false) - 1 << int(AgentPreview::Fit::Tight);
        QTest::newRow("just the request") << tokens + s.instructionTokens() + s.answerTokens << int(AgentPreview::Fit::Tight);
        QTest::newRow("not even the request") << tokens + s.instructionTokens() + s.answerTokens - 1 << int(AgentPreview::Fit::TooLarge);
    }

    void fitAgainstTheWindow()
    {
        QFETCH(qint64, window);
        QFETCH(int, fit);
        const llm::ModelProfiles profiles(QString(uR"({"models": {"m": {"context_window": %1, "reasoning": false}}})"_s).arg(window).toUtf8());
        const auto f = AgentPreview::fitFor(m_index, u"openai"_s, u"m"_s, profiles);
        QCOMPARE(int(f.fit), fit);
        QCOMPARE(f.contextWindow, window);
        QCOMPARE(f.share, double(m_index.tokens) / double(window));
        // A reasoning model's answer budget is larger, so the same window fits less.
        const llm::ModelProfiles reasoning(QString(uR"({"models": {"m": {"context_window": %1, "reasoning": true}}})"_s).arg(window).toUtf8());
        QVERIFY(AgentPreview::fitFor(m_index, u"openai"_s, u"m"_s, reasoning).fit >= AgentPreview::Fit(fit));
    }

    void tableHasEveryCatalogueModel()
    {
        const auto prices = llm::PriceCatalog::load();
        const auto table = AgentPreview::fitTable(m_index, prices, llm::ModelProfiles::load());
        QCOMPARE(table.size(), prices.models().size());
        for (const auto &row : table) {
            QVERIFY(row.contextWindow >= 128000);
            QCOMPARE(row.fit, AgentPreview::Fit::Fits);   // five entries fit every catalogued model
        }
    }

    void promptCarriesTheWholeIndexAndTheIdeaTwice()
    {
        const QString idea = u"Compare crystal {{codeblock_summaries}} densities across space groups"_s;
        const QString prompt = AgentPreview::plannerPrompt(m_index, idea);
        QVERIFY(prompt.contains(QString::fromUtf8(m_index.summariesJson).trimmed()));
        QCOMPARE(prompt.count(idea), 2);   // a placeholder inside the idea stays text
        QVERIFY(!prompt.contains(u"{{idea}}"_s));
        QVERIFY(prompt.contains(u"`prompt`"_s) && prompt.contains(u"`codeblocks`"_s));
    }

    void answersAreReadAndNamesChecked()
    {
        const QString known = m_index.names.first();
        const auto answer = exchange::PlannerAnswer::parse(
            fenced({{"prompt", "Build it."}, {"codeblocks", {known.toStdString(), known.toUpper().toStdString(), "Logger/Debugging"}}}));
        exchange::PlannerAnswer checked = answer;
        checked.check(m_index.names);
        QCOMPARE(checked.prompt, u"Build it."_s);
        QCOMPARE(checked.known, QStringList{known});
        QCOMPARE(checked.unknown, (QStringList{known.toUpper(), u"Logger/Debugging"_s}));
        QCOMPARE(checked.nearMisses, (QStringList{known, QString()}));   // a case slip is named
    }

    void malformedAnswersSayWhat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("prose") << u"I cannot help with that."_s << u"holds no JSON"_s;
        QTest::newRow("a list") << u"```\n[\"a\"]\n```"_s << u"not an object"_s;
        QTest::newRow("no codeblocks") << u"{\"prompt\": \"x\"}"_s << u"lacks codeblocks"_s;
        QTest::newRow("no keys") << u"{\"plan\": \"x\"}"_s << u"lacks prompt and codeblocks"_s;
        QTest::newRow("names not a list") << u"{\"prompt\": \"x\", \"codeblocks\": \"a, b\"}"_s << u"not a list"_s;
        QTest::newRow("a number as name") << u"{\"prompt\": \"x\", \"codeblocks\": [1]}"_s << u"not a name"_s;
    }

    void malformedAnswersSayWhat()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            exchange::PlannerAnswer::parse(text);
            QFAIL("a malformed answer was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QCOMPARE(e.kind(), Error::Kind::InvalidInput);
        }
    }

    void bm25RankingNamesTheMatchingCodeblockFirst()
    {
        const AgentPreview::Ranker ranking = library::CodeblockRanking::over(m_tmp.workspace(), m_index, true);
        const QStringList ranked = ranking(u"space group of a crystal structure"_s, 3);
        QVERIFY(!ranked.isEmpty() && ranked.size() <= 3);
        QVERIFY2(ranked.first().startsWith(u"pymatgen"_s), qPrintable(ranked.join(u" | "_s)));
        for (const QString &name : ranked)
            QVERIFY(m_index.names.contains(name));   // only entries of the index
        QVERIFY(ranking(u"zzz qqq"_s, 3).isEmpty());
    }

    void tooLargeIndexIsRefusedWithTheFallback()
    {
        writeModelOverride(R"({"models": {"tiny-planner": {"provider": "anthropic", "input": 1, "output": 5, "context_window": 9000}}})");
        test::FakeLlmServer server;
        const AgentPreview::Ranker ranking = library::CodeblockRanking::over(m_tmp.workspace(), m_index, true);
        int asked = 0;
        const AgentPreview::Ranker ranker = [&](const QString &q, int k) {
            ++asked;
            return ranking(q, k);
        };
        const auto o = AgentPreview::ask(m_tmp.workspace(), m_index,
                                         {u"anthropic"_s, u"tiny-planner"_s, server.anthropicBaseUrl(), u"crystal space group density"_s, false},
                                         ranker);
        QFile::remove(llm::PriceCatalog::defaultOverridePath());
        QVERIFY(!o.sent);
        QCOMPARE(server.requestCount(), 0);
        QVERIFY2(o.refusal.contains(u"does not fit tiny-planner"_s), qPrintable(o.refusal));
        QCOMPARE(o.fit.fit, AgentPreview::Fit::TooLarge);
        QCOMPARE(asked, 1);
        QVERIFY(o.fallback.first().startsWith(u"pymatgen"_s));
        QCOMPARE(o.fallbackTokens, llm::TokenEstimator::instance().estimate(
                                       QString::fromUtf8(AgentPreview::subsetIndex(m_index, o.fallback)), llm::ContentKind::Json));
        QVERIFY(o.fallbackTokens < m_index.tokens);
    }

    void cancelStopsTheCall()
    {
        test::FakeLlmServer server;
        std::atomic_bool cancel = false;
        server.setHandler([&cancel](const test::RecordedRequest &) {
            cancel = true;   // the user cancels while the model thinks
            return FakeResponse::withFault(FakeResponse::Fault::Stall);
        });
        try {
            AgentPreview::ask(m_tmp.workspace(), m_index, {u"openai"_s, u"gpt-5-mini"_s, server.openAiBaseUrl(), u"Idea C"_s, false}, {},
                              &cancel);
            QFAIL("a cancelled preview returned");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Cancelled);
        }
        QCOMPARE(store::LlmCallStore(m_tmp.workspace()).calls(1).first().status, u"cancelled"_s);
    }

    void emptyIdeaIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Error, AgentPreview::ask(m_tmp.workspace(), m_index, {u"openai"_s, u"gpt-5-mini"_s, {}, u"  "_s, false}, {}));
    }
};

QTEST_GUILESS_MAIN(TstAgentPreview)
#include "tst_agentpreview.moc"
