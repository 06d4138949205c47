// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentpreviewcommand.h"

#include "commandparser.h"
#include "consoleoutput.h"
#include "exchange/agentpreview.h"
#include "exchange/libraryselection.h"
#include "library/codeblockranking.h"
#include "llm/credentials.h"
#include "llm/modelprofiles.h"
#include "llm/pricecatalog.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::AgentPreviewCommand)
};

using exchange::AgentPreview;

QString fitText(AgentPreview::Fit fit)
{
    switch (fit) {
    case AgentPreview::Fit::Fits: return Tr::tr("fits");
    case AgentPreview::Fit::Tight: return Tr::tr("tight: less than the margin left");
    case AgentPreview::Fit::TooLarge: return Tr::tr("TOO LARGE");
    }
    return {};
}

QJsonObject fitJson(const AgentPreview::ModelFit &f)
{
    return QJsonObject{{u"provider"_s, f.provider},        {u"model"_s, f.model},
                       {u"context_window"_s, f.contextWindow}, {u"index_tokens"_s, f.indexTokens},
                       {u"margin_tokens"_s, f.margin},     {u"share"_s, f.share},
                       {u"fit"_s, AgentPreview::toString(f.fit)}};
}

QString money(const std::optional<double> &v)
{
    return v ? u"$%1"_s.arg(*v, 0, 'f', 6) : Tr::tr("unknown (no price for this model)");
}
} // namespace

AgentPreviewCommand::AgentPreviewCommand(CliContext &context)
    : m_context(context)
{
}

int AgentPreviewCommand::run(const QStringList &args)
{
    CommandParser cp(Tr::tr("What CodeScientist would do with today's export: the codeblock_summaries.json that "
                            "'export --format codescientist' would write for the library selection, its size, and how "
                            "much of each catalogued model's context window it takes (CodeScientist pastes the whole index "
                            "into its ideation, planning and debugging prompts). With --model, send the planner request "
                            "CodeScientist builds for IDEA (the whole index and the idea; the answer names codeblocks) and "
                            "report the names picked, those not in the index (CodeScientist drops them silently) and the "
                            "cost; the call is recorded (stage agent_preview). An index too large for the model is not sent: "
                            "the entries a retrieval step would hand the planner are listed instead."));
    auto &p = cp.parser();
    p.addPositionalArgument(u"IDEA"_s, Tr::tr("The research idea, as text."));
    const QCommandLineOption model(u"model"_s, Tr::tr("Planner model as PROVIDER/MODEL, e.g. openai/gpt-5-mini."), u"provider/model"_s);
    const QCommandLineOption baseUrl(u"base-url"_s, Tr::tr("Server base URL (default: the provider's environment variable, else its default)."),
                                     u"url"_s);
    const QCommandLineOption campaign(u"campaign"_s, Tr::tr("Only this campaign's examples."), u"name"_s);
    const QCommandLineOption all(u"all"_s, Tr::tr("Every successful example, judged by a human or not (as export --all)."));
    const QCommandLineOption noCache(u"no-cache"_s, Tr::tr("Send the request even when an identical one was answered before."));
    p.addOptions({model, baseUrl, campaign, all, noCache});
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    const QString idea = p.positionalArguments().first();
    QString providerId, modelId;
    if (p.isSet(model)) {
        providerId = p.value(model).section(u'/', 0, 0).trimmed();
        modelId = p.value(model).section(u'/', 1).trimmed();
        if (providerId.isEmpty() || modelId.isEmpty()) {
            ConsoleOutput::err(Tr::tr("codedistiller: --model takes PROVIDER/MODEL, e.g. openai/gpt-5-mini\n"));
            return UsageError;
        }
        llm::ProviderCatalog::instance().get(providerId);   // unknown provider: usage error
    }
    if (idea.trimmed().isEmpty())
        throw Error(Tr::tr("agent-preview needs a research idea."), Error::Kind::InvalidInput);
    // Every key configured is known before the index is built, so that none reaches a prompt.
    llm::Credentials::registerConfiguredKeys();

    const auto ws = m_context.openWorkspace();
    exchange::LibrarySelection selection;
    selection.acceptedOnly = !p.isSet(all);
    selection.campaign = p.value(campaign);
    const auto index = AgentPreview::buildIndex(ws, selection);
    const auto &settings = exchange::PlannerSettings::builtIn();
    const QString overridePath = llm::PriceCatalog::defaultOverridePath();
    const auto prices = llm::PriceCatalog::load(overridePath);
    const auto profiles = llm::ModelProfiles::load(overridePath);
    QList<AgentPreview::ModelFit> table = AgentPreview::fitTable(index, prices, profiles, settings);

    std::optional<AgentPreview::Outcome> outcome;
    if (!modelId.isEmpty()) {
        if (!std::any_of(table.cbegin(), table.cend(), [&](const auto &f) { return f.model == modelId; }))
            table << AgentPreview::fitFor(index, providerId, modelId, profiles, settings);
        const AgentPreview::Ranker ranker = library::CodeblockRanking::over(ws, index, selection.acceptedOnly);
        outcome = AgentPreview::ask(ws, index, {providerId, modelId, p.value(baseUrl), idea, !p.isSet(noCache)}, ranker);
    }

    if (m_context.json) {
        QJsonArray models;
        for (const auto &f : std::as_const(table))
            models.append(fitJson(f));
        QJsonObject result{{u"index"_s, QJsonObject{{u"entries"_s, index.names.size()},
                                                    {u"bytes"_s, index.bytes},
                                                    {u"tokens_estimate"_s, index.tokens},
                                                    {u"names"_s, QJsonArray::fromStringList(index.names)},
                                                    {u"excluded"_s, QJsonArray::fromStringList(index.excluded)}}},
                           {u"margin"_s, QJsonObject{{u"instructions_tokens"_s, settings.instructionTokens()},
                                                     {u"stock_index_tokens"_s, settings.stockIndexTokens},
                                                     {u"idea_tokens"_s, settings.ideaTokens},
                                                     {u"mentioned_codeblocks_tokens"_s, settings.mentionedCodeblocksTokens},
                                                     {u"answer_tokens"_s, settings.answerTokens},
                                                     {u"reasoning_answer_tokens"_s, settings.reasoningAnswerTokens},
                                                     {u"reason"_s, settings.marginReason}}},
                           {u"models"_s, models}};
        if (outcome) {
            const auto &o = *outcome;
            QJsonObject planner{{u"provider"_s, providerId},
                                {u"model"_s, modelId},
                                {u"fit"_s, fitJson(o.fit)},
                                {u"prompt_tokens_estimate"_s, o.promptTokens},
                                {u"sent"_s, o.sent},
                                {u"refusal"_s, o.refusal.isEmpty() ? QJsonValue() : QJsonValue(o.refusal)},
                                {u"fallback"_s, QJsonArray::fromStringList(o.fallback)},
                                {u"fallback_tokens"_s, o.fallbackTokens},
                                {u"fallback_ranking"_s, u"term overlap"_s},
                                {u"call_id"_s, o.callId > 0 ? QJsonValue(o.callId) : QJsonValue()},
                                {u"from_cache"_s, o.fromCache},
                                {u"cost_usd"_s, o.costUsd ? QJsonValue(*o.costUsd) : QJsonValue()},
                                {u"input_tokens"_s, o.inputTokens},
                                {u"output_tokens"_s, o.outputTokens},
                                {u"call_error"_s, o.callError.isEmpty() ? QJsonValue() : QJsonValue(o.callError)},
                                {u"answer_error"_s, o.answerError.isEmpty() ? QJsonValue() : QJsonValue(o.answerError)}};
            if (o.answer) {
                planner.insert(u"prompt"_s, o.answer->prompt);
                planner.insert(u"codeblocks"_s, QJsonArray::fromStringList(o.answer->codeblocks));
                planner.insert(u"known"_s, QJsonArray::fromStringList(o.answer->known));
                planner.insert(u"unknown"_s, QJsonArray::fromStringList(o.answer->unknown));
                planner.insert(u"near_misses"_s, QJsonArray::fromStringList(o.answer->nearMisses));
            }
            result.insert(u"planner"_s, planner);
        }
        ConsoleOutput::json(result);
    } else {
        for (const QString &why : index.excluded)
            ConsoleOutput::err(Tr::tr("excluded: %1\n").arg(why));
        ConsoleOutput::out(Tr::tr("Codeblock index: %n entries, %1 bytes, about %2 tokens\n", nullptr, int(index.names.size()))
                               .arg(index.bytes)
                               .arg(index.tokens));
        if (index.names.isEmpty())
            ConsoleOutput::out(Tr::tr("The selection holds no example (only accepted ones count unless --all is given).\n"));
        ConsoleOutput::out(Tr::tr("Margin for the rest of CodeScientist's planner prompt: instructions %1 + stock summaries %2 + "
                                  "idea %3 + named codeblocks %4 + answer %5 (reasoning models %6) tokens\n\n")
                               .arg(settings.instructionTokens())
                               .arg(settings.stockIndexTokens)
                               .arg(settings.ideaTokens)
                               .arg(settings.mentionedCodeblocksTokens)
                               .arg(settings.answerTokens)
                               .arg(settings.reasoningAnswerTokens));
        QList<QStringList> rows{{u"MODEL"_s, u"PROVIDER"_s, u"WINDOW"_s, u"INDEX"_s, u"SHARE"_s, u"MARGIN"_s, u"FIT"_s}};
        for (const auto &f : std::as_const(table))
            rows.append({f.model, f.provider, QString::number(f.contextWindow), QString::number(f.indexTokens),
                         u"%1 %"_s.arg(f.share * 100, 0, 'f', 1), QString::number(f.margin), fitText(f.fit)});
        ConsoleOutput::table(rows);
        for (const auto &f : std::as_const(table)) {
            if (f.fit == AgentPreview::Fit::TooLarge)
                ConsoleOutput::out(Tr::tr("warning: the index does not fit %1 (%2 tokens).\n").arg(f.model).arg(f.contextWindow));
            else if (f.fit == AgentPreview::Fit::Tight)
                ConsoleOutput::out(Tr::tr("warning: the index leaves %1 less than the margin of %2 tokens.\n").arg(f.model).arg(f.margin));
        }
        if (outcome) {
            const auto &o = *outcome;
            ConsoleOutput::out(u"\n"_s);
            if (!o.refusal.isEmpty()) {
                ConsoleOutput::out(Tr::tr("Not sent to %1/%2: the index does not fit its window.\n").arg(providerId, modelId));
                ConsoleOutput::out(Tr::tr("A retrieval step (term overlap, top %1) would hand the planner instead (about %2 tokens):\n")
                                       .arg(settings.fallbackTopK)
                                       .arg(o.fallbackTokens));
                for (const QString &name : o.fallback)
                    ConsoleOutput::out(u"  "_s + name + u'\n');
                if (o.fallback.isEmpty())
                    ConsoleOutput::out(Tr::tr("  (no entry shares a word with the idea)\n"));
            } else if (!o.callError.isEmpty()) {
                ConsoleOutput::out(Tr::tr("Planner %1/%2: the call failed.\n").arg(providerId, modelId));
            } else {
                ConsoleOutput::out(Tr::tr("Planner %1/%2%3: cost %4, call %5\n")
                                       .arg(providerId, modelId, o.fromCache ? Tr::tr(" (from the cache)") : QString(), money(o.costUsd))
                                       .arg(o.callId));
                if (o.answer) {
                    ConsoleOutput::out(Tr::tr("Picked codeblocks: %1\n").arg(o.answer->codeblocks.size()));
                    for (const QString &name : o.answer->known)
                        ConsoleOutput::out(u"  "_s + name + u'\n');
                    for (qsizetype i = 0; i < o.answer->unknown.size(); ++i) {
                        const QString near = o.answer->nearMisses.value(i);
                        ConsoleOutput::out(near.isEmpty() ? Tr::tr("  UNKNOWN: %1 (not in the index; CodeScientist drops it)\n").arg(o.answer->unknown[i])
                                                          : Tr::tr("  UNKNOWN: %1 (not in the index; CodeScientist drops it; did it mean '%2'?)\n")
                                                                .arg(o.answer->unknown[i], near));
                    }
                    ConsoleOutput::out(Tr::tr("\nExperiment prompt:\n%1\n").arg(o.answer->prompt));
                }
            }
        }
    }
    if (outcome) {
        if (!outcome->refusal.isEmpty()) {
            ConsoleOutput::err(u"codedistiller: agent-preview: "_s + outcome->refusal + u'\n');
            return Failure;
        }
        if (!outcome->callError.isEmpty()) {
            ConsoleOutput::err(u"codedistiller: agent-preview: "_s + outcome->callError + u'\n');
            return Failure;
        }
        if (!outcome->answerError.isEmpty()) {
            ConsoleOutput::err(Tr::tr("codedistiller: agent-preview: %1 The answer is kept as call %2 ('codedistiller llm calls').\n")
                                   .arg(outcome->answerError)
                                   .arg(outcome->callId));
            return Failure;
        }
    }
    return Success;
}

} // namespace wb::cli
