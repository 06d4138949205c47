// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/retrypolicy.h"

#include "llm/jsonextractor.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::llm {

std::optional<double> RetryPolicy::retryAfterSeconds(const QHash<QByteArray, QByteArray> &headers)
{
    bool ok = false;
    if (headers.contains("retry-after-ms")) {
        const double ms = headers.value("retry-after-ms").trimmed().toDouble(&ok);
        if (ok)
            return ms / 1000.0;
    }
    if (headers.contains("retry-after")) {
        const QByteArray value = headers.value("retry-after").trimmed();
        const double seconds = value.toDouble(&ok);
        if (ok)
            return seconds;
        const QDateTime date = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
        if (date.isValid())
            return double(QDateTime::currentDateTimeUtc().msecsTo(date)) / 1000.0;
    }
    return std::nullopt;
}

bool RetryPolicy::isQuotaError(const QByteArray &body)
{
    try {
        const nlohmann::json doc = JsonExtractor::parse(body).value_or(nlohmann::json());   // server data: depth-limited
        if (!doc.is_object() || !doc.contains("error") || !doc["error"].is_object())
            return false;
        const auto &e = doc["error"];
        auto field = [&](const nlohmann::json &o, const char *k) {
            return o.contains(k) && o[k].is_string() ? o[k].get<std::string>() : std::string();
        };
        static const std::string quotaCodes[] = {"insufficient_quota", "credit_balance_exhausted",
                                                 "billing_hard_limit_reached", "enforced_spend_limit_reached"};
        for (const auto &code : quotaCodes) {
            if (field(e, "type") == code || field(e, "code") == code)
                return true;
        }
        if (e.contains("details") && e["details"].is_object() && field(e["details"], "error_code") == "enforced_spend_limit_reached")
            return true;
        const std::string message = field(e, "message");
        return message.find("exceeded your current quota") != std::string::npos
               || message.find("spend limit") != std::string::npos;
    } catch (const nlohmann::json::exception &) {
        return false;
    }
}

std::optional<qint64> RetryPolicy::parseGoDuration(const QString &text)
{
    static const QRegularExpression part(u"([0-9]+(?:\\.[0-9]+)?)(ms|us|µs|ns|h|m|s)"_s);
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    double ms = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() != consumed)
            return std::nullopt;
        consumed = m.capturedEnd();
        const double v = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        if (unit == u"h"_s) ms += v * 3600000.0;
        else if (unit == u"m"_s) ms += v * 60000.0;
        else if (unit == u"s"_s) ms += v * 1000.0;
        else if (unit == u"ms"_s) ms += v;
        else if (unit == u"us"_s || unit == u"µs"_s) ms += v / 1000.0;
        else ms += v / 1e6;
    }
    if (consumed != s.size())
        return std::nullopt;
    return qint64(std::llround(ms));
}

RetryDecision RetryPolicy::decide(const HttpOutcome &outcome, int retriesDone, const RetryOptions &options,
                                  double random01)
{
    RetryDecision d;
    if (retriesDone >= options.maxRetries)
        return d;
    const auto shouldRetry = outcome.headers.value("x-should-retry").trimmed().toLower();
    const int s = outcome.status;
    const bool retryableStatus = s == 0 || s == 408 || s == 409 || s == 429 || s >= 500;
    if (shouldRetry == "false")
        return d;
    if (shouldRetry != "true" && (!retryableStatus || (s != 0 && isQuotaError(outcome.body))))
        return d;
    const auto serverWait = retryAfterSeconds(outcome.headers);
    if (serverWait && *serverWait > options.retryAfterLimitSeconds)
        return d;   // the server wants longer than we are willing to wait: report instead
    d.retry = true;
    if (serverWait && *serverWait > 0) {
        d.delayMs = qint64(std::llround(*serverWait * 1000.0));
    } else {
        const double base = std::min(options.initialDelaySeconds * std::pow(2.0, retriesDone), options.maxDelaySeconds);
        d.delayMs = qint64(std::llround(base * (1.0 - 0.25 * random01) * 1000.0));
    }
    return d;
}

} // namespace wb::llm
