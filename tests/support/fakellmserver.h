// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include <nlohmann/json.hpp>

#include <deque>
#include <functional>
#include <memory>

class QThread;

namespace wb::test {

class FakeBatchApi;

/** One scripted answer of the FakeLlmServer, or a fault to inject. */
struct FakeResponse
{
    enum class Fault { None, Reset, Stall, Truncate };
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Fault fault = Fault::None;
    int delayMs = 0;

    /** An OpenAI chat.completion with @p content and @p usage (default: 12 in / 3 out). */
    static FakeResponse openAi(const QString &content, const nlohmann::json &usage = nullptr);
    /** An Anthropic message with one text block. */
    static FakeResponse anthropicText(const QString &text, const nlohmann::json &usage = nullptr);
    /** An Anthropic message whose answer is a tool_use block named @p tool. */
    static FakeResponse anthropicTool(const QString &tool, const nlohmann::json &input, const nlohmann::json &usage = nullptr);
    static FakeResponse error(int status, const nlohmann::json &body, QList<QPair<QByteArray, QByteArray>> headers = {});
    static FakeResponse withFault(Fault f);
};

struct RecordedRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;   ///< names lower case
    QByteArray body;
    qint64 receivedAtMs = 0;                 ///< when the whole request had arrived (ms since the epoch)
    int answersWrittenBefore = 0;            ///< successful answers written out in full before it arrived (ordering, not time)
    nlohmann::json json() const;
};

/** A response the server wrote out in full: to which request body, and when. */
struct WrittenAnswer
{
    QByteArray requestBody;
    qint64 writtenAtMs = 0;
};

/**
 * A loopback HTTP/1.1 server that speaks both LLM wire formats, for tests. It runs in its own thread
 * (so a test may block, e.g. on a child process), answers each request with the next scripted
 * response — or, when the script is empty, with a valid "pong" in the format the path implies — and
 * records every request. The providers' batch endpoints are served too (see FakeBatchApi): each request
 * of a batch is answered like the same synchronous request. Stops with the object.
 */
class FakeLlmServer final
{
public:
    FakeLlmServer();
    ~FakeLlmServer();
    FakeLlmServer(const FakeLlmServer &) = delete;
    FakeLlmServer &operator=(const FakeLlmServer &) = delete;

    quint16 port() const { return m_port; }
    /** Base URL as the SDKs take it: with /v1 for the OpenAI format, without for Anthropic. */
    QString openAiBaseUrl() const;
    QString anthropicBaseUrl() const;

    void enqueue(const FakeResponse &response);
    /** Answers requests when the script is empty (called in the server thread; must be thread-safe). */
    void setHandler(std::function<FakeResponse(const RecordedRequest &)> handler);
    QList<RecordedRequest> requests() const;
    /** Every successful (2xx) answer written out in full, in order. */
    QList<WrittenAnswer> writtenAnswers() const;
    int requestCount() const;
    /** CPU time the server thread has used, in milliseconds (benchmarks subtract it). */
    double threadCpuMs() const;
    /** The most requests that were waiting for their answer at the same time. */
    int maxInFlight() const;
    /** The batch endpoints of both providers (OpenAI files and batches, Anthropic message batches). */
    FakeBatchApi &batches() { return *m_batches; }

    // Used by the server thread.
    FakeResponse nextResponse(const RecordedRequest &request);
    void record(const RecordedRequest &request);
    void answered();
    void written(const QByteArray &requestBody);

private:
    mutable QMutex m_mutex;
    std::deque<FakeResponse> m_script;
    std::function<FakeResponse(const RecordedRequest &)> m_handler;
    QList<RecordedRequest> m_requests;
    QList<WrittenAnswer> m_written;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QThread *m_thread = nullptr;
    qint64 m_cpuClock = 0;
    bool m_hasCpuClock = false;   // thread CPU clock ids are negative numbers
    quint16 m_port = 0;
    std::unique_ptr<FakeBatchApi> m_batches;
};

} // namespace wb::test
