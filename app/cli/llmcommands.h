// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/** `codedistiller llm ping|calls|models|export-cassette`. */
class LlmCommands final
{
public:
    explicit LlmCommands(CliContext &context);
    /** @p args: {"codedistiller llm", SUBCOMMAND, ...}. Returns the exit code; throws wb::Error. */
    int run(const QStringList &args);

private:
    int ping(const QStringList &args);
    int calls(const QStringList &args);
    int models(const QStringList &args);
    int exportCassette(const QStringList &args);

    CliContext &m_context;
};

} // namespace wb::cli
