// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/roundretention.h"

using namespace Qt::StringLiterals;

namespace wb::exec {

QString toString(RoundRetention retention)
{
    switch (retention) {
    case RoundRetention::KeepFailed: return u"keep-failed"_s;
    case RoundRetention::KeepAll: return u"keep-all"_s;
    case RoundRetention::Remove: break;
    }
    return u"remove"_s;
}

std::optional<RoundRetention> roundRetentionFromString(const QString &name)
{
    for (const RoundRetention r : {RoundRetention::Remove, RoundRetention::KeepFailed, RoundRetention::KeepAll})
        if (toString(r) == name)
            return r;
    return std::nullopt;
}

QStringList roundRetentionNames()
{
    return {toString(RoundRetention::Remove), toString(RoundRetention::KeepFailed), toString(RoundRetention::KeepAll)};
}

bool keepsRound(RoundRetention retention, const ExecutionResult &result)
{
    switch (retention) {
    case RoundRetention::KeepAll: return true;
    case RoundRetention::KeepFailed: return !result.succeeded() || result.setupExitCode.value_or(0) != 0;
    case RoundRetention::Remove: break;
    }
    return false;
}

} // namespace wb::exec
