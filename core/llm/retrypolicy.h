// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace wb::llm {

struct RetryOptions
{
    int maxRetries = 2;                 ///< retries after the first attempt
    double retryAfterLimitSeconds = 60; ///< a longer server-requested wait is not waited for
    double initialDelaySeconds = 0.5;
    double maxDelaySeconds = 8.0;
};

/** What one HTTP attempt produced, as far as the retry decision is concerned. Header names lower case. */
struct HttpOutcome
{
    int status = 0;                     ///< 0: no HTTP response (network error or timeout)
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    bool timedOut = false;
};

struct RetryDecision
{
    bool retry = false;
    qint64 delayMs = 0;
};

/**
 * The official SDKs' retry policy: retry 408, 409, 429 and 5xx (Anthropic's 529 included) and
 * connection failures; obey x-should-retry; honour retry-after-ms / retry-after (seconds or HTTP date)
 * up to a limit; otherwise exponential backoff with jitter; never retry quota or spend-limit errors.
 * Pure functions.
 */
class RetryPolicy final
{
public:
    /** @p retriesDone: retries already made; @p random01: a number in [0, 1) for the jitter. */
    static RetryDecision decide(const HttpOutcome &outcome, int retriesDone, const RetryOptions &options,
                                double random01);

    /** Seconds the server asked to wait, from retry-after-ms or retry-after; nullopt when absent. */
    static std::optional<double> retryAfterSeconds(const QHash<QByteArray, QByteArray> &headers);
    /** True for OpenAI insufficient_quota and Anthropic spend-limit errors. */
    static bool isQuotaError(const QByteArray &body);
    /** Go-style durations of OpenAI's x-ratelimit-reset-*: "12ms", "6m0s", "1h2m3.5s" → milliseconds. */
    static std::optional<qint64> parseGoDuration(const QString &text);
};

} // namespace wb::llm
