// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/llmclient.h"

#include "llm/answerlimits.h"
#include "llm/answernormalizer.h"
#include "llm/credentials.h"
#include "llm/jsonextractor.h"
#include "llm/llmcall.h"
#include "llm/providerprofile.h"
#include "llm/ratelimiter.h"
#include "llm/schemavalidator.h"
#include "llm/secretredactor.h"
#include "llm/stageschemas.h"
#include "llm/wireformat.h"
#include "store/llmbatchstore.h"
#include "store/llmcallstore.h"
#include "util/error.h"
#include "util/knownsecrets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::LlmClient)
};

using Kind = LlmResult::ErrorKind;

void addUsage(Usage &total, const Usage &part)
{
    if (!part.known)
        return;
    total.known = true;
    total.inputUncached += part.inputUncached;
    total.cacheRead += part.cacheRead;
    total.cacheWrite5m += part.cacheWrite5m;
    total.cacheWrite1h += part.cacheWrite1h;
    total.output += part.output;
    total.reasoning += part.reasoning;
}

Kind kindForStatus(int status, const QByteArray &body)
{
    if (status == 401 || status == 403)
        return Kind::Authentication;
    if (RetryPolicy::isQuotaError(body))
        return Kind::Quota;
    if (status == 429)
        return Kind::RateLimit;
    if (status == 413)
        return Kind::TooLarge;
    if (status >= 500)
        return Kind::Server;
    return Kind::Request;
}

QString hashOf(const QString &format, const nlohmann::ordered_json &body)
{
    const QByteArray canonical = format.toUtf8() + '\n' + QByteArray::fromStdString(body.dump());
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}
} // namespace

struct ProviderState
{
    explicit ProviderState(const ProviderProfile &p)
        : profile(p)
        , limiter(p.maxConcurrency, p.requestsPerMinute, p.tokensPerMinute)
    {
    }
    ProviderProfile profile;
    RateLimiter limiter;
    std::deque<LlmCall *> queue;
    QTimer timer;
    // QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host (HTTP/2 multiplexes, but local
    // servers speak plain HTTP/1.1): enough managers for the provider's concurrency, used in turn.
    std::vector<QNetworkAccessManager *> managers;
    size_t nextManager = 0;
};

struct CallState
{
    LlmCall *call = nullptr;
    LlmRequest request;
    ProviderProfile profile;
    std::unique_ptr<WireFormat> format;
    std::optional<nlohmann::ordered_json> schema;
    nlohmann::ordered_json originalBody;
    QByteArray body;
    QString baseUrl;
    QString hash;
    qint64 estimatedTokens = 0;
    int retries = 0;
    int attempts = 0;
    bool repairSent = false;
    bool cancelled = false;
    bool timedOut = false;
    bool tooLarge = false;
    bool finished = false;
    Usage usage;
    QElapsedTimer clock;
    QDateTime startedAt;
    QPointer<QNetworkReply> reply;
    QTimer connectTimer;
    QTimer totalTimer;
    QTimer retryTimer;
    QString requestId;
    int httpStatus = 0;
    std::optional<QByteArray> adoptedBody;   // adopt(): the batch's answer, handled instead of a first attempt
    bool batchAnswer = false;                // the body being handled is the batch's
    qint64 batchId = 0;
    Usage batchUsage;                        // priced at the batch price
};

LlmClient::LlmClient(std::shared_ptr<store::Workspace> workspace, PriceCatalog prices, LlmClientOptions options,
                     QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_prices(std::move(prices))
    , m_profiles(ModelProfiles::load(PriceCatalog::defaultOverridePath()))
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    if (!m_options.cassettePath.isEmpty())
        m_cassette = Cassette::load(m_options.cassettePath);
    m_network->setAutoDeleteReplies(false);
}

LlmClient::~LlmClient()
{
    // No signals during destruction: abort quietly.
    for (const auto &state : std::as_const(m_calls)) {
        if (state->reply) {
            state->reply->disconnect(this);
            state->reply->abort();
        }
    }
}

ProviderState &LlmClient::provider(const QString &id)
{
    auto it = m_providers.find(id);
    if (it == m_providers.end()) {
        ProviderProfile profile = ProviderCatalog::instance().get(id);
        profile.maxConcurrency = std::max(1, m_options.maxConcurrency.value(id, profile.maxConcurrency));
        auto state = std::make_shared<ProviderState>(profile);
        state->timer.setSingleShot(true);
        connect(&state->timer, &QTimer::timeout, this, [this, id] { pump(id); });
        it = m_providers.insert(id, state);
    }
    return **it;
}

void LlmClient::setApiKey(const QString &provider, const QString &key)
{
    m_apiKeys.insert(provider, key);
    KnownSecrets::add(key);
}

QString LlmClient::apiKeyFor(const QString &provider)
{
    auto it = m_apiKeys.find(provider);
    if (it == m_apiKeys.end())
        it = m_apiKeys.insert(provider, Credentials::apiKey(ProviderCatalog::instance().get(provider)));
    return *it;
}

QStringList LlmClient::secrets() const
{
    QStringList out;
    for (const QString &key : m_apiKeys)
        if (!key.isEmpty())
            out << key;
    return out;
}

QString LlmClient::requestHash(const LlmRequest &request) const
{
    return prepare(request).hash;
}

std::optional<nlohmann::ordered_json> LlmClient::schemaFor(const LlmRequest &request)
{
    if (request.stage.isEmpty())
        return std::nullopt;
    auto schema = StageSchemas::get(request.stage);
    if (schema && request.planFirst)
        schema = StageSchemas::withPlan(*schema);
    return schema;
}

nlohmann::ordered_json LlmClient::buildBody(const LlmRequest &request, const ProviderProfile &profile, const WireFormat &format,
                                            const std::optional<nlohmann::ordered_json> &schema) const
{
    LlmRequest effective = request;
    if (const auto price = m_prices.find(request.model); price && !price->supportsTemperature)
        effective.temperature.reset();   // e.g. GPT-5 rejects non-default temperatures with HTTP 400
    nlohmann::ordered_json body = format.body(effective, profile, schema);
    const ModelProfile model = m_profiles.find(request.model);
    const std::string providerId = profile.id.toStdString();
    if (model.requestExtras.contains(providerId) && model.requestExtras[providerId].is_object())
        for (const auto &[key, value] : model.requestExtras[providerId].items())
            body[key] = value;
    return body;
}

LlmClient::Accepted LlmClient::accept(const LlmRequest &request, const nlohmann::ordered_json &schema, const nlohmann::json &answer)
{
    const nlohmann::json plain(schema);
    Accepted a;
    if (!request.lenient) {
        a.problems = SchemaValidator::validate(answer, plain);
        if (a.problems.isEmpty())
            a.value = nlohmann::ordered_json(answer);
    } else {
        AnswerNormalizer::Result r = AnswerNormalizer::normalize(nlohmann::ordered_json(answer), schema, request.indispensable);
        a.problems = r.problems;
        if (a.problems.isEmpty())
            a.value = std::move(r.value);
    }
    if (a.value && request.planFirst && a.value->is_object())
        a.value->erase("plan");   // room to think, not part of the stage's answer
    if (a.value) {
        // Schema-valid is not enough: a huge field would be stored and pasted into later prompts.
        a.problems = AnswerLimits::instance().check(request.stage, nlohmann::json(*a.value));
        if (!a.problems.isEmpty())
            a.value.reset();
    }
    return a;
}

PreparedRequest LlmClient::prepare(const LlmRequest &request) const
{
    PreparedRequest p;
    p.profile = ProviderCatalog::instance().get(request.provider);
    const auto format = WireFormat::create(p.profile.format);
    const std::optional<nlohmann::ordered_json> schema = schemaFor(request);
    p.body = buildBody(request, p.profile, *format, schema);
    p.hash = hashOf(p.profile.format, p.body);
    p.baseUrl = ProviderCatalog::resolveBaseUrl(p.profile, request.baseUrl);
    p.endpoint = QUrl(p.baseUrl + format->path()).path();
    return p;
}

bool LlmClient::hasCachedAnswer(const QString &requestHash) const
{
    return m_workspace && store::LlmCallStore(m_workspace).cachedResponse(requestHash).has_value();
}

LlmCall *LlmClient::send(const LlmRequest &request)
{
    auto *call = new LlmCall(this, request);
    auto state = std::make_shared<CallState>();
    state->call = call;
    state->request = request;
    state->clock.start();
    state->startedAt = QDateTime::currentDateTimeUtc();
    for (QTimer *t : {&state->connectTimer, &state->totalTimer, &state->retryTimer})
        t->setSingleShot(true);
    m_calls.insert(call, state);
    QTimer::singleShot(0, call, [this, call] { start(call); });
    return call;
}

LlmCall *LlmClient::adopt(const LlmRequest &request, const QByteArray &responseBody, qint64 batchId, const QString &requestId)
{
    LlmCall *call = send(request);
    CallState &s = *m_calls.value(call);
    s.adoptedBody = responseBody;
    s.batchId = batchId;
    s.requestId = requestId;
    return call;
}

void LlmClient::start(LlmCall *call)
{
    const auto it = m_calls.find(call);
    if (it == m_calls.end() || (*it)->finished)
        return;
    const std::shared_ptr<CallState> keep = *it;   // finish() drops the client's reference
    CallState &s = *keep;
    LlmResult fail;
    fail.errorKind = Kind::Configuration;
    try {
        s.profile = ProviderCatalog::instance().get(s.request.provider);
        s.format = WireFormat::create(s.profile.format);
        if (!s.request.stage.isEmpty()) {
            s.schema = schemaFor(s.request);
            if (!s.schema)
                throw Error(Tr::tr("Unknown stage '%1' (known: %2).").arg(s.request.stage, StageSchemas::names().join(u", "_s)),
                            Error::Kind::InvalidInput);
        }
        s.originalBody = buildBody(s.request, s.profile, *s.format, s.schema);
        s.body = QByteArray::fromStdString(s.originalBody.dump());
        s.hash = hashOf(s.profile.format, s.originalBody);
        s.baseUrl = ProviderCatalog::resolveBaseUrl(s.profile, s.request.baseUrl);
        s.estimatedTokens = (s.request.system.size() + s.request.prompt.size()) / 4;
    } catch (const Error &e) {
        fail.error = e.message();
        finish(call, fail);
        return;
    }
    if (s.adoptedBody) {
        // A batch's answer: handled like the answer to a first attempt.
        const QByteArray body = *std::exchange(s.adoptedBody, std::nullopt);
        s.batchAnswer = true;
        s.httpStatus = 200;
        s.attempts = 1;
        handleSuccess(s, body);
        pump(s.profile.id);   // a repair request may be waiting
        return;
    }
    if ((s.request.useCache || m_options.replay) && answerFromCache(s))
        return;
    if (m_options.replay) {
        fail.errorKind = Kind::CacheMiss;
        fail.error = Tr::tr("Replay: no recorded response for this %1 request to %2 (request %3). Run it once online, "
                            "or use a cassette that contains it.")
                         .arg(s.request.stage.isEmpty() ? u"free-text"_s : s.request.stage, s.request.model, s.hash.left(12));
        finish(call, fail);
        return;
    }
    const QUrl url(s.baseUrl + s.format->path());
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        fail.error = Tr::tr("Invalid base URL '%1' for %2.").arg(s.baseUrl, s.profile.displayName);
        finish(call, fail);
        return;
    }
    if (s.profile.apiKeyRequired && apiKeyFor(s.profile.id).isEmpty()) {
        fail.errorKind = Kind::Authentication;
        fail.error = Tr::tr("No API key for %1: %2.").arg(s.profile.displayName, Credentials::whereToPutKey(s.profile));
        finish(call, fail);
        return;
    }
    provider(s.profile.id).queue.push_back(call);
    pump(s.profile.id);
}

bool LlmClient::answerFromCache(CallState &s)
{
    std::optional<QByteArray> body;
    QString cachedProvider;
    if (m_workspace) {
        if (const auto cached = store::LlmCallStore(m_workspace).cachedResponse(s.hash)) {
            body = cached->body;
            cachedProvider = cached->provider;
        }
    }
    if (!body && m_cassette) {
        if (auto entry = m_cassette->find(s.hash); entry || (entry = m_cassette->match(s.request.stage, s.request.prompt))) {
            body = entry->response;
            cachedProvider = entry->provider;
        }
    }
    if (!body)
        return false;
    const auto parsed = JsonExtractor::parse(*body);
    if (!parsed)
        return false;
    const nlohmann::json &doc = *parsed;
    try {
        const ProviderProfile profile = ProviderCatalog::instance().find(cachedProvider).value_or(s.profile);
        const WireReply reply = WireFormat::create(profile.format)->parse(doc, profile);
        std::optional<nlohmann::json> structured = reply.structured;
        if (s.schema && !structured)
            structured = JsonExtractor::extract(reply.text);
        QByteArray json;
        if (s.schema) {
            if (!structured)
                return false;
            const Accepted accepted = accept(s.request, *s.schema, *structured);
            if (!accepted.value)
                return false;   // recorded under another schema: ask again
            json = QByteArray::fromStdString(accepted.value->dump());
        }
        LlmResult r;
        r.status = LlmResult::Status::Ok;
        r.text = reply.text;
        r.reasoning = reply.reasoning;
        r.finishReason = reply.finishReason;
        r.usage = reply.usage;
        r.costUsd = 0.0;   // served from the cache: nothing spent now
        r.fromCache = true;
        r.json = json;
        finish(s.call, r, *body);
        return true;
    } catch (const Error &) {
        return false;
    }
}

void LlmClient::pump(const QString &providerId)
{
    ProviderState &ps = provider(providerId);
    while (!ps.queue.empty() && ps.limiter.hasFreeSlot()) {
        LlmCall *call = ps.queue.front();
        const auto it = m_calls.find(call);
        if (it == m_calls.end()) {
            ps.queue.pop_front();
            continue;
        }
        const qint64 wait = ps.limiter.waitMs(QDateTime::currentMSecsSinceEpoch(), (*it)->estimatedTokens);
        if (wait > 0) {
            ps.timer.start(int(std::min<qint64>(wait, 60000)));
            return;
        }
        ps.queue.pop_front();
        sendAttempt(**it);
    }
}

void LlmClient::sendAttempt(CallState &s)
{
    ProviderState &ps = provider(s.profile.id);
    QNetworkRequest request(QUrl(s.baseUrl + s.format->path()));
    for (const auto &[name, value] : s.format->headers(s.profile, apiKeyFor(s.profile.id)))
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_options.idleTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    s.timedOut = false;
    s.tooLarge = false;
    ++s.attempts;
    ps.limiter.started(QDateTime::currentMSecsSinceEpoch(), s.estimatedTokens);
    if (ps.managers.empty()) {
        const int count = std::max(1, (ps.profile.maxConcurrency + 5) / 6);
        for (int i = 0; i < count; ++i) {
            auto *manager = i == 0 ? m_network : new QNetworkAccessManager(this);
            manager->setAutoDeleteReplies(false);
            ps.managers.push_back(manager);
        }
    }
    QNetworkAccessManager *manager = ps.managers[ps.nextManager++ % ps.managers.size()];
    QNetworkReply *reply = manager->post(request, s.body);
    s.reply = reply;
    LlmCall *call = s.call;
    connect(reply, &QNetworkReply::finished, this, [this, call] { onReplyFinished(call); });
    connect(reply, &QNetworkReply::requestSent, &s.connectTimer, &QTimer::stop);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, call](qint64 received, qint64) {
        const auto it = m_calls.find(call);
        if (it != m_calls.end() && received > m_options.maxResponseBytes && (*it)->reply) {
            (*it)->tooLarge = true;
            (*it)->reply->abort();
        }
    });
    s.connectTimer.disconnect();
    s.totalTimer.disconnect();
    auto onTimeout = [this, call] {
        const auto it = m_calls.find(call);
        if (it != m_calls.end() && (*it)->reply) {
            (*it)->timedOut = true;
            (*it)->reply->abort();
        }
    };
    connect(&s.connectTimer, &QTimer::timeout, this, onTimeout);
    connect(&s.totalTimer, &QTimer::timeout, this, onTimeout);
    s.connectTimer.start(m_options.connectTimeoutMs);
    s.totalTimer.start(m_options.totalTimeoutMs);
}

void LlmClient::onReplyFinished(LlmCall *call)
{
    const auto it = m_calls.find(call);
    if (it == m_calls.end())
        return;
    const std::shared_ptr<CallState> keep = *it;
    CallState &s = *keep;
    ProviderState &ps = provider(s.profile.id);
    ps.limiter.finished();
    s.connectTimer.stop();
    s.totalTimer.stop();
    QNetworkReply *reply = s.reply;
    s.reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (s.cancelled || s.finished)
        return;

    HttpOutcome outcome;
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        outcome.headers.insert(name.toLower(), value);
    const QNetworkReply::NetworkError networkError = reply->error();
    outcome.timedOut = s.timedOut || networkError == QNetworkReply::OperationCanceledError
                       || networkError == QNetworkReply::TimeoutError;
    outcome.body = s.tooLarge ? QByteArray() : reply->readAll();
    ps.limiter.applyHeaders(outcome.headers, QDateTime::currentMSecsSinceEpoch());
    s.httpStatus = outcome.status;
    if (outcome.headers.contains("x-request-id"))
        s.requestId = QString::fromLatin1(outcome.headers.value("x-request-id"));
    else if (outcome.headers.contains("request-id"))
        s.requestId = QString::fromLatin1(outcome.headers.value("request-id"));

    if (s.tooLarge) {
        LlmResult r;
        r.errorKind = Kind::TooLarge;
        r.error = Tr::tr("The response from %1 exceeded %2 MB and was cut off.")
                      .arg(s.profile.displayName)
                      .arg(m_options.maxResponseBytes / (1024 * 1024));
        finish(call, r);
        pump(s.profile.id);
        return;
    }
    const bool httpOk = outcome.status >= 200 && outcome.status < 300 && networkError == QNetworkReply::NoError;
    if (httpOk) {
        handleSuccess(s, outcome.body);
        pump(s.profile.id);
        return;
    }
    // Connection-level failures (codes below 100: refused, reset, closed mid-body, timeout) mean the
    // answer is missing or incomplete, whatever status line arrived: treat them as "no response".
    const bool transportFailure = networkError != QNetworkReply::NoError && int(networkError) < 100;
    if (transportFailure)
        outcome.status = 0;
    RetryOptions retry = m_options.retry;
    retry.retryAfterLimitSeconds = s.profile.retryAfterLimitSeconds;
    const RetryDecision decision = RetryPolicy::decide(outcome, s.retries, retry, QRandomGenerator::global()->generateDouble());
    if (decision.retry) {
        ++s.retries;
        s.retryTimer.disconnect();
        connect(&s.retryTimer, &QTimer::timeout, this, [this, call] {
            const auto found = m_calls.find(call);
            if (found == m_calls.end() || (*found)->finished)
                return;
            provider((*found)->profile.id).queue.push_back(call);
            pump((*found)->profile.id);
        });
        s.retryTimer.start(int(decision.delayMs));
        pump(s.profile.id);
        return;
    }

    LlmResult r;
    r.httpStatus = outcome.status;
    const QString where = u"%1 (%2)"_s.arg(s.profile.displayName, s.baseUrl);
    if (outcome.status == 0) {
        r.errorKind = outcome.timedOut ? Kind::Timeout : Kind::Network;
        r.error = outcome.timedOut
                      ? Tr::tr("%1 did not answer in time (after %2 attempts).").arg(where).arg(s.attempts)
                      : Tr::tr("Cannot reach %1: %2 (after %3 attempts).").arg(where, reply->errorString()).arg(s.attempts);
    } else {
        const WireError e = WireFormat::parseError(outcome.body);
        r.errorKind = kindForStatus(outcome.status, outcome.body);
        QString detail = e.message;
        QStringList tags;
        for (const QString &tag : {e.type, e.code})
            if (!tag.isEmpty() && !tags.contains(tag))
                tags << tag;
        if (!tags.isEmpty())
            detail = u"%1 [%2]"_s.arg(detail, tags.join(u", "_s));
        r.error = Tr::tr("%1 answered HTTP %2: %3").arg(where).arg(outcome.status).arg(detail);
        if (r.errorKind == Kind::Quota)
            r.error += Tr::tr(" — the account's quota or spend limit is exhausted; this is not retried.");
        else if (r.errorKind == Kind::Authentication)
            r.error += Tr::tr(" — check the API key (%1).").arg(Credentials::whereToPutKey(s.profile));
        if (s.attempts > 1)
            r.error += Tr::tr(" (after %1 attempts)").arg(s.attempts);
    }
    finish(call, r, outcome.body);
    pump(s.profile.id);
}

void LlmClient::handleSuccess(CallState &s, const QByteArray &body)
{
    LlmResult r;
    r.httpStatus = s.httpStatus;
    const bool fromBatch = std::exchange(s.batchAnswer, false);
    const auto parsed = JsonExtractor::parse(body);   // nested too deeply counts as not JSON
    if (!parsed) {
        r.errorKind = Kind::InvalidResponse;
        r.error = Tr::tr("%1 answered HTTP %2 with a body that is not JSON (%3 bytes): %4")
                      .arg(s.profile.displayName)
                      .arg(s.httpStatus)
                      .arg(body.size())
                      .arg(QString::fromUtf8(body.left(120)).simplified());
        finish(s.call, r, body);
        return;
    }
    const nlohmann::json &doc = *parsed;
    WireReply reply;
    try {
        reply = s.format->parse(doc, s.profile);
    } catch (const Error &e) {
        r.errorKind = Kind::InvalidResponse;
        r.error = Tr::tr("%1 answered in an unexpected shape: %2").arg(s.profile.displayName, e.message());
        finish(s.call, r, body);
        return;
    }
    addUsage(fromBatch ? s.batchUsage : s.usage, reply.usage);
    r.text = reply.text;
    r.reasoning = reply.reasoning;
    r.finishReason = reply.finishReason;
    if (!s.schema) {
        if (reply.text.isEmpty() && (reply.finishReason == u"length"_s || reply.finishReason == u"max_tokens"_s)) {
            r.errorKind = Kind::InvalidResponse;
            r.error = Tr::tr("The answer is empty: the token cap (%1) was used up, probably by reasoning. Raise it.")
                          .arg(s.request.maxTokens);
            finish(s.call, r, body);
            return;
        }
        r.status = LlmResult::Status::Ok;
        finish(s.call, r, body);
        return;
    }

    std::optional<nlohmann::json> structured = reply.structured;
    if (!structured)
        structured = JsonExtractor::extract(reply.text);
    QStringList problems;
    std::optional<nlohmann::ordered_json> accepted;
    if (!structured) {
        problems << (reply.text.isEmpty() && (reply.finishReason == u"length"_s || reply.finishReason == u"max_tokens"_s)
                         ? Tr::tr("the answer is empty because the token cap (%1) was used up").arg(s.request.maxTokens)
                         : Tr::tr("no JSON object was found in the answer"));
    } else {
        Accepted a = accept(s.request, *s.schema, *structured);
        problems = a.problems;
        accepted = std::move(a.value);
    }
    if (problems.isEmpty() && accepted) {
        r.status = LlmResult::Status::Ok;
        r.json = QByteArray::fromStdString(accepted->dump());
        finish(s.call, r, body);
        return;
    }
    if (!s.repairSent) {
        // One repair request that quotes the validation errors.
        s.repairSent = true;
        s.retries = 0;
        const QString previous = structured ? QString::fromStdString(structured->dump(1)) : reply.text;
        LlmRequest repair = s.request;
        if (s.request.retryTemperature)
            repair.temperature = s.request.retryTemperature;   // CodeDistiller repeats an unusable answer's request at 0.1
        repair.prompt += u"\n\n---\nYour previous answer was:\n"_s + previous.left(20000)
                         + u"\n\nIt is not usable as an answer to the required JSON schema \"%1\": %2.\nAnswer again with one "
                           "corrected JSON object only."_s.arg(s.request.stage, problems.mid(0, 20).join(u"; "_s));
        s.body = QByteArray::fromStdString(buildBody(repair, s.profile, *s.format, s.schema).dump());
        provider(s.profile.id).queue.push_back(s.call);
        return;
    }
    r.errorKind = Kind::Schema;
    r.error = Tr::tr("The %1 answer is unusable (schema or size limits) even after a repeated request: %2")
                  .arg(s.request.stage, problems.mid(0, 10).join(u"; "_s));
    r.text = reply.text;
    finish(s.call, r, body);
}

void LlmClient::cancel(LlmCall *call)
{
    const auto it = m_calls.find(call);
    if (it == m_calls.end() || (*it)->finished)
        return;
    const std::shared_ptr<CallState> keep = *it;
    keep->cancelled = true;
    keep->retryTimer.stop();
    if (keep->reply)
        keep->reply->abort();   // finished() runs synchronously and returns early
    if (m_providers.contains(keep->profile.id)) {
        auto &queue = provider(keep->profile.id).queue;
        queue.erase(std::remove(queue.begin(), queue.end(), call), queue.end());
    }
    LlmResult r;
    r.status = LlmResult::Status::Cancelled;
    r.error = Tr::tr("Cancelled.");
    finish(call, r);
    if (!keep->profile.id.isEmpty())
        pump(keep->profile.id);
}

void LlmClient::cancelAll()
{
    const auto calls = m_calls.keys();
    for (LlmCall *call : calls)
        cancel(call);
}

void LlmClient::finish(LlmCall *call, LlmResult r, const QByteArray &responseBody)
{
    const auto it = m_calls.find(call);
    if (it == m_calls.end() || (*it)->finished)
        return;
    const std::shared_ptr<CallState> s = *it;
    s->finished = true;
    s->connectTimer.stop();
    s->totalTimer.stop();
    s->retryTimer.stop();
    if (!r.fromCache) {
        r.usage = s->usage;
        addUsage(r.usage, s->batchUsage);
        r.costUsd = m_prices.cost(s->request.model, s->usage);
        if (s->batchUsage.known) {
            // The batch's answer at the batch price, a synchronous repair at the full price.
            const auto batchCost = m_prices.cost(s->request.model, s->batchUsage, true);
            r.costUsd = batchCost && (r.costUsd || !s->usage.known) ? std::optional(*batchCost + r.costUsd.value_or(0.0))
                                                                     : std::nullopt;
        }
    }
    r.latencyMs = s->clock.elapsed();
    r.attempts = s->attempts;
    r.requestId = s->requestId;
    r.requestHash = s->hash;
    if (r.httpStatus == 0)
        r.httpStatus = s->httpStatus;
    const QStringList keys = secrets();
    r.error = SecretRedactor::redact(r.error, keys);
    // An answer that echoes a key (a proxy, a buggy or hostile server) must not carry it into summaries,
    // code, logs or exports: known keys are replaced exactly, nothing else is touched.
    r.text = KnownSecrets::redact(r.text);
    r.reasoning = KnownSecrets::redact(r.reasoning);
    r.json = KnownSecrets::redact(r.json);

    if (m_workspace && !s->hash.isEmpty()) {
        store::LlmCallRecord rec;
        rec.exampleId = s->request.exampleId;
        rec.roundId = s->request.roundId;
        rec.stage = !s->request.stage.isEmpty()    ? s->request.stage
                    : !s->request.logStage.isEmpty() ? s->request.logStage
                                                     : u"free_text"_s;
        rec.provider = s->profile.id;
        rec.model = s->request.model;
        rec.requestHash = s->hash;
        rec.requestId = r.requestId;
        rec.usageKnown = r.usage.known;
        rec.inputTokens = r.usage.inputUncached;
        rec.cachedInputTokens = r.usage.cacheRead;
        rec.cacheWriteTokens = r.usage.cacheWrite();
        rec.outputTokens = r.usage.output;
        rec.reasoningTokens = r.usage.reasoning;
        rec.costUsd = r.costUsd;
        rec.latencyMs = r.latencyMs;
        rec.status = r.fromCache ? u"cached"_s
                     : r.ok()    ? u"ok"_s
                     : r.status == LlmResult::Status::Cancelled ? u"cancelled"_s
                                                                : u"error"_s;
        rec.error = r.ok() ? QString() : u"%1: %2"_s.arg(toString(r.errorKind), r.error);
        rec.startedAt = s->startedAt;
        rec.finishedAt = QDateTime::currentDateTimeUtc();
        try {
            r.callId = store::LlmCallStore(m_workspace)
                           .record(rec, SecretRedactor::redact(QByteArray::fromStdString(s->originalBody.dump()), keys),
                                   r.fromCache ? QByteArray() : SecretRedactor::redact(responseBody, keys));
            if (s->batchId > 0 && !r.fromCache)
                store::LlmBatchStore(m_workspace).markCall(r.callId, s->batchId);
        } catch (const Error &e) {
            if (r.ok()) {
                r.status = LlmResult::Status::Failed;
                r.errorKind = Kind::Configuration;
            }
            r.error = Tr::tr("The call could not be recorded in the workspace: %1").arg(e.message());
        }
    }
    m_calls.remove(call);
    Q_EMIT call->finished(r);
    call->deleteLater();
}

} // namespace wb::llm
