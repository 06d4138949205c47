// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/llmcall.h"

#include "llm/llmclient.h"

namespace wb::llm {

LlmCall::LlmCall(LlmClient *client, LlmRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
}

void LlmCall::cancel()
{
    m_client->cancel(this);
}

} // namespace wb::llm
