// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/** `codedistiller export`: the vetted library for downstream agents. */
class ExchangeCommands final
{
public:
    explicit ExchangeCommands(CliContext &context);

    int exportLibrary(const QStringList &args);

private:
    CliContext &m_context;
};

} // namespace wb::cli
