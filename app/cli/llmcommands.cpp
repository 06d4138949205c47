// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmcommands.h"

#include "commandparser.h"
#include "commandgroup.h"
#include "consoleoutput.h"
#include "llm/cassette.h"
#include "llm/llmcall.h"
#include "llm/llmclient.h"
#include "llm/modelprofiles.h"
#include "llm/pricecatalog.h"
#include "llm/providerprofile.h"
#include "store/llmcallstore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::LlmCommands)
};

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString money(const std::optional<double> &v)
{
    return v ? u"$%1"_s.arg(*v, 0, 'f', 6) : Tr::tr("unknown");
}

QString priceText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 3) : u"-"_s;
}
} // namespace

LlmCommands::LlmCommands(CliContext &context)
    : m_context(context)
{
}

int LlmCommands::run(const QStringList &args)
{
    return CommandGroup(u"llm"_s, Tr::tr("Usage: codedistiller llm ping|calls|models|export-cassette [options]  (--help on each)\n"))
        .add(u"ping"_s, [this](const QStringList &rest) { return ping(rest); })
        .add(u"calls"_s, [this](const QStringList &rest) { return calls(rest); })
        .add(u"models"_s, [this](const QStringList &rest) { return models(rest); })
        .add(u"export-cassette"_s, [this](const QStringList &rest) { return exportCassette(rest); })
        .run(args);
}

int LlmCommands::ping(const QStringList &args)
{
    CommandParser cp(Tr::tr("Send one tiny request to a model and report latency, tokens and cost."));
    auto &p = cp.parser();
    const QCommandLineOption provider(u"provider"_s, Tr::tr("Provider profile: %1.").arg(llm::ProviderCatalog::instance().ids().join(u", "_s)),
                                      u"id"_s);
    const QCommandLineOption model(u"model"_s, Tr::tr("Model id."), u"model"_s);
    const QCommandLineOption baseUrl(u"base-url"_s, Tr::tr("Server base URL (default: the provider's environment variable, else its default)."), u"url"_s);
    const QCommandLineOption maxTokens(u"max-tokens"_s, Tr::tr("Token cap of the answer (default 256)."), u"n"_s, u"256"_s);
    const QCommandLineOption retries(u"max-retries"_s, Tr::tr("Retries on transient errors (default 2)."), u"n"_s, u"2"_s);
    const QCommandLineOption timeout(u"timeout"_s, Tr::tr("Seconds per attempt (default 60)."), u"s"_s, u"60"_s);
    const QCommandLineOption replay(u"replay"_s, Tr::tr("Answer only from recorded responses; never use the network."));
    const QCommandLineOption cassette(u"cassette"_s, Tr::tr("Recorded responses to answer from (JSON Lines)."), u"file"_s);
    const QCommandLineOption noCache(u"no-cache"_s, Tr::tr("Send the request even when an identical one was answered before."));
    p.addOptions({provider, model, baseUrl, maxTokens, retries, timeout, replay, cassette, noCache});
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    if (!p.isSet(provider) || !p.isSet(model)) {
        ConsoleOutput::err(Tr::tr("codedistiller: llm ping needs --provider and --model\n\n") + p.helpText());
        return UsageError;
    }
    bool ok1 = false, ok2 = false, ok3 = false;
    const int cap = p.value(maxTokens).toInt(&ok1);
    const int retryCount = p.value(retries).toInt(&ok2);
    const double seconds = p.value(timeout).toDouble(&ok3);
    if (!ok1 || cap < 1 || !ok2 || retryCount < 0 || !ok3 || seconds <= 0) {
        ConsoleOutput::err(Tr::tr("codedistiller: --max-tokens, --max-retries and --timeout take positive numbers\n"));
        return UsageError;
    }
    llm::ProviderCatalog::instance().get(p.value(provider));   // unknown provider: usage error

    llm::LlmClientOptions options;
    options.retry.maxRetries = retryCount;
    options.totalTimeoutMs = int(seconds * 1000);
    options.idleTimeoutMs = options.totalTimeoutMs;
    options.connectTimeoutMs = std::min(options.totalTimeoutMs, 10000);
    options.replay = p.isSet(replay);
    options.cassettePath = p.value(cassette);
    const auto prices = llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath());
    for (const QString &w : prices.warnings(p.value(model), QDate::currentDate()))
        ConsoleOutput::err(u"codedistiller: warning: "_s + w + u'\n');

    llm::LlmClient client(m_context.openWorkspace(), prices, options);
    llm::LlmRequest request;
    request.provider = p.value(provider);
    request.model = p.value(model);
    request.baseUrl = p.value(baseUrl);
    request.prompt = u"Reply with the single word: pong"_s;
    request.maxTokens = cap;
    request.reasoningEffort = u"low"_s;
    request.useCache = !p.isSet(noCache);

    QEventLoop loop;
    llm::LlmResult result;
    llm::LlmCall *call = client.send(request);
    QObject::connect(call, &llm::LlmCall::finished, &loop, [&](const llm::LlmResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();

    const auto &u = result.usage;
    if (m_context.json) {
        ConsoleOutput::json(QJsonObject{
            {u"ok"_s, result.ok()},
            {u"provider"_s, request.provider},
            {u"model"_s, request.model},
            {u"answer"_s, result.text},
            {u"latency_ms"_s, result.latencyMs},
            {u"attempts"_s, result.attempts},
            {u"from_cache"_s, result.fromCache},
            {u"http_status"_s, result.httpStatus},
            {u"request_id"_s, result.requestId},
            {u"usage"_s, u.known ? QJsonValue(QJsonObject{{u"input"_s, u.inputUncached},
                                                           {u"cache_read"_s, u.cacheRead},
                                                           {u"cache_write"_s, u.cacheWrite()},
                                                           {u"output"_s, u.output},
                                                           {u"reasoning"_s, u.reasoning}})
                                 : QJsonValue()},
            {u"cost_usd"_s, optionalNumber(result.costUsd)},
            {u"error_kind"_s, result.ok() ? QJsonValue() : QJsonValue(llm::toString(result.errorKind))},
            {u"error"_s, result.ok() ? QJsonValue() : QJsonValue(result.error)}});
    } else if (result.ok()) {
        ConsoleOutput::out(Tr::tr("%1 %2: \"%3\" in %4 ms%5, tokens in %6 (cached %7) out %8 (reasoning %9), cost %10\n")
                               .arg(request.provider, request.model, result.text.trimmed().left(80))
                               .arg(result.latencyMs)
                               .arg(result.fromCache ? Tr::tr(" (from the cache)") : QString())
                               .arg(u.totalInput())
                               .arg(u.cacheRead)
                               .arg(u.output)
                               .arg(u.reasoning)
                               .arg(money(result.costUsd)));
    }
    if (!result.ok())
        ConsoleOutput::err(u"codedistiller: llm ping: %1\n"_s.arg(result.error));
    return result.ok() ? Success : Failure;
}

int LlmCommands::calls(const QStringList &args)
{
    CommandParser cp(Tr::tr("List the recorded model calls, newest first."));
    const QCommandLineOption limit(u"limit"_s, Tr::tr("At most N calls (default 50; 0: all)."), u"N"_s, u"50"_s);
    cp.parser().addOption(limit);
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    bool ok = false;
    const int n = cp.parser().value(limit).toInt(&ok);
    if (!ok || n < 0) {
        ConsoleOutput::err(Tr::tr("codedistiller: --limit takes a number\n"));
        return UsageError;
    }
    const auto records = store::LlmCallStore(m_context.openWorkspace()).calls(n);
    if (m_context.json) {
        QJsonArray array;
        for (const auto &c : records) {
            array.append(QJsonObject{
                {u"id"_s, c.id}, {u"stage"_s, c.stage}, {u"provider"_s, c.provider}, {u"model"_s, c.model},
                {u"status"_s, c.status}, {u"error"_s, c.error.isEmpty() ? QJsonValue() : QJsonValue(c.error)},
                {u"request_hash"_s, c.requestHash}, {u"request_id"_s, c.requestId},
                {u"input_tokens"_s, c.usageKnown ? QJsonValue(c.inputTokens) : QJsonValue()},
                {u"cached_input_tokens"_s, c.usageKnown ? QJsonValue(c.cachedInputTokens) : QJsonValue()},
                {u"cache_write_tokens"_s, c.usageKnown ? QJsonValue(c.cacheWriteTokens) : QJsonValue()},
                {u"output_tokens"_s, c.usageKnown ? QJsonValue(c.outputTokens) : QJsonValue()},
                {u"reasoning_tokens"_s, c.usageKnown ? QJsonValue(c.reasoningTokens) : QJsonValue()},
                {u"cost_usd"_s, optionalNumber(c.costUsd)}, {u"latency_ms"_s, c.latencyMs},
                {u"started_at"_s, c.startedAt.toString(Qt::ISODateWithMs)},
                {u"example_id"_s, c.exampleId > 0 ? QJsonValue(c.exampleId) : QJsonValue()}});
        }
        ConsoleOutput::json(array);
        return Success;
    }
    QList<QStringList> rows{{u"ID"_s, u"STARTED"_s, u"STAGE"_s, u"PROVIDER"_s, u"MODEL"_s, u"STATUS"_s, u"IN"_s,
                             u"CACHED"_s, u"OUT"_s, u"COST"_s, u"MS"_s, u"ERROR"_s}};
    for (const auto &c : records) {
        rows.append({QString::number(c.id), c.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), c.stage,
                     c.provider, c.model, c.status,
                     c.usageKnown ? QString::number(c.inputTokens + c.cachedInputTokens + c.cacheWriteTokens) : u"-"_s,
                     c.usageKnown ? QString::number(c.cachedInputTokens) : u"-"_s,
                     c.usageKnown ? QString::number(c.outputTokens) : u"-"_s, money(c.costUsd),
                     QString::number(c.latencyMs), c.error.left(60)});
    }
    ConsoleOutput::table(rows);
    return Success;
}

int LlmCommands::models(const QStringList &args)
{
    CommandParser cp(Tr::tr("Show the model catalogue: USD per 1M tokens, batch factor, retirement dates, and how each model is "
                            "driven (reasoning or not, context window)."));
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    const QString overridePath = llm::PriceCatalog::defaultOverridePath();
    const auto prices = llm::PriceCatalog::load(overridePath);
    const auto profiles = llm::ModelProfiles::load(overridePath);
    const QDate today = QDate::currentDate();
    if (m_context.json) {
        QJsonArray array;
        for (const auto &m : prices.models()) {
            QJsonArray warnings;
            for (const QString &w : prices.warnings(m.model, today))
                warnings.append(w);
            array.append(QJsonObject{{u"model"_s, m.model}, {u"provider"_s, m.provider}, {u"input"_s, m.input},
                                     {u"cached_input"_s, m.cachedInput}, {u"cache_write_5m"_s, optionalNumber(m.cacheWrite5m)},
                                     {u"cache_write_1h"_s, optionalNumber(m.cacheWrite1h)}, {u"output"_s, m.output},
                                     {u"batch_factor"_s, m.batchFactor}, {u"status"_s, m.status},
                                     {u"retires_on"_s, m.retiresOn.isValid() ? QJsonValue(m.retiresOn.toString(Qt::ISODate)) : QJsonValue()},
                                     {u"aliases"_s, QJsonArray::fromStringList(m.aliases)}, {u"warnings"_s, warnings},
                                     {u"reasoning"_s, profiles.find(m.model).reasoning},
                                     {u"context_window"_s, profiles.find(m.model).contextWindow}});
        }
        ConsoleOutput::json(QJsonObject{{u"as_of"_s, prices.asOf().toString(Qt::ISODate)},
                                        {u"source"_s, prices.source()},
                                        {u"override_file"_s, overridePath},
                                        {u"models"_s, array}});
        return Success;
    }
    QList<QStringList> rows{{u"MODEL"_s, u"PROVIDER"_s, u"INPUT"_s, u"CACHED"_s, u"WRITE5M"_s, u"OUTPUT"_s,
                             u"BATCH"_s, u"STATUS"_s, u"RETIRES"_s, u"CLASS"_s, u"WINDOW"_s}};
    for (const auto &m : prices.models()) {
        const auto profile = profiles.find(m.model);
        rows.append({m.model, m.provider, priceText(m.input), priceText(m.cachedInput), priceText(m.cacheWrite5m),
                     priceText(m.output), QString::number(m.batchFactor), m.status,
                     m.retiresOn.isValid() ? m.retiresOn.toString(Qt::ISODate) : u"-"_s,
                     profile.reasoning ? u"reasoning"_s : u"standard"_s, QString::number(profile.contextWindow)});
    }
    ConsoleOutput::table(rows);
    ConsoleOutput::out(Tr::tr("\nUSD per 1M tokens, as of %1 (%2). Override or extend with %3.\n")
                           .arg(prices.asOf().toString(Qt::ISODate), prices.source(), overridePath));
    for (const auto &m : prices.models()) {
        for (const QString &w : prices.warnings(m.model, today)) {
            if (!w.contains(u"price catalogue dates"_s))
                ConsoleOutput::out(Tr::tr("warning: %1\n").arg(w));
        }
    }
    if (prices.asOf().isValid() && prices.asOf().daysTo(today) > 90)
        ConsoleOutput::out(Tr::tr("warning: the price catalogue is more than 90 days old; check current prices.\n"));
    return Success;
}

int LlmCommands::exportCassette(const QStringList &args)
{
    CommandParser cp(Tr::tr("Write every successful recorded call to a cassette file for offline replay."));
    cp.parser().addPositionalArgument(u"FILE"_s, Tr::tr("Cassette to write (JSON Lines)."));
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    const QString path = cp.parser().positionalArguments().first();
    const int n = llm::Cassette::exportFrom(m_context.openWorkspace(), path);
    if (m_context.json)
        ConsoleOutput::json(QJsonObject{{u"file"_s, path}, {u"entries"_s, n}});
    else
        ConsoleOutput::out(Tr::tr("%1 recorded responses written to %2\n").arg(n).arg(path));
    return Success;
}

} // namespace wb::cli
