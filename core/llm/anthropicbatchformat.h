// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/batchformat.h"

namespace wb::llm {

/**
 * Anthropic Message Batches: POST /v1/messages/batches {"requests":[{custom_id, params}]}, GET
 * /v1/messages/batches/{id} until processing_status is "ended", then the JSON Lines at results_url
 * ({custom_id, result: {type: succeeded | errored | canceled | expired, message | error}}).
 */
class AnthropicBatchFormat final : public BatchFormat
{
public:
    std::optional<BatchHttpRequest> uploadRequest(const QString &baseUrl, const QList<BatchLine> &lines,
                                                  const QString &endpoint) const override;
    QString uploadedFileId(const nlohmann::json &reply) const override;
    BatchHttpRequest createRequest(const QString &baseUrl, const QList<BatchLine> &lines, const QString &endpoint,
                                   const QString &inputFileId) const override;
    BatchHttpRequest statusRequest(const QString &baseUrl, const QString &batchId) const override;
    BatchHttpRequest cancelRequest(const QString &baseUrl, const QString &batchId) const override;
    BatchStatus parseStatus(const nlohmann::json &reply, const QString &baseUrl) const override;
    std::optional<BatchResultLine> parseResultLine(const QByteArray &line) const override;
};

} // namespace wb::llm
