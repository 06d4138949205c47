// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"
#include "llm/llmresult.h"

#include <QObject>

namespace wb::llm {

class LlmClient;

/**
 * Handle of one request in flight. Owned by the LlmClient; emits finished() exactly once (also after
 * cancel()), then deletes itself later. Lives in the client's thread.
 */
class LlmCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmCall)

public:
    const LlmRequest &request() const { return m_request; }
    /** Aborts the request; finished() follows with Status::Cancelled. Safe to call more than once. */
    void cancel();

Q_SIGNALS:
    void finished(const wb::llm::LlmResult &result);

private:
    friend class LlmClient;
    LlmCall(LlmClient *client, LlmRequest request);

    LlmClient *m_client;
    LlmRequest m_request;
};

} // namespace wb::llm
