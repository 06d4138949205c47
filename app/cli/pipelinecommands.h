// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/** `codedistiller run | status | show | cancel | demo`. */
class PipelineCommands final
{
public:
    explicit PipelineCommands(CliContext &context);

    int run(const QStringList &args);
    int status(const QStringList &args);
    int show(const QStringList &args);
    int cancel(const QStringList &args);
    int fix(const QStringList &args);
    /** Adds the sample repository and runs the demo campaign from its recorded responses. */
    int demo(const QStringList &args);

private:
    CliContext &m_context;
};

} // namespace wb::cli
