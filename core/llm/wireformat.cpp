// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/wireformat.h"

#include "llm/anthropicmessagesformat.h"
#include "llm/jsonextractor.h"
#include "llm/openaichatformat.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::WireFormat)
};

QString field(const nlohmann::json &o, const char *key)
{
    if (!o.is_object() || !o.contains(key))
        return {};
    const auto &v = o.at(key);
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : v.is_null() ? QString() : QString::fromStdString(v.dump());
}
} // namespace

std::unique_ptr<WireFormat> WireFormat::create(const QString &format)
{
    if (format == u"openai-chat"_s)
        return std::make_unique<OpenAiChatFormat>();
    if (format == u"anthropic-messages"_s)
        return std::make_unique<AnthropicMessagesFormat>();
    throw Error(Tr::tr("Unknown wire format '%1'.").arg(format), Error::Kind::InvalidInput);
}

WireError WireFormat::parseError(const QByteArray &body)
{
    WireError e;
    const nlohmann::json doc = JsonExtractor::parse(body).value_or(nlohmann::json());   // server data: depth-limited
    if (doc.is_object() && doc.contains("error")) {
        const auto &err = doc["error"];
        if (err.is_object()) {
            e.type = field(err, "type");
            e.code = field(err, "code");
            e.message = field(err, "message");
            if (e.code.isEmpty() && err.contains("details"))
                e.code = field(err["details"], "error_code");
        } else if (err.is_string()) {
            e.message = QString::fromStdString(err.get<std::string>());   // vLLM / llama.cpp variants
        }
    }
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(body.left(300)).simplified();
    return e;
}

QString WireFormat::schemaInstruction(const QString &name, const nlohmann::ordered_json &schema)
{
    return u"\n\nAnswer with exactly one JSON object named \"%1\" that conforms to this JSON schema, and nothing "
           "else (no prose, no code fences):\n%2\n"_s
        .arg(name, QString::fromStdString(schema.dump(1)));
}

} // namespace wb::llm
