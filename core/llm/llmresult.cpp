// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/llmresult.h"

using namespace Qt::StringLiterals;

namespace wb::llm {

QString toString(LlmResult::ErrorKind kind)
{
    using K = LlmResult::ErrorKind;
    switch (kind) {
    case K::None: return u"none"_s;
    case K::Configuration: return u"configuration"_s;
    case K::Authentication: return u"authentication"_s;
    case K::Quota: return u"quota"_s;
    case K::RateLimit: return u"rate_limit"_s;
    case K::Server: return u"server"_s;
    case K::Network: return u"network"_s;
    case K::Timeout: return u"timeout"_s;
    case K::InvalidResponse: return u"invalid_response"_s;
    case K::Schema: return u"schema"_s;
    case K::CacheMiss: return u"cache_miss"_s;
    case K::TooLarge: return u"too_large"_s;
    case K::Request: return u"request"_s;
    }
    return u"unknown"_s;
}

} // namespace wb::llm
