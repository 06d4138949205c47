// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/jsonextractor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
std::optional<nlohmann::json> tryParse(const QString &text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty())
        return std::nullopt;
    auto doc = JsonExtractor::parse(utf8);
    if (!doc || !(doc->is_object() || doc->is_array()))
        return std::nullopt;
    return doc;
}
} // namespace

std::optional<nlohmann::json> JsonExtractor::parse(const QByteArray &utf8)
{
    // nlohmann's parser itself is iterative; the depth is checked while it reads, and what lies deeper
    // than the limit is not kept.
    bool tooDeep = false;
    const nlohmann::json::parser_callback_t limit = [&tooDeep](int depth, nlohmann::json::parse_event_t, nlohmann::json &) {
        tooDeep = tooDeep || depth > kMaxDepth;
        return !tooDeep;
    };
    auto doc = nlohmann::json::parse(utf8.constData(), utf8.constData() + utf8.size(), limit, false);
    if (tooDeep || doc.is_discarded())
        return std::nullopt;
    return doc;
}

std::optional<nlohmann::json> JsonExtractor::extract(const QString &text)
{
    if (auto whole = tryParse(text))
        return whole;

    static const QRegularExpression fence(u"```[A-Za-z0-9_-]*[ \\t]*\\n(.*?)```"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    std::optional<nlohmann::json> lastFenced;
    for (auto it = fence.globalMatch(text); it.hasNext();) {
        if (auto parsed = tryParse(it.next().captured(1)))
            lastFenced = std::move(parsed);
    }
    if (lastFenced)
        return lastFenced;

    for (const auto &[open, close] : {std::pair{u'{', u'}'}, std::pair{u'[', u']'}}) {
        const qsizetype first = text.indexOf(open);
        const qsizetype last = text.lastIndexOf(close);
        if (first >= 0 && last > first) {
            if (auto parsed = tryParse(text.mid(first, last - first + 1)))
                return parsed;
        }
    }
    return std::nullopt;
}

} // namespace wb::llm
