// SPDX-License-Identifier: GPL-3.0-or-later
// A repository's .ipynb file read as code cells; malformed notebooks throw wb::Error, nothing else.
#include "repo/notebook.h"
#include "util/error.h"

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wb::fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        (void)wb::repo::Notebook::codeAsScript(wb::fuzz::bytes(data, size)).toUtf8();
    } catch (const wb::Error &) {
    }
    return 0;
}
