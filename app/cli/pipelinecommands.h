// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/** `codedistiller run | status | show | cancel`. */
class PipelineCommands final
{
public:
    explicit PipelineCommands(CliContext &context);

    int run(const QStringList &args);
    int status(const QStringList &args);
    int show(const QStringList &args);
    int cancel(const QStringList &args);

private:
    CliContext &m_context;
};

} // namespace wb::cli
