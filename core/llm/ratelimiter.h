// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <deque>

namespace wb::llm {

/**
 * Client-side limits of one provider: requests in flight, requests and (input) tokens per minute over
 * a sliding window, and a pause until the reset time when the server's x-ratelimit-* /
 * anthropic-ratelimit-* headers say a budget is exhausted. Time is passed in (ms since any epoch), so
 * the logic is testable without waiting. Not thread-safe: owned by the client's thread.
 */
class RateLimiter final
{
public:
    RateLimiter(int maxConcurrency, int requestsPerMinute, int tokensPerMinute);

    bool hasFreeSlot() const { return m_inFlight < m_maxConcurrency; }
    /** Milliseconds until a request estimated at @p tokens may start (0: now), slots aside. */
    qint64 waitMs(qint64 nowMs, qint64 tokens) const;
    void started(qint64 nowMs, qint64 tokens);
    void finished();
    /** Reads the server's remaining budgets; an exhausted one pauses the provider until its reset. */
    void applyHeaders(const QHash<QByteArray, QByteArray> &headers, qint64 nowMs);

    int inFlight() const { return m_inFlight; }
    qint64 pausedUntilMs() const { return m_pausedUntil; }

private:
    void expire(qint64 nowMs) const;

    int m_maxConcurrency;
    int m_rpm;
    int m_tpm;
    int m_inFlight = 0;
    qint64 m_pausedUntil = 0;
    mutable std::deque<std::pair<qint64, qint64>> m_window; // (start time, tokens)
};

} // namespace wb::llm
