// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/successrule.h"

using namespace Qt::StringLiterals;

namespace wb::pipeline {

QString SuccessRule::whyNot(const store::RoundRecord &round)
{
    if (!round.executed)
        return u"the round was never executed"_s;
    if (round.timedOut || round.outcome == u"timed_out"_s)
        return u"python main.py was stopped at the time limit"_s;
    if (round.outcome == u"output_limit"_s)
        return u"python main.py was stopped at the output limit"_s;
    if (!round.outcome.isEmpty() && round.outcome != u"completed"_s)
        return u"the round ended %1, not with python main.py run to its end"_s.arg(round.outcome);
    if (!round.exitCode)
        return u"python main.py did not run, or was killed"_s;
    if (*round.exitCode != 0)
        return u"python main.py exited with code %1"_s.arg(*round.exitCode);
    return {};
}

} // namespace wb::pipeline
