// SPDX-License-Identifier: GPL-3.0-or-later
// Prompt caching of the per-file classification: the shared part first with a cache breakpoint, the file
// last, one warm-up call before the fan-out, and the providers' cache usage stored and priced.
#include "fakebatchapi.h"
#include "fakellmserver.h"
#include "gitfixture.h"
#include "llm/llmclient.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignrunner.h"
#include "repo/repositoryingestor.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

constexpr int kCached = 4300;   // the prefix as the fake provider counts it

/** Which stage a request is for: the forced tool (Anthropic) or the response format's name (OpenAI). */
QString stageOf(const nlohmann::json &body)
{
    if (body.contains("tool_choice"))
        return QString::fromStdString(body["tool_choice"].value("name", std::string()));
    if (body.contains("response_format"))
        return QString::fromStdString(body["response_format"]["json_schema"].value("name", std::string()));
    return {};
}

/** The user message's text blocks (a plain string is one block). */
QStringList blocksOf(const nlohmann::json &body)
{
    const auto &content = body["messages"].back()["content"];
    if (content.is_string())
        return {QString::fromStdString(content.get<std::string>())};
    QStringList out;
    for (const auto &block : content)
        out << QString::fromStdString(block.value("text", std::string()));
    return out;
}

int cacheBreakpoints(const nlohmann::json &j)
{
    int n = 0;
    if (j.is_object()) {
        for (const auto &[key, value] : j.items())
            n += key == "cache_control" ? 1 : cacheBreakpoints(value);
    } else if (j.is_array()) {
        for (const auto &value : j)
            n += cacheBreakpoints(value);
    }
    return n;
}

nlohmann::json classification(int rating)
{
    return {{"classification", "code_general"}, {"description", "A file of matlib."}, {"important_information", nullptr},
            {"computational_requirements", nullptr}, {"highly_relevant_files", nlohmann::json::array()},
            {"how_relevant_rating", rating}, {"stand_alone_example", false}, {"needs_gpu", false}};
}

/**
 * A provider with a prompt cache: the first classification writes the prefix (its answer comes late, so
 * requests sent without waiting for it would arrive first), every later one reads it; generation is
 * refused so that an example ends after its classification.
 */
std::function<test::FakeResponse(const test::RecordedRequest &)> cachingProvider()
{
    auto classified = std::make_shared<QAtomicInt>(0);
    return [classified](const test::RecordedRequest &request) -> test::FakeResponse {
        const nlohmann::json body = request.json();
        const QString stage = stageOf(body);
        const bool anthropic = request.path.endsWith("/v1/messages");
        const auto answer = [&](const nlohmann::json &value, const nlohmann::json &usage) {
            return anthropic ? test::FakeResponse::anthropicTool(stage, value, usage)
                             : test::FakeResponse::openAi(QString::fromStdString(value.dump()), usage);
        };
        if (stage == u"repository_summary"_s)
            return answer({{"description", "matlib computes lattice energies of fcc crystals."},
                           {"highly_relevant_files", {"examples/demo.py"}}},
                          anthropic ? nlohmann::json{{"input_tokens", 900}, {"output_tokens", 80}}
                                    : nlohmann::json{{"prompt_tokens", 900}, {"completion_tokens", 80}});
        if (stage == u"file_classification"_s) {
            const bool first = classified->fetchAndAddOrdered(1) == 0;
            nlohmann::json usage;
            if (anthropic && first)
                usage = {{"input_tokens", 300}, {"cache_creation_input_tokens", kCached}, {"cache_read_input_tokens", 0},
                         {"cache_creation", {{"ephemeral_5m_input_tokens", kCached}, {"ephemeral_1h_input_tokens", 0}}},
                         {"output_tokens", 60}};
            else if (anthropic)
                usage = {{"input_tokens", 300}, {"cache_creation_input_tokens", 0}, {"cache_read_input_tokens", kCached},
                         {"output_tokens", 60}};
            else
                usage = {{"prompt_tokens", 300 + kCached}, {"completion_tokens", 60},
                         {"prompt_tokens_details", {{"cached_tokens", first ? 0 : kCached}}}};
            test::FakeResponse r = answer(classification(3), usage);
            if (first)
                r.delayMs = 400;   // not a timed assertion: only makes a missing warm-up visible
            return r;
        }
        return anthropic ? test::FakeResponse::error(400, {{"type", "error"}, {"error", {{"type", "invalid_request_error"}, {"message", "refused"}}}})
                         : test::FakeResponse::error(400, {{"error", {{"message", "refused"}, {"type", "invalid_request_error"}}}});
    };
}

struct Classified
{
    QList<nlohmann::json> bodies;
    QList<int> writtenBefore;
    int firstIndex = -1;   ///< of the first classification request among all requests
};

Classified classificationRequests(const test::FakeLlmServer &server, const QByteArray &path)
{
    Classified c;
    const auto requests = server.requests();
    for (int i = 0; i < requests.size(); ++i) {
        if (!requests[i].path.endsWith(path))
            continue;
        const nlohmann::json body = requests[i].json();
        if (stageOf(body) != u"file_classification"_s)
            continue;
        if (c.firstIndex < 0)
            c.firstIndex = i;
        c.bodies << body;
        c.writtenBefore << requests[i].answersWrittenBefore;
    }
    return c;
}

struct CallRow
{
    qint64 input = 0;
    qint64 cachedInput = 0;
    qint64 cacheWrite = 0;
    qint64 output = 0;
    double cost = 0;
};

QList<CallRow> classificationCalls(const std::shared_ptr<store::Workspace> &ws)
{
    QSqlQuery q = store::exec(ws->database(), u"SELECT input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, cost_usd "
                                              "FROM llm_calls WHERE stage = 'file_classification' AND status = 'ok' ORDER BY id"_s);
    QList<CallRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toDouble()});
    return rows;
}

} // namespace

class TstPromptCaching : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    qint64 runCampaign(const std::shared_ptr<store::Workspace> &ws, const pipeline::ModelChoice &model, bool economy = false)
    {
        pipeline::CampaignConfig c;
        c.generator = model;
        c.classifier = model;
        c.judge = model;
        c.executor = u"local"_s;
        c.maxRounds = 1;
        c.limits.wallSeconds = 60;
        if (economy)
            c.classificationMode = u"economy"_s;
        store::PipelineStore pipeline(ws);
        const qint64 id = pipeline.createCampaign(u"caching"_s, c.toJson());
        pipeline.addExamples(id, {repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(m_repo)).id});
        llm::LlmClientOptions options;
        options.batchPollIntervalMs = 20;
        pipeline::CampaignRunner runner(ws, id, options);
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        runner.start();
        if (!finished.wait(120000))
            qFatal("the campaign did not finish");
        return id;
    }

    /** The shared prefix is the same in every request; each request's own part names its file last. */
    static void verifySharedPrefix(const QStringList &prefixes, const QStringList &rests)
    {
        QVERIFY(prefixes.size() >= 3);
        QSet<QString> files;
        for (int i = 0; i < prefixes.size(); ++i) {
            QCOMPARE(prefixes[i], prefixes.first());
            QVERIFY2(rests[i].startsWith(u"File: "_s), qPrintable(rests[i].left(60)));
            QVERIFY(rests[i].contains(u"<file>\n"_s));
            QVERIFY(!rests[i].contains(u"Answer with:"_s));
            files.insert(rests[i].section(u' ', 1, 1));
        }
        QCOMPARE(files.size(), prefixes.size());   // one request per file
        QVERIFY(prefixes.first().contains(u"Answer with:"_s));
        QVERIFY(prefixes.first().contains(u"Repository summary (from its README):"_s));
        QVERIFY(!prefixes.first().contains(u"File: "_s));
    }

    /** The first classification was answered before any other was sent. */
    static void verifyWarmUp(const Classified &c)
    {
        for (int i = 1; i < c.writtenBefore.size(); ++i)
            QVERIFY2(c.writtenBefore[i] > c.writtenBefore.first(),
                     qPrintable(u"request %1 was sent before the first classification was answered"_s.arg(i)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        qputenv("ANTHROPIC_API_KEY", "sk-ant-test-caching");
        qputenv("OPENAI_API_KEY", "sk-test-caching");
        m_repo = m_dir.filePath(u"matlib"_s);
        test::GitFixture repo(m_repo);
        QByteArray readme = "# matlib\n\nLattice energies of simple crystals with a toy pair potential.\n";
        for (int i = 1; i <= 60; ++i)
            readme += "\n## Section " + QByteArray::number(i)
                      + "\n\nmatlib computes the energy per atom of an fcc lattice for a lattice constant a, with a Lennard-Jones pair "
                        "potential summed over the twelve nearest neighbours. Step "
                      + QByteArray::number(i) + " of the tutorial: choose a spacing, call lattice_energy(a), and compare.\n";
        repo.addFile("README.md", readme);
        repo.addFile("setup.py", "from setuptools import setup\nsetup(name='matlib', packages=['matlib'])\n");
        repo.addFile("matlib/__init__.py", "from .core import lattice_energy\n");
        repo.addFile("matlib/core.py", "import math\n\n\ndef lattice_energy(a, epsilon=1.0):\n    r = a / math.sqrt(2)\n"
                                       "    return 24 * epsilon * ((1 / r) ** 12 - (1 / r) ** 6)\n");
        repo.addFile("examples/demo.py", "from matlib import lattice_energy\n\nfor a in (1.5, 1.6, 1.7):\n    print(a, lattice_energy(a))\n");
        repo.commit("matlib 0.1");
    }

    void anthropicCachesTheSharedPartAfterOneWarmUpCall()
    {
        test::FakeLlmServer server;
        server.setHandler(cachingProvider());
        test::TempWorkspace tmp;
        runCampaign(tmp.workspace(), {u"anthropic"_s, u"claude-haiku-4-5-20251001"_s, server.anthropicBaseUrl()});

        const Classified c = classificationRequests(server, "/v1/messages");
        QStringList prefixes, rests;
        for (const nlohmann::json &body : c.bodies) {
            QCOMPARE(cacheBreakpoints(body), 1);   // exactly one, on the shared block
            const auto &content = body["messages"][0]["content"];
            QCOMPARE(content.size(), 2u);
            QVERIFY(content[0]["cache_control"] == nlohmann::json({{"type", "ephemeral"}}));
            const QStringList blocks = blocksOf(body);
            prefixes << blocks.first();
            rests << blocks.last();
        }
        verifySharedPrefix(prefixes, rests);
        QVERIFY(rests.join(u'\n').contains(u"def lattice_energy(a, epsilon=1.0):"_s));   // the file's content in the last block
        // Haiku 4.5 caches from 4,096 tokens on: the README's beginning lengthens the shared part, not all of it.
        QVERIFY(prefixes.first().contains(u"README excerpt (for context):\n<readme>\n# matlib\n"_s));
        QVERIFY(!prefixes.first().contains(u"## Section 60\n"_s));
        verifyWarmUp(c);

        // The provider's cache accounting lands in the call log and the cost (Haiku 4.5: $1 in, $0.10 read,
        // $1.25 write, $5 out per million).
        const QList<CallRow> calls = classificationCalls(tmp.workspace());
        QCOMPARE(calls.size(), c.bodies.size());
        int writes = 0;
        for (const CallRow &row : calls) {
            QCOMPARE(row.input, 300);
            QCOMPARE(row.output, 60);
            if (row.cacheWrite > 0) {
                ++writes;
                QCOMPARE(row.cacheWrite, kCached);
                QCOMPARE(row.cachedInput, 0);
                QVERIFY(qFuzzyCompare(row.cost, (300 * 1.0 + kCached * 1.25 + 60 * 5.0) / 1e6));
            } else {
                QCOMPARE(row.cachedInput, kCached);
                QVERIFY(qFuzzyCompare(row.cost, (300 * 1.0 + kCached * 0.1 + 60 * 5.0) / 1e6));
            }
        }
        QCOMPARE(writes, 1);
    }

    void openAiRoutesByKeyAndCachesByItself()
    {
        test::FakeLlmServer server;
        server.setHandler(cachingProvider());
        test::TempWorkspace tmp;
        runCampaign(tmp.workspace(), {u"openai"_s, u"gpt-5-mini"_s, server.openAiBaseUrl()});

        const Classified c = classificationRequests(server, "/chat/completions");
        QStringList prefixes, rests;
        QSet<std::string> keys;
        for (const nlohmann::json &body : c.bodies) {
            QCOMPARE(cacheBreakpoints(body), 0);
            QVERIFY(body.contains("prompt_cache_key"));
            keys.insert(body["prompt_cache_key"].get<std::string>());
            const QString prompt = blocksOf(body).first();   // one string: the prefix is cached as it is
            const qsizetype split = prompt.indexOf(u"\nFile: "_s) + 1;
            prefixes << prompt.left(split);
            rests << prompt.mid(split);
        }
        QCOMPARE(keys.size(), 1u);   // one key per repository, commit and stage
        verifySharedPrefix(prefixes, rests);
        QVERIFY(prefixes.first().contains(u"README excerpt (for context)"_s));   // 1,024 tokens for GPT-5 mini
        verifyWarmUp(c);

        // cached_tokens is part of prompt_tokens: stored apart, priced at the cached price ($0.25 in, $0.025 cached, $2 out).
        const QList<CallRow> calls = classificationCalls(tmp.workspace());
        QCOMPARE(calls.size(), c.bodies.size());
        int hits = 0;
        for (const CallRow &row : calls) {
            QCOMPARE(row.cacheWrite, 0);
            QCOMPARE(row.input + row.cachedInput, 300 + kCached);
            hits += row.cachedInput == kCached;
            QVERIFY(qFuzzyCompare(row.cost, (row.input * 0.25 + row.cachedInput * 0.025 + 60 * 2.0) / 1e6));
        }
        QCOMPARE(hits, calls.size() - 1);
    }

    void aLocalServerGetsTheMethodsWordsOnly()
    {
        test::FakeLlmServer server;
        server.setHandler(cachingProvider());
        test::TempWorkspace tmp;
        runCampaign(tmp.workspace(), {u"vllm"_s, u"gpt-oss-120b"_s, server.openAiBaseUrl()});
        const Classified c = classificationRequests(server, "/chat/completions");
        QVERIFY(c.bodies.size() >= 3);
        QStringList prefixes, rests;
        for (const nlohmann::json &body : c.bodies) {
            QVERIFY(!body.contains("prompt_cache_key"));   // the profile does not take one
            const QString prompt = blocksOf(body).first();
            QVERIFY(!prompt.contains(u"README excerpt"_s));   // no cache minimum: no excerpt
            const qsizetype split = prompt.indexOf(u"\nFile: "_s) + 1;
            prefixes << prompt.left(split);
            rests << prompt.mid(split);
        }
        verifySharedPrefix(prefixes, rests);   // still the same order, which local prefix caches use too
    }

    void theAnthropicBatchKeepsItsCacheForAnHour()
    {
        test::FakeLlmServer server;
        server.setHandler(cachingProvider());
        test::TempWorkspace tmp;
        runCampaign(tmp.workspace(), {u"anthropic"_s, u"claude-haiku-4-5-20251001"_s, server.anthropicBaseUrl()}, true);
        QCOMPARE(server.batches().created(), 1);
        nlohmann::json created;
        for (const auto &r : server.requests())
            if (r.method == "POST" && r.path.endsWith("/v1/messages/batches"))
                created = r.json();
        QVERIFY(created.contains("requests"));
        QStringList prefixes;
        for (const auto &line : created["requests"]) {
            const auto &params = line["params"];
            QCOMPARE(cacheBreakpoints(params), 1);
            QVERIFY(params["messages"][0]["content"][0]["cache_control"] == nlohmann::json({{"type", "ephemeral"}, {"ttl", "1h"}}));
            prefixes << blocksOf(params).first();
        }
        QVERIFY(prefixes.size() >= 3);
        QCOMPARE(QSet<QString>(prefixes.cbegin(), prefixes.cend()).size(), 1);
        // Priced at the batch price on top of the cache prices (Haiku 4.5's batch factor 0.5).
        const QList<CallRow> calls = classificationCalls(tmp.workspace());
        QCOMPARE(calls.size(), prefixes.size());
        for (const CallRow &row : calls) {
            const double full = (300 * 1.0 + row.cacheWrite * 1.25 + row.cachedInput * 0.1 + 60 * 5.0) / 1e6;
            QVERIFY(row.cacheWrite + row.cachedInput == kCached);
            QVERIFY(qFuzzyCompare(row.cost, full * 0.5));
        }
    }
};

QTEST_GUILESS_MAIN(TstPromptCaching)
#include "tst_promptcaching.moc"
