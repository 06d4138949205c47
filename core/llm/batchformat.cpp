// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/batchformat.h"

#include "llm/anthropicbatchformat.h"
#include "llm/openaibatchformat.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::BatchFormat)
};
} // namespace

std::unique_ptr<BatchFormat> BatchFormat::create(const ProviderProfile &profile)
{
    if (profile.supportsBatch && profile.format == u"openai-chat"_s)
        return std::make_unique<OpenAiBatchFormat>();
    if (profile.supportsBatch && profile.format == u"anthropic-messages"_s)
        return std::make_unique<AnthropicBatchFormat>();
    throw Error(Tr::tr("%1 has no batch API; economy mode needs OpenAI or Anthropic.").arg(profile.displayName),
                Error::Kind::InvalidInput);
}

QByteArray BatchFormat::multipart(const QList<std::pair<QByteArray, QByteArray>> &fields, const QByteArray &fileField,
                                  const QByteArray &fileName, const QByteArray &fileType, const QByteArray &content,
                                  QByteArray *contentType)
{
    // A random boundary: 128 bits cannot plausibly occur in the content.
    QByteArray boundary = "wb-batch-";
    for (int i = 0; i < 4; ++i)
        boundary += QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
    QByteArray body;
    for (const auto &[name, value] : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
            + "\"\r\nContent-Type: " + fileType + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    *contentType = "multipart/form-data; boundary=" + boundary;
    return body;
}

} // namespace wb::llm
