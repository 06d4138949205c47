// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakellmserver.h"

#include "fakebatchapi.h"

#include <QDateTime>
#include <QEventLoop>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <pthread.h>
#include <time.h>

namespace wb::test {

namespace {

nlohmann::json usageOr(const nlohmann::json &usage, nlohmann::json fallback)
{
    return usage.is_null() ? std::move(fallback) : usage;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 529: return "Overloaded";
    default: return "Status";
    }
}

// Accepts connections and answers them; lives in the server thread.
class Listener : public QTcpServer
{
public:
    explicit Listener(FakeLlmServer *owner)
        : m_owner(owner)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.insert(name, value);
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        m_owner->record(request);
        const FakeResponse response = m_owner->nextResponse(request);
        FakeLlmServer *owner = m_owner;
        auto respond = [socket, response, owner, body = request.body] {
            if (response.fault != FakeResponse::Fault::Stall)
                owner->answered();
            switch (response.fault) {
            case FakeResponse::Fault::Reset:
                socket->abort();
                return;
            case FakeResponse::Fault::Stall:
                return;   // never answer; the socket stays open until the server stops
            default:
                break;
            }
            QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
            head += "Content-Type: application/json\r\nConnection: close\r\n";
            const qsizetype announced = response.fault == FakeResponse::Fault::Truncate ? response.body.size() + 4096
                                                                                        : response.body.size();
            head += "Content-Length: " + QByteArray::number(announced) + "\r\n";
            for (const auto &[name, value] : response.headers)
                head += name + ": " + value + "\r\n";
            socket->write(head + "\r\n" + response.body);
            socket->flush();
            if (response.status / 100 == 2 && response.fault == FakeResponse::Fault::None)
                owner->written(body);
            socket->disconnectFromHost();
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, socket, respond);
        else
            respond();
    }

    FakeLlmServer *m_owner;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

FakeResponse FakeResponse::openAi(const QString &content, const nlohmann::json &usage)
{
    const nlohmann::json body{
        {"id", "chatcmpl-test"},
        {"object", "chat.completion"},
        {"created", 1764000000},
        {"model", "test-model"},
        {"choices", nlohmann::json::array({{{"index", 0},
                                            {"message", {{"role", "assistant"}, {"content", content.toStdString()}, {"refusal", nullptr}}},
                                            {"finish_reason", "stop"}}})},
        {"usage", usageOr(usage, {{"prompt_tokens", 12}, {"completion_tokens", 3}, {"total_tokens", 15}})}};
    FakeResponse r;
    r.body = QByteArray::fromStdString(body.dump());
    r.headers = {{"x-request-id", "req_test_openai"}};
    return r;
}

FakeResponse FakeResponse::anthropicText(const QString &text, const nlohmann::json &usage)
{
    const nlohmann::json body{{"id", "msg_test"},
                              {"type", "message"},
                              {"role", "assistant"},
                              {"model", "claude-test"},
                              {"content", nlohmann::json::array({{{"type", "text"}, {"text", text.toStdString()}}})},
                              {"stop_reason", "end_turn"},
                              {"stop_sequence", nullptr},
                              {"usage", usageOr(usage, {{"input_tokens", 12}, {"output_tokens", 3}})}};
    FakeResponse r;
    r.body = QByteArray::fromStdString(body.dump());
    r.headers = {{"request-id", "req_test_anthropic"}};
    return r;
}

FakeResponse FakeResponse::anthropicTool(const QString &tool, const nlohmann::json &input, const nlohmann::json &usage)
{
    const nlohmann::json body{
        {"id", "msg_tool"},
        {"type", "message"},
        {"role", "assistant"},
        {"model", "claude-test"},
        {"content", nlohmann::json::array({{{"type", "tool_use"}, {"id", "toolu_1"}, {"name", tool.toStdString()}, {"input", input}}})},
        {"stop_reason", "tool_use"},
        {"usage", usageOr(usage, {{"input_tokens", 40}, {"output_tokens", 20}})}};
    FakeResponse r;
    r.body = QByteArray::fromStdString(body.dump());
    return r;
}

FakeResponse FakeResponse::error(int status, const nlohmann::json &body, QList<QPair<QByteArray, QByteArray>> headers)
{
    FakeResponse r;
    r.status = status;
    r.body = QByteArray::fromStdString(body.dump());
    r.headers = std::move(headers);
    return r;
}

FakeResponse FakeResponse::withFault(Fault f)
{
    FakeResponse r;
    r.fault = f;
    r.body = "{\"choices\": [{\"message\": {\"content\": \"trunc";
    return r;
}

nlohmann::json RecordedRequest::json() const
{
    return nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

FakeLlmServer::FakeLlmServer()
    : m_batches(std::make_unique<FakeBatchApi>())
{
    QSemaphore ready;
    m_thread = QThread::create([this, &ready] {
        Listener listener(this);
        listener.listen(QHostAddress::LocalHost, 0);
        m_port = listener.serverPort();
        clockid_t clock;
        if (pthread_getcpuclockid(pthread_self(), &clock) == 0) {
            m_cpuClock = qint64(clock);
            m_hasCpuClock = true;
        }
        ready.release();
        QEventLoop loop;
        loop.exec();   // QThread::quit() ends it
    });
    m_thread->start();
    ready.acquire();
}

FakeLlmServer::~FakeLlmServer()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

double FakeLlmServer::threadCpuMs() const
{
    timespec ts{};
    if (!m_hasCpuClock || clock_gettime(clockid_t(m_cpuClock), &ts) != 0)
        return 0;
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

QString FakeLlmServer::openAiBaseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port);
}

QString FakeLlmServer::anthropicBaseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FakeLlmServer::enqueue(const FakeResponse &response)
{
    QMutexLocker lock(&m_mutex);
    m_script.push_back(response);
}

QList<RecordedRequest> FakeLlmServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeLlmServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

void FakeLlmServer::setHandler(std::function<FakeResponse(const RecordedRequest &)> handler)
{
    QMutexLocker lock(&m_mutex);
    m_handler = std::move(handler);
}

FakeResponse FakeLlmServer::nextResponse(const RecordedRequest &request)
{
    std::function<FakeResponse(const RecordedRequest &)> handler;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_script.empty()) {
            FakeResponse r = m_script.front();
            m_script.pop_front();
            return r;
        }
        handler = m_handler;
    }
    auto answer = [handler](const RecordedRequest &r) {
        if (handler)
            return handler(r);
        return r.path.endsWith("/v1/messages") ? FakeResponse::anthropicText(QStringLiteral("pong"))
                                               : FakeResponse::openAi(QStringLiteral("pong"));
    };
    if (auto batch = m_batches->handle(request, answer))
        return *batch;
    return answer(request);
}

void FakeLlmServer::record(const RecordedRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
    m_requests.last().receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_requests.last().answersWrittenBefore = int(m_written.size());
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
}

void FakeLlmServer::written(const QByteArray &requestBody)
{
    QMutexLocker lock(&m_mutex);
    m_written.append({requestBody, QDateTime::currentMSecsSinceEpoch()});
}

QList<WrittenAnswer> FakeLlmServer::writtenAnswers() const
{
    QMutexLocker lock(&m_mutex);
    return m_written;
}

void FakeLlmServer::answered()
{
    QMutexLocker lock(&m_mutex);
    --m_inFlight;
}

int FakeLlmServer::maxInFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxInFlight;
}

} // namespace wb::test
