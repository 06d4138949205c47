// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/** `codedistiller matrix | pairwise-summary`: campaigns compared per repository, and the blind A/B results. */
class ComparisonCommands final
{
public:
    explicit ComparisonCommands(CliContext &context);

    int matrix(const QStringList &args);
    int pairwiseSummary(const QStringList &args);

private:
    CliContext &m_context;
};

} // namespace wb::cli
