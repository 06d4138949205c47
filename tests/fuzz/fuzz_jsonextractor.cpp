// SPDX-License-Identifier: GPL-3.0-or-later
// JsonExtractor::extract on a model's answer text: whatever the text, an object or array or nothing.
#include "llm/jsonextractor.h"

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wb::fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(wb::fuzz::bytes(data, size));
    if (const auto json = wb::llm::JsonExtractor::extract(text)) {
        if (!json->is_object() && !json->is_array())
            __builtin_trap();
        (void)json->dump();   // what the callers do with it next: store and log it
    }
    return 0;
}
