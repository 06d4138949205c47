// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/** `codedistiller agent-preview IDEA`: what CodeScientist would do with today's codeblock export. */
class AgentPreviewCommand final
{
public:
    explicit AgentPreviewCommand(CliContext &context);
    /** @p args: {"codedistiller agent-preview", ...}. Returns the exit code; throws wb::Error. */
    int run(const QStringList &args);

private:
    CliContext &m_context;
};

} // namespace wb::cli
