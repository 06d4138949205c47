// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/agentpreview.h"

#include "exchange/codescientistexporter.h"
#include "exchange/libraryselection.h"
#include "llm/llmcall.h"
#include "llm/modelprofiles.h"
#include "llm/pricecatalog.h"
#include "llm/providerprofile.h"
#include "llm/tokenestimator.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::AgentPreview)
};

qint64 jsonTokens(const QByteArray &json)
{
    return llm::TokenEstimator::instance().estimate(QString::fromUtf8(json), llm::ContentKind::Json);
}

/** @p prompt's tokens: the index part as JSON, the rest as prose. */
qint64 promptTokens(const QString &prompt, const AgentPreview::Index &index)
{
    QString rest = prompt;
    rest.remove(QString::fromUtf8(index.summariesJson).trimmed());
    return index.tokens + llm::TokenEstimator::instance().estimate(rest, llm::ContentKind::Prose);
}
} // namespace

AgentPreview::Index AgentPreview::indexOf(const QList<VettedExample> &examples)
{
    Index index;
    index.summariesJson = CodeScientistExporter::summariesJson(examples);
    index.bytes = index.summariesJson.size();
    index.tokens = jsonTokens(index.summariesJson);
    index.names = QJsonDocument::fromJson(index.summariesJson).object().keys();
    const QStringList ordered = CodeScientistExporter::codeblockNames(examples);
    for (qsizetype i = 0; i < examples.size() && i < ordered.size(); ++i)
        index.nameOfExample.insert(examples.at(i).example.id, ordered.at(i));
    return index;
}

AgentPreview::Index AgentPreview::buildIndex(const std::shared_ptr<store::Workspace> &workspace, const LibrarySelection &selection)
{
    const auto chosen = selection.select(workspace);
    Index index = indexOf(chosen.examples);
    index.excluded = chosen.excluded;
    return index;
}

AgentPreview::ModelFit AgentPreview::fitFor(const Index &index, const QString &provider, const QString &model,
                                            const llm::ModelProfiles &profiles, const PlannerSettings &settings)
{
    const llm::ModelProfile profile = profiles.find(model);
    ModelFit f;
    f.provider = provider;
    f.model = model;
    f.contextWindow = profile.contextWindow;
    f.indexTokens = index.tokens;
    f.margin = settings.margin(profile.reasoning);
    f.share = double(index.tokens) / double(std::max<qint64>(1, profile.contextWindow));
    if (index.tokens + f.margin <= profile.contextWindow)
        f.fit = Fit::Fits;
    else if (index.tokens + settings.instructionTokens() + settings.answerBudget(profile.reasoning) <= profile.contextWindow)
        f.fit = Fit::Tight;
    else
        f.fit = Fit::TooLarge;
    return f;
}

QList<AgentPreview::ModelFit> AgentPreview::fitTable(const Index &index, const llm::PriceCatalog &prices, const llm::ModelProfiles &profiles,
                                                     const PlannerSettings &settings)
{
    QList<ModelFit> rows;
    for (const auto &m : prices.models())
        rows << fitFor(index, m.provider, m.model, profiles, settings);
    return rows;
}

QString AgentPreview::plannerPrompt(const Index &index, const QString &idea, const PlannerSettings &settings)
{
    // One pass over the template, so text inside the idea or the index is never taken for a placeholder.
    static const QRegularExpression placeholder(u"\\{\\{(idea|codeblock_summaries)\\}\\}"_s);
    const QString summaries = QString::fromUtf8(index.summariesJson).trimmed();
    QString out;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(settings.promptTemplate); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(settings.promptTemplate).mid(at, m.capturedStart() - at);
        out += m.captured(1) == u"idea"_s ? idea.trimmed() : summaries;
        at = m.capturedEnd();
    }
    out += QStringView(settings.promptTemplate).mid(at);
    return out;
}

QByteArray AgentPreview::subsetIndex(const Index &index, const QStringList &names)
{
    const QJsonObject all = QJsonDocument::fromJson(index.summariesJson).object();
    QJsonObject subset;
    for (const QString &name : names)
        if (all.contains(name))
            subset.insert(name, all.value(name));
    return QJsonDocument(subset).toJson(QJsonDocument::Indented);
}

AgentPreview::Outcome AgentPreview::ask(const std::shared_ptr<store::Workspace> &workspace, const Index &index, const Request &request,
                                        const Ranker &ranker, const std::atomic_bool *cancel, const llm::LlmClientOptions &options,
                                        const PlannerSettings &settings)
{
    if (request.idea.trimmed().isEmpty())
        throw Error(Tr::tr("Describe the research idea to preview."), Error::Kind::InvalidInput);
    llm::ProviderCatalog::instance().get(request.provider);   // an unknown provider: a clear error
    const QString overridePath = llm::PriceCatalog::defaultOverridePath();
    const auto profiles = llm::ModelProfiles::load(overridePath);
    const llm::ModelProfile profile = profiles.find(request.model);

    Outcome out;
    out.fit = fitFor(index, request.provider, request.model, profiles, settings);
    const QString prompt = plannerPrompt(index, request.idea, settings);
    out.promptTokens = promptTokens(prompt, index);
    const int answerBudget = settings.answerBudget(profile.reasoning);
    if (out.promptTokens + answerBudget > profile.contextWindow) {
        out.refusal = Tr::tr("The codeblock index (%1 tokens) does not fit %2: its window is %3 tokens, and the planner prompt "
                             "would take about %4 with %5 more for the answer. CodeScientist would paste the whole index all the "
                             "same and fail; nothing was sent.")
                          .arg(index.tokens)
                          .arg(request.model)
                          .arg(profile.contextWindow)
                          .arg(out.promptTokens)
                          .arg(answerBudget);
        if (ranker) {
            out.fallback = ranker(request.idea, settings.fallbackTopK);
            out.fallbackTokens = jsonTokens(subsetIndex(index, out.fallback));
        }
        return out;
    }
    if (cancel && cancel->load())
        throw Error(Tr::tr("The preview was cancelled."), Error::Kind::Cancelled);

    llm::LlmRequest r;
    r.provider = request.provider;
    r.model = request.model;
    r.baseUrl = request.baseUrl;
    r.logStage = u"agent_preview"_s;   // free text: CodeScientist reads the JSON out of the answer itself
    r.prompt = prompt;
    r.maxTokens = answerBudget;
    if (!profile.reasoning)
        r.temperature = settings.temperature;
    r.useCache = request.useCache;

    llm::LlmClient client(workspace, llm::PriceCatalog::load(overridePath), options);
    QEventLoop loop;
    llm::LlmResult result;
    llm::LlmCall *call = client.send(r);
    QObject::connect(call, &llm::LlmCall::finished, &loop, [&](const llm::LlmResult &answer) {
        result = answer;
        loop.quit();
    });
    QTimer watch;   // cancellation comes from another thread as a flag
    if (cancel) {
        QObject::connect(&watch, &QTimer::timeout, call, [cancel, call] {
            if (cancel->load())
                call->cancel();
        });
        watch.start(50);
    }
    loop.exec();
    watch.stop();

    out.sent = true;
    out.costUsd = result.costUsd;
    out.fromCache = result.fromCache;
    out.callId = result.callId;
    out.inputTokens = result.usage.totalInput();
    out.outputTokens = result.usage.output;
    if (result.status == llm::LlmResult::Status::Cancelled)
        throw Error(Tr::tr("The preview was cancelled."), Error::Kind::Cancelled);
    if (!result.ok()) {
        out.callError = result.error;
        return out;
    }
    out.answerText = result.text;
    try {
        PlannerAnswer answer = PlannerAnswer::parse(result.text);
        answer.check(index.names);
        out.answer = answer;
    } catch (const Error &e) {
        out.answerError = e.message();
    }
    return out;
}

QString AgentPreview::toString(Fit fit)
{
    switch (fit) {
    case Fit::Fits: return u"fits"_s;
    case Fit::Tight: return u"tight"_s;
    case Fit::TooLarge: return u"too_large"_s;
    }
    return {};
}

} // namespace wb::exchange
