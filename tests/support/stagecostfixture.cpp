// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagecostfixture.h"

#include "store/examplestatus.h"
#include "store/judgementstore.h"
#include "store/llmbatchstore.h"
#include "store/llmcallstore.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {
struct Call
{
    QString stage;
    QString status = u"ok"_s;
    bool usage = true;
    qint64 in = 0, read = 0, write = 0, out = 0, reasoning = 0;
    std::optional<double> cost;
    qint64 batch = 0;
};

void record(const std::shared_ptr<store::Workspace> &ws, qint64 exampleId, const QString &provider, const QString &model, const Call &c)
{
    static int n = 0;
    store::LlmCallRecord r;
    r.exampleId = exampleId;
    r.stage = c.stage;
    r.provider = provider;
    r.model = model;
    r.requestHash = u"hash-%1"_s.arg(++n);
    r.usageKnown = c.usage;
    r.inputTokens = c.in;
    r.cachedInputTokens = c.read;
    r.cacheWriteTokens = c.write;
    r.outputTokens = c.out;
    r.reasoningTokens = c.reasoning;
    r.costUsd = c.cost;
    r.status = c.status;
    r.error = c.status == u"error"_s ? u"schema: the answer is not valid"_s : QString();
    r.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + n * 1000, Qt::UTC);
    r.finishedAt = r.startedAt.addMSecs(800);
    const qint64 id = store::LlmCallStore(ws).record(r, "{}", c.status == u"ok"_s ? QByteArray("{}") : QByteArray());
    if (c.batch > 0)
        store::LlmBatchStore(ws).markCall(id, c.batch);
}

qint64 campaign(store::PipelineStore &pipeline, const QString &name, const QString &provider, const QString &model)
{
    const QJsonObject config{{u"generator"_s, QJsonObject{{u"provider"_s, provider}, {u"model"_s, model}}}, {u"max_rounds"_s, 5}};
    return pipeline.createCampaign(name, QJsonDocument(config).toJson(QJsonDocument::Compact));
}

qint64 example(store::PipelineStore &pipeline, qint64 campaignId, qint64 repositoryId, store::ExampleStatus status)
{
    qint64 id = 0;
    for (const auto &e : pipeline.addExamples(campaignId, {repositoryId}))
        if (e.repositoryId == repositoryId)
            id = e.id;
    pipeline.setExampleState(id, status, u"done"_s);
    return id;
}
} // namespace

StageCostFixture::Ids StageCostFixture::build(const std::shared_ptr<store::Workspace> &ws)
{
    store::RepositoryStore repositories(ws);
    const qint64 r1 = repositories.addExternal(u"alpha"_s, u"alpha"_s, u"https://github.com/lab/alpha"_s);
    const qint64 r2 = repositories.addExternal(u"beta"_s, u"beta"_s, u"https://github.com/lab/beta"_s);
    store::PipelineStore pipeline(ws);
    Ids ids;
    using S = store::ExampleStatus;
    ids.gpt5 = campaign(pipeline, u"gpt-5"_s, u"openai"_s, u"gpt-5"_s);
    ids.gpt5Examples = {example(pipeline, ids.gpt5, r1, S::Success), example(pipeline, ids.gpt5, r2, S::Failed)};
    ids.claude = campaign(pipeline, u"claude-sonnet-4-5"_s, u"anthropic"_s, u"claude-sonnet-4-5"_s);
    ids.claudeExamples = {example(pipeline, ids.claude, r1, S::Success)};
    ids.idle = campaign(pipeline, u"idle"_s, u"openai"_s, u"gpt-5-mini"_s);
    pipeline.addExamples(ids.idle, {r1});

    store::LlmBatchRecord batch;
    batch.campaignId = ids.gpt5;
    batch.purpose = u"file_classification"_s;
    batch.provider = u"openai"_s;
    batch.model = u"gpt-5"_s;
    batch.baseUrl = u"https://api.openai.com/v1"_s;
    batch.status = u"ended"_s;
    batch.requestCount = 3;
    batch.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    const qint64 batchId = store::LlmBatchStore(ws).create(batch, {});

    const qint64 a = ids.gpt5Examples[0], b = ids.gpt5Examples[1];
    const QString openai = u"openai"_s, gpt5 = u"gpt-5"_s;
    // gpt-5: summaries, synchronous
    record(ws, a, openai, gpt5, {u"repository_summary"_s, u"ok"_s, true, 1000, 0, 0, 200, 50, 0.003, 0});
    record(ws, b, openai, gpt5, {u"repository_summary"_s, u"ok"_s, true, 800, 0, 0, 150, 0, 0.0025, 0});
    // classification: three answers from the batch (batch price), one synchronous call that failed before any usage
    for (const qint64 e : {a, a, b})
        record(ws, e, openai, gpt5, {u"file_classification"_s, u"ok"_s, true, 500, 0, 0, 20, 0, 0.0004, batchId});
    record(ws, b, openai, gpt5, {u"file_classification"_s, u"error"_s, false, 0, 0, 0, 0, 0, std::nullopt, 0});
    // generation: one with a cache read, one answered from the workbench's cache (the original's usage, no cost)
    record(ws, a, openai, gpt5, {u"example_generation"_s, u"ok"_s, true, 300, 1200, 0, 900, 300, 0.012, 0});
    record(ws, b, openai, gpt5, {u"example_generation"_s, u"cached"_s, true, 300, 1200, 0, 900, 300, 0.0, 0});
    // judge: a cache write, and a billed answer that failed validation
    record(ws, a, openai, gpt5, {u"judge_verdict"_s, u"ok"_s, true, 100, 0, 2000, 80, 0, 0.008, 0});
    record(ws, b, openai, gpt5, {u"judge_verdict"_s, u"error"_s, true, 100, 0, 0, 5, 0, 0.0001, 0});
    // repair: usage known, no price
    record(ws, b, openai, gpt5, {u"example_repair"_s, u"ok"_s, true, 400, 1600, 0, 700, 0, std::nullopt, 0});
    // a free-text stage
    record(ws, a, openai, gpt5, {u"agent_preview"_s, u"ok"_s, true, 50, 0, 0, 10, 0, 0.0001, 0});

    // claude-sonnet-4-5: Anthropic's input excludes cache reads and writes, as stored
    const QString anthropic = u"anthropic"_s, sonnet = u"claude-sonnet-4-5"_s;
    record(ws, ids.claudeExamples[0], anthropic, sonnet, {u"example_generation"_s, u"ok"_s, true, 200, 0, 1500, 600, 0, 0.02, 0});
    record(ws, ids.claudeExamples[0], anthropic, sonnet, {u"judge_verdict"_s, u"ok"_s, true, 100, 1500, 0, 50, 0, 0.001, 0});

    // a call of no example (a settings test): in no campaign
    record(ws, 0, openai, gpt5, {u"free_text"_s, u"ok"_s, true, 10, 0, 0, 1, 0, 0.5, 0});
    return ids;
}

void StageCostFixture::judge(const std::shared_ptr<store::Workspace> &workspace, const QList<qint64> &examples,
                             const QString &annotator)
{
    store::JudgementStore judgements(workspace);
    for (const qint64 e : examples) {
        store::JudgementRecord j;
        j.exampleId = e;
        j.annotator = annotator;
        j.functionCorrect = store::CriterionAnswer::Yes;
        judgements.add(j);
    }
}

} // namespace wb::test
