// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/**
 * The headless command line: `codedistiller [--workspace PATH] [--json] COMMAND [options]`.
 * Results go to stdout (text or --json), progress and errors to stderr.
 */
class CliApplication final
{
public:
    explicit CliApplication(QStringList arguments);
    int exec();

private:
    int runInit(const QStringList &args);
    int runAdd(const QStringList &args);
    int runRepos(const QStringList &args);
    int runFiles(const QStringList &args);
    int printUsage(bool toStderr);

    QStringList m_arguments;
    CliContext m_context;
};

} // namespace wb::cli
