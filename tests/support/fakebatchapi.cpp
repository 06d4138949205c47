// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakebatchapi.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QRegularExpression>

namespace wb::test {

namespace {

FakeResponse json(int status, const nlohmann::json &body)
{
    FakeResponse r;
    r.status = status;
    r.body = QByteArray::fromStdString(body.dump());
    return r;
}

FakeResponse openAiError(int status, const std::string &message, const char *type = "invalid_request_error")
{
    return json(status, {{"error", {{"message", message}, {"type", type}, {"param", nullptr}, {"code", nullptr}}}});
}

FakeResponse anthropicError(int status, const std::string &message, const char *type = "invalid_request_error")
{
    return json(status, {{"type", "error"}, {"error", {{"type", type}, {"message", message}}}, {"request_id", "req_fake_batch"}});
}

nlohmann::json parse(const QByteArray &bytes)
{
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QByteArray header(const QByteArray &headers, const QByteArray &name)
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray parameter(const QByteArray &value, const QByteArray &name)
{
    for (QByteArray part : value.split(';')) {
        part = part.trimmed();
        if (part.startsWith(QByteArray(name + '='))) {
            QByteArray v = part.mid(name.size() + 1);
            if (v.startsWith('"') && v.endsWith('"'))
                v = v.mid(1, v.size() - 2);
            return v;
        }
    }
    return {};
}

/** The parts of a multipart/form-data body: name -> content. */
QHash<QByteArray, QByteArray> formParts(const RecordedRequest &request)
{
    QHash<QByteArray, QByteArray> parts;
    const QByteArray boundary = parameter(request.headers.value("content-type"), "boundary");
    if (boundary.isEmpty())
        return parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = request.body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (request.body.mid(pos, 2) == "--")
            break;
        const qsizetype headerEnd = request.body.indexOf("\r\n\r\n", pos);
        const qsizetype next = request.body.indexOf(QByteArray("\r\n" + delimiter), headerEnd);
        if (headerEnd < 0 || next < 0)
            break;
        const QByteArray headers = request.body.mid(pos, headerEnd - pos);
        const QByteArray name = parameter(header(headers, "content-disposition"), "name");
        parts.insert(name, request.body.mid(headerEnd + 4, next - headerEnd - 4));
        pos = next + 2;
    }
    return parts;
}

} // namespace

void FakeBatchApi::setBehaviour(const FakeBatchBehaviour &behaviour)
{
    QMutexLocker lock(&m_mutex);
    m_behaviour = behaviour;
}

void FakeBatchApi::setHold(bool hold)
{
    QMutexLocker lock(&m_mutex);
    m_behaviour.hold = hold;
}

int FakeBatchApi::created() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_batches.size());
}

QStringList FakeBatchApi::ids() const
{
    QMutexLocker lock(&m_mutex);
    return m_order;
}

QStringList FakeBatchApi::customIds(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    for (const Line &line : m_batches.value(id).lines)
        out << line.customId;
    return out;
}

std::optional<FakeResponse> FakeBatchApi::handle(const RecordedRequest &request, const Answer &answer)
{
    QMutexLocker lock(&m_mutex);
    const QByteArray path = request.path;
    const bool post = request.method == "POST";
    static const QRegularExpression openAiBatch(QStringLiteral("^/v1/batches/([^/]+)(/cancel)?$"));
    static const QRegularExpression openAiFile(QStringLiteral("^/v1/files/([^/]+)/content$"));
    static const QRegularExpression anthropicBatch(QStringLiteral("^/v1/messages/batches/([^/]+)(/cancel|/results)?$"));
    const QString p = QString::fromLatin1(path);

    if (path == "/v1/files" && post)
        return openAiUpload(request);
    if (path == "/v1/batches" && post)
        return openAiCreate(request);
    if (path == "/v1/messages/batches" && post)
        return anthropicCreate(request);
    if (const auto m = openAiFile.match(p); m.hasMatch() && request.method == "GET") {
        const auto it = m_files.constFind(m.captured(1));
        if (it == m_files.cend())
            return openAiError(404, "No such File object: " + m.captured(1).toStdString());
        FakeResponse r;
        r.body = *it;
        return r;
    }
    if (const auto m = openAiBatch.match(p); m.hasMatch()) {
        auto it = m_batches.find(m.captured(1));
        if (it == m_batches.end() || it->anthropic)
            return openAiError(404, "No batch found with id '" + m.captured(1).toStdString() + "'.");
        if (!m.captured(2).isEmpty()) {
            if (!post)
                return openAiError(405, "Method not allowed.");
            if (it->status == QLatin1String("completed") || it->status == QLatin1String("failed")
                || it->status == QLatin1String("expired") || it->status == QLatin1String("cancelled"))
                return openAiError(400, "Cannot cancel a batch with status '" + it->status.toStdString() + "'.");
            it->status = QStringLiteral("cancelling");
            it->cancelRequested = true;
            return json(200, openAiObject(*it));
        }
        advance(*it, answer);
        return json(200, openAiObject(*it));
    }
    if (const auto m = anthropicBatch.match(p); m.hasMatch()) {
        auto it = m_batches.find(m.captured(1));
        if (it == m_batches.end() || !it->anthropic)
            return anthropicError(404, "Message batch not found.", "not_found_error");
        if (m.captured(2) == QLatin1String("/cancel")) {
            if (!post)
                return anthropicError(405, "Method not allowed.");
            if (it->status == QLatin1String("ended"))
                return anthropicError(400, "Batch has already ended.");
            it->status = QStringLiteral("canceling");
            it->cancelRequested = true;
            return json(200, anthropicObject(*it));
        }
        if (m.captured(2) == QLatin1String("/results")) {
            if (it->status != QLatin1String("ended"))
                return anthropicError(400, "Batch is still processing; results are available once it has ended.");
            FakeResponse r;
            r.body = it->results;
            return r;
        }
        advance(*it, answer);
        return json(200, anthropicObject(*it));
    }
    return std::nullopt;
}

FakeResponse FakeBatchApi::openAiUpload(const RecordedRequest &request)
{
    if (!request.headers.value("content-type").startsWith("multipart/form-data"))
        return openAiError(400, "Files are uploaded as multipart/form-data.");
    const auto parts = formParts(request);
    if (parts.value("purpose") != "batch")
        return openAiError(400, "'purpose' must be one of 'assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals'.");
    if (!parts.contains("file") || parts.value("file").trimmed().isEmpty())
        return openAiError(400, "The file is empty.");
    QSet<QString> ids;
    QString url, model;
    int number = 0;
    for (const QByteArray &raw : parts.value("file").split('\n')) {
        if (raw.trimmed().isEmpty())
            continue;
        ++number;
        const auto line = parse(raw);
        const std::string where = "Line " + std::to_string(number) + ": ";
        if (!line.is_object() || !line.contains("custom_id") || !line["custom_id"].is_string() || line.value("method", "") != "POST"
            || !line.contains("url") || !line.contains("body") || !line["body"].is_object())
            return openAiError(400, where + "each line needs custom_id, method POST, url and body.");
        const QString id = QString::fromStdString(line["custom_id"].get<std::string>());
        if (ids.contains(id))
            return openAiError(400, where + "the custom_id " + id.toStdString() + " is not unique.");
        ids.insert(id);
        const QString lineUrl = QString::fromStdString(line.value("url", std::string()));
        const QString lineModel = QString::fromStdString(line["body"].value("model", std::string()));
        if ((!url.isEmpty() && lineUrl != url) || (!model.isEmpty() && lineModel != model))
            return openAiError(400, where + "every request of a batch file must use the same url and model.");
        url = lineUrl;
        model = lineModel;
    }
    const QString id = QStringLiteral("file-fake%1").arg(m_next++);
    m_files.insert(id, parts.value("file"));
    return json(200, {{"id", id.toStdString()},
                      {"object", "file"},
                      {"bytes", parts.value("file").size()},
                      {"created_at", QDateTime::currentSecsSinceEpoch()},
                      {"filename", "batch.jsonl"},
                      {"purpose", "batch"}});
}

FakeResponse FakeBatchApi::openAiCreate(const RecordedRequest &request)
{
    const auto body = request.json();
    if (!body.is_object() || !body.contains("input_file_id") || !body.contains("endpoint"))
        return openAiError(400, "input_file_id and endpoint are required.");
    if (body.value("completion_window", "") != "24h")
        return openAiError(400, "completion_window must be '24h'.");
    const QString fileId = QString::fromStdString(body.value("input_file_id", std::string()));
    const auto file = m_files.constFind(fileId);
    if (file == m_files.cend())
        return openAiError(404, "No such File object: " + fileId.toStdString());
    Batch batch;
    batch.id = QStringLiteral("batch_fake%1").arg(m_next++);
    batch.status = QStringLiteral("validating");
    batch.inputFileId = fileId;
    batch.headers = request.headers;
    batch.host = request.headers.value("host");
    batch.createdAt = QDateTime::currentSecsSinceEpoch();
    const std::string endpoint = body.value("endpoint", std::string());
    for (const QByteArray &raw : file->split('\n')) {
        if (raw.trimmed().isEmpty())
            continue;
        const auto line = parse(raw);
        if (line.value("url", std::string()) != endpoint)
            batch.errors << QStringLiteral("The url of the request does not match the batch's endpoint.");
        batch.lines.append({QString::fromStdString(line["custom_id"].get<std::string>()),
                            QByteArray::fromStdString(line.value("url", std::string())),
                            QByteArray::fromStdString(line["body"].dump())});
    }
    if (m_behaviour.refuse)
        batch.errors << QStringLiteral("The batch was refused (test).");
    m_order << batch.id;
    const auto inserted = m_batches.insert(batch.id, batch);
    return json(200, openAiObject(*inserted));
}

FakeResponse FakeBatchApi::anthropicCreate(const RecordedRequest &request)
{
    if (request.headers.value("anthropic-version").isEmpty())
        return anthropicError(400, "anthropic-version: header is required");
    if (request.headers.value("x-api-key").isEmpty())
        return anthropicError(401, "x-api-key header is required", "authentication_error");
    const auto body = request.json();
    if (!body.is_object() || !body.contains("requests") || !body["requests"].is_array() || body["requests"].empty())
        return anthropicError(400, "requests: at least one request is required");
    static const QRegularExpression customId(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    Batch batch;
    batch.id = QStringLiteral("msgbatch_fake%1").arg(m_next++);
    batch.anthropic = true;
    batch.status = QStringLiteral("in_progress");
    batch.headers = request.headers;
    batch.host = request.headers.value("host");
    batch.createdAt = QDateTime::currentSecsSinceEpoch();
    QSet<QString> ids;
    for (const auto &entry : body["requests"]) {
        const QString id = QString::fromStdString(entry.value("custom_id", std::string()));
        if (!customId.match(id).hasMatch() || ids.contains(id))
            return anthropicError(400, "requests: custom_id must be unique and match ^[a-zA-Z0-9_-]{1,64}$");
        ids.insert(id);
        const auto params = entry.value("params", nlohmann::json());
        if (!params.is_object() || !params.contains("model") || !params.contains("messages") || params.value("max_tokens", 0) < 1
            || params.value("stream", false))
            return anthropicError(400, "requests: params need model, messages and max_tokens >= 1, and no streaming");
        batch.lines.append({id, "/v1/messages", QByteArray::fromStdString(params.dump())});
    }
    m_order << batch.id;
    const auto inserted = m_batches.insert(batch.id, batch);
    return json(200, anthropicObject(*inserted));
}

void FakeBatchApi::advance(Batch &batch, const Answer &answer)
{
    const QString s = batch.status;
    if (batch.anthropic) {
        if (s == QLatin1String("canceling"))
            finish(batch, answer, true);
        else if (s == QLatin1String("in_progress") && !m_behaviour.hold)
            finish(batch, answer, false);
        return;
    }
    if (s == QLatin1String("validating"))
        batch.status = batch.errors.isEmpty() ? QStringLiteral("in_progress") : QStringLiteral("failed");
    else if (s == QLatin1String("cancelling"))
        finish(batch, answer, true);
    else if (s == QLatin1String("in_progress") && !m_behaviour.hold)
        batch.status = QStringLiteral("finalizing");
    else if (s == QLatin1String("finalizing"))
        finish(batch, answer, false);
}

void FakeBatchApi::finish(Batch &batch, const Answer &answer, bool cancelled)
{
    QByteArray output, errors;
    int n = 0;
    bool anyExpired = false;
    for (const Line &line : std::as_const(batch.lines)) {
        ++n;
        const std::string customId = line.customId.toStdString();
        const std::string requestId = "req_fake_" + std::to_string(n);
        nlohmann::json entry;
        QByteArray *target = &output;
        if (cancelled || m_behaviour.expiring.contains(line.customId)) {
            const bool expired = !cancelled;
            anyExpired = anyExpired || expired;
            (expired ? batch.expired : batch.cancelled) += 1;
            if (batch.anthropic) {
                entry = {{"custom_id", customId}, {"result", {{"type", expired ? "expired" : "canceled"}}}};
            } else {
                entry = {{"id", "batch_req_" + std::to_string(n)},
                         {"custom_id", customId},
                         {"response", nullptr},
                         {"error", {{"code", expired ? "batch_expired" : "batch_cancelled"},
                                    {"message", expired ? "This request could not be executed before the completion window expired."
                                                        : "This request was cancelled before it was executed."}}}};
                target = &errors;
            }
        } else {
            FakeResponse response;
            if (m_behaviour.failing.contains(line.customId)) {
                response = batch.anthropic ? anthropicError(500, "Internal server error", "api_error")
                                           : openAiError(500, "The server had an error while processing your request.", "server_error");
            } else {
                RecordedRequest synchronous;
                synchronous.method = "POST";
                synchronous.path = line.path;
                synchronous.headers = batch.headers;
                synchronous.body = line.body;
                response = answer(synchronous);
            }
            const auto body = parse(response.body);
            const bool ok = response.status >= 200 && response.status < 300;
            (ok ? batch.succeeded : batch.errored) += 1;
            if (batch.anthropic) {
                entry = ok ? nlohmann::json{{"custom_id", customId}, {"result", {{"type", "succeeded"}, {"message", body}}}}
                           : nlohmann::json{{"custom_id", customId}, {"result", {{"type", "errored"}, {"error", body}}}};
            } else {
                entry = {{"id", "batch_req_" + std::to_string(n)},
                         {"custom_id", customId},
                         {"response", {{"status_code", response.status}, {"request_id", requestId}, {"body", body}}},
                         {"error", nullptr}};
                if (!ok)
                    target = &errors;
            }
        }
        QByteArray text = QByteArray::fromStdString(entry.dump());
        if (m_behaviour.malformed.contains(line.customId))
            text = text.left(text.size() / 2);   // cut off mid-line
        target->prepend(text + '\n');           // results come in no particular order: here the reverse
    }
    if (batch.anthropic) {
        batch.results = output;
        batch.status = QStringLiteral("ended");
        return;
    }
    if (!output.isEmpty()) {
        batch.outputFileId = QStringLiteral("file-fake%1").arg(m_next++);
        m_files.insert(batch.outputFileId, output);
    }
    if (!errors.isEmpty()) {
        batch.errorFileId = QStringLiteral("file-fake%1").arg(m_next++);
        m_files.insert(batch.errorFileId, errors);
    }
    batch.status = cancelled ? QStringLiteral("cancelled") : anyExpired ? QStringLiteral("expired") : QStringLiteral("completed");
}

nlohmann::json FakeBatchApi::openAiObject(const Batch &b) const
{
    const int total = int(b.lines.size());
    const bool done = b.status == QLatin1String("completed") || b.status == QLatin1String("expired")
                      || b.status == QLatin1String("cancelled");
    nlohmann::json errors = nullptr;
    if (b.status == QLatin1String("failed")) {
        nlohmann::json data = nlohmann::json::array();
        for (const QString &e : b.errors)
            data.push_back({{"code", "invalid_request"}, {"message", e.toStdString()}, {"param", nullptr}, {"line", 1}});
        errors = {{"object", "list"}, {"data", data}};
    }
    auto idOrNull = [](const QString &id) { return id.isEmpty() ? nlohmann::json() : nlohmann::json(id.toStdString()); };
    return {{"id", b.id.toStdString()},
            {"object", "batch"},
            {"endpoint", b.lines.isEmpty() ? "" : b.lines.first().path.toStdString()},
            {"errors", errors},
            {"input_file_id", b.inputFileId.toStdString()},
            {"completion_window", "24h"},
            {"status", b.status.toStdString()},
            {"output_file_id", idOrNull(b.outputFileId)},
            {"error_file_id", idOrNull(b.errorFileId)},
            {"created_at", b.createdAt},
            {"in_progress_at", b.status == QLatin1String("validating") ? nlohmann::json() : nlohmann::json(b.createdAt)},
            {"expires_at", b.createdAt + 86400},
            {"completed_at", done ? nlohmann::json(b.createdAt) : nlohmann::json()},
            {"request_counts", {{"total", total}, {"completed", done ? b.succeeded : 0}, {"failed", done ? b.errored + b.expired : 0}}},
            {"metadata", {{"created_by", "fake"}}}};
}

nlohmann::json FakeBatchApi::anthropicObject(const Batch &b) const
{
    const bool ended = b.status == QLatin1String("ended");
    const int total = int(b.lines.size());
    return {{"id", b.id.toStdString()},
            {"type", "message_batch"},
            {"processing_status", b.status.toStdString()},
            {"request_counts", {{"processing", ended ? 0 : total},
                                {"succeeded", b.succeeded},
                                {"errored", b.errored},
                                {"canceled", b.cancelled},
                                {"expired", b.expired}}},
            {"ended_at", ended ? nlohmann::json("2026-11-20T10:00:00Z") : nlohmann::json()},
            {"created_at", "2026-11-20T09:00:00Z"},
            {"expires_at", "2026-11-21T09:00:00Z"},
            {"archived_at", nullptr},
            {"cancel_initiated_at", b.cancelRequested ? nlohmann::json("2026-11-20T09:30:00Z") : nlohmann::json()},
            {"results_url", ended ? nlohmann::json(QByteArray("http://" + b.host + "/v1/messages/batches/" + b.id.toUtf8()
                                                              + "/results").toStdString())
                                  : nlohmann::json()}};
}

} // namespace wb::test
