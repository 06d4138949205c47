// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/batchformat.h"

namespace wb::llm {

/**
 * OpenAI Batch: POST /files (purpose "batch", one {"custom_id","method","url","body"} line per request),
 * POST /batches {input_file_id, endpoint, completion_window "24h"}, GET /batches/{id} until completed,
 * expired or cancelled, then GET /files/{output_file_id | error_file_id}/content.
 */
class OpenAiBatchFormat final : public BatchFormat
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
