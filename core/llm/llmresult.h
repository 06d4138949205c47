// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/usage.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wb::llm {

/** The outcome of one LlmRequest, after retries and the structured-output repair. A plain value type. */
struct LlmResult
{
    enum class Status { Ok, Failed, Cancelled };
    /** Why a call failed; decides what the caller may do about it. */
    enum class ErrorKind { None, Configuration, Authentication, Quota, RateLimit, Server, Network, Timeout,
                           InvalidResponse, Schema, CacheMiss, TooLarge, Request };

    Status status = Status::Failed;
    ErrorKind errorKind = ErrorKind::None;
    QString error;                ///< user-facing, secrets redacted
    QString text;                 ///< the model's answer (content / text blocks)
    QString reasoning;            ///< reasoning text where the server returns it, never mixed into text
    QByteArray json;              ///< the validated structured answer (compact JSON) for stage calls
    QString finishReason;
    Usage usage;                  ///< summed over every HTTP attempt that returned usage
    std::optional<double> costUsd;
    qint64 latencyMs = 0;
    int httpStatus = 0;
    int attempts = 0;             ///< HTTP requests sent (retries and the schema repair included)
    bool fromCache = false;
    QString requestId;
    QString requestHash;
    qint64 callId = 0;            ///< row in llm_calls

    bool ok() const { return status == Status::Ok; }
};

QString toString(LlmResult::ErrorKind kind);

} // namespace wb::llm

Q_DECLARE_METATYPE(wb::llm::LlmResult)
