// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/llmcallrecord.h"

#include <QByteArray>
#include <QList>

#include <memory>
#include <optional>

namespace wb::store {

class Workspace;

/** The call log (table llm_calls) and the response cache built on it. Throws wb::Error. */
class LlmCallStore final
{
public:
    explicit LlmCallStore(std::shared_ptr<Workspace> workspace);

    /** Stores @p request and @p response bodies as blobs and inserts the row; returns its id. */
    qint64 record(LlmCallRecord call, const QByteArray &requestBody, const QByteArray &responseBody);

    /** The newest calls first; @p limit 0: all. */
    QList<LlmCallRecord> calls(int limit = 0) const;

    struct CachedResponse
    {
        QString provider;
        QString model;
        QByteArray body;
    };
    /** The response body of the newest successful call with @p requestHash. */
    std::optional<CachedResponse> cachedResponse(const QString &requestHash) const;

private:
    std::shared_ptr<Workspace> m_workspace;
};

} // namespace wb::store
