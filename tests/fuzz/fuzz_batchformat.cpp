// SPDX-License-Identifier: GPL-3.0-or-later
// Batch API answers read by both batch formats: each line as a result line, the whole input as a batch
// object and as a file upload answer. Malformed shapes may throw wb::Error; nothing else may escape.
#include "llm/anthropicbatchformat.h"
#include "llm/jsonextractor.h"
#include "llm/openaibatchformat.h"
#include "util/error.h"

#include "fuzzsupport.h"

namespace {
void read(const wb::llm::BatchFormat &format, const QByteArray &raw, const nlohmann::json &doc)
{
    for (const QByteArray &line : raw.split('\n')) {
        if (const auto result = format.parseResultLine(line))
            (void)(result->customId + result->requestId + result->error).size();
    }
    if (doc.is_discarded())
        return;
    try {
        const wb::llm::BatchStatus status = format.parseStatus(doc, QStringLiteral("https://api.example.org/v1"));
        (void)(status.error + status.resultUrls.join(u' ')).toUtf8();
    } catch (const wb::Error &) {
    }
    try {
        (void)format.uploadedFileId(doc);
    } catch (const wb::Error &) {
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wb::fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = wb::fuzz::bytes(data, size);
    const nlohmann::json doc = wb::llm::JsonExtractor::parse(raw).value_or(nlohmann::json(nlohmann::json::value_t::discarded));   // as LlmBatch reads bodies
    read(wb::llm::OpenAiBatchFormat(), raw, doc);
    read(wb::llm::AnthropicBatchFormat(), raw, doc);
    return 0;
}
