// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/llmbatch.h"

#include "llm/batchformat.h"
#include "llm/credentials.h"
#include "llm/jsonextractor.h"
#include "llm/llmcall.h"
#include "llm/llmclient.h"
#include "llm/retrypolicy.h"
#include "llm/secretredactor.h"
#include "llm/wireformat.h"
#include "store/llmbatchstore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::LlmBatch)
};

QString text(const nlohmann::json &o, const char *key)
{
    return o.is_object() && o.contains(key) && o[key].is_string() ? QString::fromStdString(o[key].get<std::string>()) : QString();
}

QByteArray requestToJson(const LlmRequest &r)
{
    nlohmann::json j{{"provider", r.provider.toStdString()},
                     {"model", r.model.toStdString()},
                     {"stage", r.stage.toStdString()},
                     {"system", r.system.toStdString()},
                     {"prompt", r.prompt.toStdString()},
                     {"max_tokens", r.maxTokens},
                     {"reasoning_effort", r.reasoningEffort.toStdString()},
                     {"base_url", r.baseUrl.toStdString()},
                     {"use_cache", r.useCache},
                     {"example_id", r.exampleId},
                     {"round_id", r.roundId}};
    if (r.temperature)
        j["temperature"] = *r.temperature;
    if (r.retryTemperature)
        j["retry_temperature"] = *r.retryTemperature;
    if (r.planFirst)
        j["plan_first"] = true;
    if (r.cachePrefixChars > 0) {
        j["cache_prefix_chars"] = qint64(r.cachePrefixChars);
        j["cache_key"] = r.cacheKey.toStdString();
    }
    if (r.lenient)
        j["lenient"] = true;
    for (const QString &field : r.indispensable)
        j["indispensable"].push_back(field.toStdString());
    return QByteArray::fromStdString(j.dump());
}

LlmRequest requestFromJson(const QByteArray &json)
{
    const auto j = nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (!j.is_object())
        throw Error(Tr::tr("A stored batch request is unreadable."), Error::Kind::Database);
    LlmRequest r;
    r.provider = text(j, "provider");
    r.model = text(j, "model");
    r.stage = text(j, "stage");
    r.system = text(j, "system");
    r.prompt = text(j, "prompt");
    r.maxTokens = j.value("max_tokens", r.maxTokens);
    r.reasoningEffort = text(j, "reasoning_effort");
    r.baseUrl = text(j, "base_url");
    r.useCache = j.value("use_cache", true);
    r.exampleId = j.value("example_id", qint64(0));
    r.roundId = j.value("round_id", qint64(0));
    if (j.contains("temperature") && j["temperature"].is_number())
        r.temperature = j["temperature"].get<double>();
    if (j.contains("retry_temperature") && j["retry_temperature"].is_number())
        r.retryTemperature = j["retry_temperature"].get<double>();
    r.planFirst = j.value("plan_first", false);
    r.cachePrefixChars = qsizetype(std::clamp<qint64>(j.value("cache_prefix_chars", qint64(0)), 0, r.prompt.size()));
    r.cacheKey = text(j, "cache_key");
    r.lenient = j.value("lenient", false);
    for (const auto &field : j.value("indispensable", nlohmann::json::array()))
        if (field.is_string())
            r.indispensable << QString::fromStdString(field.get<std::string>());
    return r;
}

QString outcomeName(BatchResultLine::Outcome outcome)
{
    switch (outcome) {
    case BatchResultLine::Outcome::Succeeded: return u"succeeded"_s;
    case BatchResultLine::Outcome::Errored: return u"errored"_s;
    case BatchResultLine::Outcome::Expired: return u"expired"_s;
    case BatchResultLine::Outcome::Cancelled: return u"cancelled"_s;
    }
    return u"errored"_s;
}

const QString kPreparing = u"preparing"_s;
const QString kUploaded = u"uploaded"_s;
const QString kSubmitted = u"submitted"_s;
const QString kEnded = u"ended"_s;
const QString kFailed = u"failed"_s;
const QString kCancelled = u"cancelled"_s;
} // namespace

bool LlmBatch::supported(const QString &provider)
{
    const auto profile = ProviderCatalog::instance().find(provider);
    return profile && profile->supportsBatch;
}

QList<QList<BatchItem>> LlmBatch::partition(const LlmClient &client, const QList<BatchItem> &items)
{
    QList<QList<BatchItem>> out;
    QHash<QString, int> open;          // provider, server, model -> the batch being filled
    QHash<int, qint64> bytes;
    for (const BatchItem &item : items) {
        const PreparedRequest p = client.prepare(item.request);
        const qint64 size = qint64(p.body.dump().size()) + item.customId.size() + 100;
        const QString key = p.profile.id + u'\n' + p.baseUrl + u'\n' + item.request.model;
        auto it = open.find(key);
        if (it == open.end() || out[*it].size() >= p.profile.batchMaxRequests || bytes[*it] + size > p.profile.batchMaxBytes) {
            out.append(QList<BatchItem>());
            it = open.insert(key, int(out.size()) - 1);
        }
        out[*it].append(item);
        bytes[*it] += size;
    }
    return out;
}

LlmBatch::LlmBatch(LlmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_workspace(client->m_workspace)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LlmBatch::step);
}

LlmBatch::~LlmBatch()
{
    // Closing is not cancelling: the batch stays at the provider and in the workspace, to be resumed.
    m_done = true;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    for (const Item &item : std::as_const(m_items))
        if (item.call)
            item.call->disconnect(this);
}

LlmBatch *LlmBatch::create(LlmClient *client, qint64 campaignId, const QString &purpose, const QList<BatchItem> &items,
                           QObject *parent)
{
    if (!client || !client->m_workspace)
        throw Error(Tr::tr("A batch needs a workspace, which keeps it until its answers are in."), Error::Kind::InvalidInput);
    if (items.isEmpty())
        throw Error(Tr::tr("A batch needs at least one request."), Error::Kind::InvalidInput);
    static const QRegularExpression customIdPattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    const PreparedRequest first = client->prepare(items.first().request);
    BatchFormat::create(first.profile);   // throws for a provider without a batch API
    QSet<QString> ids;
    qint64 bytes = 0;
    QList<store::LlmBatchItemRecord> records;
    for (const BatchItem &item : items) {
        if (!customIdPattern.match(item.customId).hasMatch())
            throw Error(Tr::tr("'%1' is not a valid custom_id (1 to 64 letters, digits, '-' or '_').").arg(item.customId),
                        Error::Kind::InvalidInput);
        if (ids.contains(item.customId))
            throw Error(Tr::tr("The custom_id '%1' occurs twice in one batch.").arg(item.customId), Error::Kind::InvalidInput);
        ids.insert(item.customId);
        const PreparedRequest p = client->prepare(item.request);
        if (p.profile.id != first.profile.id || p.baseUrl != first.baseUrl || item.request.model != items.first().request.model)
            throw Error(Tr::tr("A batch holds requests to one provider, server and model."), Error::Kind::InvalidInput);
        bytes += qint64(p.body.dump().size());
        store::LlmBatchItemRecord record;
        record.customId = item.customId;
        record.exampleId = item.request.exampleId;
        record.requestJson = requestToJson(item.request);
        record.requestHash = p.hash;
        record.contextJson = item.context;
        records << record;
    }
    if (items.size() > first.profile.batchMaxRequests || bytes > first.profile.batchMaxBytes)
        throw Error(Tr::tr("%1 batches hold at most %2 requests and %3 MB; this one has %4 requests and %5 MB.")
                        .arg(first.profile.displayName)
                        .arg(first.profile.batchMaxRequests)
                        .arg(first.profile.batchMaxBytes / 1000000)
                        .arg(items.size())
                        .arg(bytes / 1000000),
                    Error::Kind::InvalidInput);
    store::LlmBatchRecord record;
    record.campaignId = campaignId;
    record.purpose = purpose;
    record.provider = first.profile.id;
    record.model = items.first().request.model;
    record.baseUrl = first.baseUrl;
    record.status = kPreparing;
    record.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 id = store::LlmBatchStore(client->m_workspace).create(record, records);
    return resume(client, id, parent);
}

LlmBatch *LlmBatch::resume(LlmClient *client, qint64 batchId, QObject *parent)
{
    if (!client || !client->m_workspace)
        throw Error(Tr::tr("A batch needs a workspace, which keeps it until its answers are in."), Error::Kind::InvalidInput);
    auto batch = std::unique_ptr<LlmBatch>(new LlmBatch(client, parent));
    batch->load(batchId);
    return batch.release();
}

void LlmBatch::load(qint64 batchId)
{
    store::LlmBatchStore store(m_workspace);
    const auto record = store.batch(batchId);
    if (!record)
        throw Error(Tr::tr("Batch %1 does not exist in this workspace.").arg(batchId), Error::Kind::NotFound);
    m_record = *record;
    m_profile = ProviderCatalog::instance().get(m_record.provider);
    m_format = BatchFormat::create(m_profile);
    m_endpoint = QUrl(m_record.baseUrl + WireFormat::create(m_profile.format)->path()).path();
    for (const auto &row : store.items(batchId)) {
        Item item;
        item.record = row;
        item.request = requestFromJson(row.requestJson);
        item.record.requestJson.clear();   // kept once, as the request
        item.pending = row.state != u"done"_s;
        m_answered += item.pending ? 0 : 1;
        m_items << item;
    }
}

BatchProgress LlmBatch::progress() const
{
    BatchProgress p;
    p.batchId = m_record.id;
    p.providerBatchId = m_record.providerBatchId;
    p.provider = m_record.provider;
    p.state = m_record.collectedAt.isValid() ? u"collected"_s : m_record.status;
    p.providerStatus = m_record.providerStatus;
    p.total = int(m_items.size());
    p.answered = m_answered;
    p.succeeded = m_record.succeeded;
    p.failed = m_record.errored + m_record.expired + m_record.cancelled;
    p.message = m_message;
    return p;
}

void LlmBatch::start()
{
    scheduleStep(0);
}

void LlmBatch::scheduleStep(int delayMs)
{
    if (!m_done && !m_cancelling)
        m_timer.start(std::max(0, delayMs));
}

void LlmBatch::save()
{
    try {
        store::LlmBatchStore(m_workspace).update(m_record);
    } catch (const Error &e) {
        m_message = e.message();
    }
}

void LlmBatch::notify(const QString &message)
{
    m_message = message;
    Q_EMIT progressChanged(progress());
}

void LlmBatch::step()
{
    if (m_done || m_cancelling || !m_client)
        return;
    const QString status = m_record.status;
    if (status == kPreparing)
        submit();
    else if (status == kUploaded)
        createAtProvider();
    else if (status == kSubmitted || status == kEnded)
        poll();
    else if (status == kFailed)
        answerSynchronously(m_record.error);
    else
        checkDone();
}

QList<BatchLine> LlmBatch::pendingLines() const
{
    QList<BatchLine> lines;
    for (const Item &item : m_items)
        if (item.pending && !item.call)
            lines.append({item.record.customId, m_client->prepare(item.request).body});
    return lines;
}

void LlmBatch::submit()
{
    // What the workspace has answered before (an identical request) is not sent again.
    for (Item &item : m_items)
        if (item.pending && !item.call && m_client->hasCachedAnswer(item.record.requestHash))
            answer(item, m_client->send(item.request), u"cached"_s);
    const QList<BatchLine> lines = pendingLines();
    if (lines.isEmpty())
        return checkDone();
    const auto upload = m_format->uploadRequest(m_record.baseUrl, lines, m_endpoint);
    if (!upload)
        return createAtProvider();
    notify(Tr::tr("uploading %n request(s)", "", int(lines.size())));
    send(*upload, [this](const HttpOutcome &outcome, Failure failure) {
        if (failure != Failure::None)
            return submitFailed(outcome, failure);
        try {
            m_record.inputFileId = m_format->uploadedFileId(
                JsonExtractor::parse(outcome.body).value_or(nlohmann::json()));
        } catch (const Error &e) {
            return answerSynchronously(Tr::tr("%1 answered the upload unexpectedly (%2); the requests are sent one by one.")
                                           .arg(m_profile.displayName, e.message()));
        }
        m_record.status = kUploaded;
        m_retries = 0;
        save();
        createAtProvider();
    });
}

void LlmBatch::createAtProvider()
{
    const BatchHttpRequest http = m_format->createRequest(m_record.baseUrl, pendingLines(), m_endpoint, m_record.inputFileId);
    send(http, [this](const HttpOutcome &outcome, Failure failure) {
        if (failure != Failure::None)
            return submitFailed(outcome, failure);
        try {
            const BatchStatus status = m_format->parseStatus(
                JsonExtractor::parse(outcome.body).value_or(nlohmann::json()),
                m_record.baseUrl);
            m_record.providerBatchId = status.batchId;
            m_record.status = kSubmitted;
            m_record.submittedAt = QDateTime::currentDateTimeUtc();
            m_retries = 0;
            applyStatus(status);
        } catch (const Error &e) {
            answerSynchronously(Tr::tr("%1 answered the new batch unexpectedly (%2); the requests are sent one by one.")
                                    .arg(m_profile.displayName, e.message()));
        }
    });
}

void LlmBatch::submitFailed(const HttpOutcome &outcome, Failure failure)
{
    const QString detail = describe(outcome);
    if (failure == Failure::Authentication)
        return refuse(LlmResult::ErrorKind::Authentication,
                      Tr::tr("%1 refused the batch: %2 — check the API key (%3).")
                          .arg(m_profile.displayName, detail, Credentials::whereToPutKey(m_profile)));
    if (failure == Failure::Quota)
        return refuse(LlmResult::ErrorKind::Quota,
                      Tr::tr("%1 refused the batch: %2 — the account's quota or spend limit is exhausted.")
                          .arg(m_profile.displayName, detail));
    if (failure == Failure::Transient) {
        RetryOptions retry = m_client->options().retry;
        retry.retryAfterLimitSeconds = m_profile.retryAfterLimitSeconds;
        const RetryDecision decision = RetryPolicy::decide(outcome, m_retries, retry, QRandomGenerator::global()->generateDouble());
        if (decision.retry) {
            ++m_retries;
            notify(Tr::tr("cannot submit the batch yet (%1); trying again").arg(detail));
            return scheduleStep(int(decision.delayMs));
        }
    }
    answerSynchronously(Tr::tr("%1 did not take the batch (%2); its requests are sent one by one.").arg(m_profile.displayName, detail));
}

void LlmBatch::poll()
{
    send(m_format->statusRequest(m_record.baseUrl, m_record.providerBatchId), [this](const HttpOutcome &outcome, Failure failure) {
        const int interval = m_client->options().batchPollIntervalMs;
        switch (failure) {
        case Failure::None:
            break;
        case Failure::Authentication:
            return refuse(LlmResult::ErrorKind::Authentication,
                          Tr::tr("%1 refused to report on batch %2: %3 — check the API key (%4).")
                              .arg(m_profile.displayName, m_record.providerBatchId, describe(outcome),
                                   Credentials::whereToPutKey(m_profile)));
        case Failure::Quota:
            return refuse(LlmResult::ErrorKind::Quota, Tr::tr("%1 refused to report on batch %2: %3")
                                                           .arg(m_profile.displayName, m_record.providerBatchId, describe(outcome)));
        case Failure::NotFound:
            return answerSynchronously(Tr::tr("%1 does not know batch %2 (any more); its requests are sent one by one.")
                                           .arg(m_profile.displayName, m_record.providerBatchId));
        case Failure::Transient:
        case Failure::Refused:
            notify(Tr::tr("cannot ask %1 about batch %2 (%3); asking again later")
                       .arg(m_profile.displayName, m_record.providerBatchId, describe(outcome)));
            return scheduleStep(interval);
        }
        try {
            applyStatus(m_format->parseStatus(
                JsonExtractor::parse(outcome.body).value_or(nlohmann::json()),
                m_record.baseUrl));
        } catch (const Error &e) {
            notify(Tr::tr("%1 answered unexpectedly about batch %2 (%3); asking again later")
                       .arg(m_profile.displayName, m_record.providerBatchId, e.message()));
            scheduleStep(interval);
        }
    });
}

void LlmBatch::applyStatus(const BatchStatus &status)
{
    m_record.providerStatus = status.providerStatus;
    m_record.succeeded = status.succeeded;
    m_record.errored = status.errored;
    m_record.expired = status.expired;
    m_record.cancelled = status.cancelled;
    if (status.failed) {
        m_record.error = status.error.isEmpty() ? status.providerStatus : status.error;
        return answerSynchronously(Tr::tr("%1 did not run batch %2 (%3); its requests are sent one by one.")
                                       .arg(m_profile.displayName, m_record.providerBatchId, m_record.error));
    }
    if (status.ended) {
        if (m_record.status != kEnded) {
            m_record.status = kEnded;
            m_record.endedAt = QDateTime::currentDateTimeUtc();
        }
        save();
        notify(Tr::tr("reading the results"));
        m_resultUrls = status.resultUrls;
        m_results.clear();
        return fetchResults(0);
    }
    save();
    notify();
    scheduleStep(m_client->options().batchPollIntervalMs);
}

void LlmBatch::fetchResults(int index)
{
    if (index >= m_resultUrls.size())
        return collect();
    send({"GET", m_resultUrls[index], {}, {}}, [this, index](const HttpOutcome &outcome, Failure failure) {
        switch (failure) {
        case Failure::None:
            m_results << outcome.body;
            return fetchResults(index + 1);
        case Failure::Authentication:
        case Failure::Quota:
            return refuse(failure == Failure::Quota ? LlmResult::ErrorKind::Quota : LlmResult::ErrorKind::Authentication,
                          Tr::tr("%1 refused the results of batch %2: %3")
                              .arg(m_profile.displayName, m_record.providerBatchId, describe(outcome)));
        case Failure::NotFound:
            return answerSynchronously(Tr::tr("The results of batch %1 are gone; its requests are sent one by one.")
                                           .arg(m_record.providerBatchId));
        case Failure::Transient:
        case Failure::Refused:
            notify(Tr::tr("cannot read the results of batch %1 (%2); trying again later")
                       .arg(m_record.providerBatchId, describe(outcome)));
            return scheduleStep(m_client->options().batchPollIntervalMs);
        }
    });
}

void LlmBatch::collect()
{
    QHash<QString, BatchResultLine> lines;
    int malformed = 0;
    for (const QByteArray &file : std::as_const(m_results)) {
        for (const QByteArray &raw : file.split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            const auto parsed = m_format->parseResultLine(line);
            if (!parsed)
                ++malformed;
            else if (!lines.contains(parsed->customId))
                lines.insert(parsed->customId, *parsed);
        }
    }
    m_results.clear();
    store::LlmBatchStore store(m_workspace);
    int again = 0;
    for (Item &item : m_items) {
        if (!item.pending || item.call)
            continue;
        if (store.hasAnswer(m_record.id, item.record.requestHash)) {
            // Adopted before the process stopped: the recorded answer comes back from the cache, not priced twice.
            answer(item, m_client->send(item.request), u"cached"_s);
            continue;
        }
        const auto it = lines.constFind(item.record.customId);
        if (it != lines.cend() && it->outcome == BatchResultLine::Outcome::Succeeded) {
            answer(item, m_client->adopt(item.request, it->body, m_record.id, it->requestId), u"succeeded"_s);
            continue;
        }
        ++again;   // errored, expired, cancelled, or no readable line: once more, synchronously
        answer(item, m_client->send(item.request), it == lines.cend() ? u"missing"_s : outcomeName(it->outcome));
    }
    QString message;
    if (again > 0)
        message = Tr::tr("%n request(s) not answered by the batch are sent one by one", "", again);
    if (malformed > 0)
        message += (message.isEmpty() ? QString() : u"; "_s) + Tr::tr("%n result line(s) could not be read", "", malformed);
    notify(message);
    checkDone();
}

void LlmBatch::answerSynchronously(const QString &why)
{
    m_record.status = kFailed;
    m_record.error = why;
    save();
    notify(why);
    for (Item &item : m_items)
        if (item.pending && !item.call)
            answer(item, m_client->send(item.request), u"synchronous"_s);
    checkDone();
}

void LlmBatch::refuse(LlmResult::ErrorKind kind, const QString &error)
{
    m_record.status = kFailed;
    m_record.error = error;
    save();
    notify(error);
    QPointer<LlmBatch> self(this);
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (!item.pending || item.call)
            continue;
        item.pending = false;
        ++m_answered;
        LlmResult r;
        r.errorKind = kind;
        r.error = error;
        Q_EMIT itemFinished(item.record.customId, item.record.contextJson, r);
        if (!self)
            return;
        try {
            store::LlmBatchStore(m_workspace).markItemDone(m_items[i].record.id, u"refused"_s, 0);
        } catch (const Error &e) {
            m_message = e.message();
        }
    }
    checkDone();
}

void LlmBatch::answer(Item &item, LlmCall *call, const QString &outcome)
{
    item.call = call;
    const qint64 itemId = item.record.id;
    connect(call, &LlmCall::finished, this, [this, itemId, outcome](const LlmResult &result) {
        if (m_done || m_cancelling || result.status == LlmResult::Status::Cancelled)
            return;   // cancelled: the request stays pending
        const auto it = std::find_if(m_items.begin(), m_items.end(), [itemId](const Item &i) { return i.record.id == itemId; });
        if (it == m_items.end() || !it->pending)
            return;
        it->pending = false;
        it->call = nullptr;
        ++m_answered;
        const QString customId = it->record.customId;
        const QByteArray context = it->record.contextJson;
        QPointer<LlmBatch> self(this);
        // The caller keeps the answer first; a stop in between leaves the request pending, and a resumed
        // collection answers it again from the recorded call, not at a second price.
        Q_EMIT itemFinished(customId, context, result);
        if (!self)
            return;
        try {
            store::LlmBatchStore(m_workspace).markItemDone(itemId, outcome, result.callId);
        } catch (const Error &e) {
            m_message = e.message();
        }
        if (m_answered % 50 == 0)
            notify(m_message);
        checkDone();
    });
}

void LlmBatch::checkDone()
{
    if (m_done)
        return;
    for (const Item &item : std::as_const(m_items))
        if (item.pending)
            return;
    m_done = true;
    m_timer.stop();
    m_record.collectedAt = QDateTime::currentDateTimeUtc();
    save();
    Q_EMIT finished(progress());
}

void LlmBatch::cancel()
{
    if (m_done || m_cancelling)
        return;
    m_cancelling = true;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    for (const Item &item : std::as_const(m_items))
        if (item.call)
            item.call->cancel();
    const bool atProvider = !m_record.providerBatchId.isEmpty() && m_record.status == kSubmitted;
    if (!atProvider || !m_client)
        return finishCancel({});
    send(
        m_format->cancelRequest(m_record.baseUrl, m_record.providerBatchId),
        [this](const HttpOutcome &outcome, Failure failure) {
            if (failure != Failure::None)
                return finishCancel(Tr::tr("%1 did not confirm that batch %2 is cancelled: %3")
                                        .arg(m_profile.displayName, m_record.providerBatchId, describe(outcome)));
            try {
                m_record.providerStatus = m_format
                                              ->parseStatus(JsonExtractor::parse(outcome.body).value_or(nlohmann::json()),
                                                            m_record.baseUrl)
                                              .providerStatus;
            } catch (const Error &) {
            }
            finishCancel({});
        },
        true);
}

void LlmBatch::finishCancel(const QString &message)
{
    m_record.status = kCancelled;
    if (!message.isEmpty())
        m_record.error = message;
    save();
    m_done = true;
    m_message = message;
    Q_EMIT finished(progress());
}

void LlmBatch::send(const BatchHttpRequest &http, std::function<void(const HttpOutcome &, Failure)> done, bool evenWhenCancelling)
{
    QNetworkRequest request{QUrl(http.url)};
    for (const auto &[name, value] : WireFormat::create(m_profile.format)->headers(m_profile, m_client->apiKeyFor(m_profile.id)))
        if (name.toLower() != "content-type")
            request.setRawHeader(name, value);
    if (!http.contentType.isEmpty())
        request.setRawHeader("Content-Type", http.contentType);
    request.setTransferTimeout(m_client->options().idleTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = http.method == "GET" ? m_network->get(request) : m_network->post(request, http.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done), evenWhenCancelling] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        if (m_done || (m_cancelling && !evenWhenCancelling) || !m_client)
            return;
        HttpOutcome outcome;
        outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            outcome.headers.insert(name.toLower(), value);
        outcome.body = reply->readAll();
        const QNetworkReply::NetworkError error = reply->error();
        outcome.timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        if (error != QNetworkReply::NoError && int(error) < 100) {
            outcome.status = 0;   // refused, reset, timed out: no (complete) answer
            m_networkError = reply->errorString();
        }
        Failure failure = Failure::None;
        if (outcome.status == 0)
            failure = Failure::Transient;
        else if (outcome.status >= 200 && outcome.status < 300 && error == QNetworkReply::NoError)
            failure = Failure::None;
        else if (outcome.status == 401 || outcome.status == 403)
            failure = Failure::Authentication;
        else if (RetryPolicy::isQuotaError(outcome.body))
            failure = Failure::Quota;
        else if (outcome.status == 404)
            failure = Failure::NotFound;
        else if (outcome.status == 408 || outcome.status == 409 || outcome.status == 429 || outcome.status >= 500)
            failure = Failure::Transient;
        else
            failure = Failure::Refused;
        done(outcome, failure);
    });
}

QString LlmBatch::describe(const HttpOutcome &outcome) const
{
    QString detail;
    if (outcome.status == 0) {
        detail = outcome.timedOut ? Tr::tr("no answer in time") : Tr::tr("no answer: %1").arg(m_networkError);
    } else {
        const WireError e = WireFormat::parseError(outcome.body);
        QStringList tags;
        for (const QString &tag : {e.type, e.code})
            if (!tag.isEmpty() && !tags.contains(tag))
                tags << tag;
        detail = Tr::tr("HTTP %1: %2").arg(outcome.status).arg(e.message);
        if (!tags.isEmpty())
            detail += u" ["_s + tags.join(u", "_s) + u']';
    }
    return SecretRedactor::redact(detail, m_client ? m_client->secrets() : QStringList());
}

} // namespace wb::llm
