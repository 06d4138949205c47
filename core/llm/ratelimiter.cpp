// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/ratelimiter.h"

#include "llm/retrypolicy.h"

#include <QDateTime>

#include <algorithm>

namespace wb::llm {

namespace {
constexpr qint64 kWindowMs = 60000;
}

RateLimiter::RateLimiter(int maxConcurrency, int requestsPerMinute, int tokensPerMinute)
    : m_maxConcurrency(std::max(1, maxConcurrency))
    , m_rpm(std::max(0, requestsPerMinute))
    , m_tpm(std::max(0, tokensPerMinute))
{
}

void RateLimiter::expire(qint64 nowMs) const
{
    while (!m_window.empty() && m_window.front().first <= nowMs - kWindowMs)
        m_window.pop_front();
}

qint64 RateLimiter::waitMs(qint64 nowMs, qint64 tokens) const
{
    expire(nowMs);
    qint64 wait = std::max<qint64>(0, m_pausedUntil - nowMs);
    if (m_rpm > 0 && qint64(m_window.size()) >= m_rpm)
        wait = std::max(wait, m_window[m_window.size() - size_t(m_rpm)].first + kWindowMs - nowMs);
    if (m_tpm > 0) {
        qint64 used = 0;
        for (const auto &[t, n] : m_window)
            used += n;
        // Wait until enough old requests leave the window; a single request above the budget goes alone.
        qint64 excess = used + std::min<qint64>(tokens, m_tpm) - m_tpm;
        for (size_t i = 0; excess > 0 && i < m_window.size(); ++i) {
            excess -= m_window[i].second;
            wait = std::max(wait, m_window[i].first + kWindowMs - nowMs);
        }
    }
    return std::max<qint64>(0, wait);
}

void RateLimiter::started(qint64 nowMs, qint64 tokens)
{
    ++m_inFlight;
    m_window.emplace_back(nowMs, std::max<qint64>(0, tokens));
}

void RateLimiter::finished()
{
    m_inFlight = std::max(0, m_inFlight - 1);
}

void RateLimiter::applyHeaders(const QHash<QByteArray, QByteArray> &headers, qint64 nowMs)
{
    // OpenAI: remaining counts and Go-style reset durations. Anthropic: remaining counts and RFC 3339 times.
    static const std::pair<const char *, const char *> openAi[] = {
        {"x-ratelimit-remaining-requests", "x-ratelimit-reset-requests"},
        {"x-ratelimit-remaining-tokens", "x-ratelimit-reset-tokens"}};
    for (const auto &[remainingKey, resetKey] : openAi) {
        if (!headers.contains(remainingKey))
            continue;
        bool ok = false;
        const qint64 remaining = headers.value(remainingKey).trimmed().toLongLong(&ok);
        if (!ok || remaining > 0)
            continue;
        if (const auto reset = RetryPolicy::parseGoDuration(QString::fromLatin1(headers.value(resetKey))))
            m_pausedUntil = std::max(m_pausedUntil, nowMs + *reset);
    }
    static const char *anthropic[] = {"requests", "tokens", "input-tokens", "output-tokens"};
    for (const char *kind : anthropic) {
        const QByteArray remainingKey = QByteArray("anthropic-ratelimit-") + kind + "-remaining";
        const QByteArray resetKey = QByteArray("anthropic-ratelimit-") + kind + "-reset";
        if (!headers.contains(remainingKey))
            continue;
        bool ok = false;
        const qint64 remaining = headers.value(remainingKey).trimmed().toLongLong(&ok);
        if (!ok || remaining > 0)
            continue;
        const QDateTime reset = QDateTime::fromString(QString::fromLatin1(headers.value(resetKey)).trimmed(), Qt::ISODateWithMs);
        if (reset.isValid())
            m_pausedUntil = std::max(m_pausedUntil, nowMs + std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(reset)));
    }
}

} // namespace wb::llm
