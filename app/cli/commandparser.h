// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QCommandLineParser>

namespace wb::cli {

/** A command's own parser: --help, and the global --workspace / --json accepted after the command too. */
class CommandParser final
{
public:
    explicit CommandParser(const QString &description);

    QCommandLineParser &parser() { return m_parser; }

    /**
     * Parses @p args (first element: the command's name) into @p context. Returns an exit code to stop
     * with (help shown, usage error), or -1 to go on. Positional count must be within [min, max]; max < 0: any.
     */
    int parse(const QStringList &args, CliContext &context, int minPositional, int maxPositional);

private:
    QCommandLineParser m_parser;
};

} // namespace wb::cli
