// SPDX-License-Identifier: GPL-3.0-or-later
// An imported run folder's current_state.json; malformed states throw wb::Error, nothing else.
#include "exchange/codedistillerstate.h"
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
        const auto state = wb::exchange::CodeDistillerState::parse(wb::fuzz::bytes(data, size));
        if (state.repoUrl.isEmpty())
            __builtin_trap();
        for (qsizetype n = 0; n <= state.executions.size(); ++n)
            (void)state.change(int(n)).issuesJson.size();
        for (const auto &c : state.classifications)
            if (c.path.isEmpty() || (c.rating && (*c.rating < 1 || *c.rating > 5)))
                __builtin_trap();
    } catch (const wb::Error &) {
    }
    return 0;
}
