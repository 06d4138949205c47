// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pipelinerecords.h"

#include <QString>

namespace wb::pipeline {

/**
 * The workbench's safeguard over the judge (docs/METHOD.md): an example only succeeds on a round whose
 * main.py ran to completion within its limits — executed, not stopped for time or output, not killed,
 * exit code 0 — whatever the judge says. A judge fooled by code that merely contains the expected text,
 * or a recorded answer replayed for the wrong round, cannot make a round that never ran a success.
 */
class SuccessRule final
{
public:
    /** Empty when @p round may be judged finished; else why not, in one sentence (English: it goes into
     *  the repair prompt and the example's status message). */
    static QString whyNot(const store::RoundRecord &round);
    static bool mayFinish(const store::RoundRecord &round) { return whyNot(round).isEmpty(); }
};

} // namespace wb::pipeline
