// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/** `codedistiller export | import-codedistiller`: the vetted library out, original CodeDistiller runs in. */
class ExchangeCommands final
{
public:
    explicit ExchangeCommands(CliContext &context);

    int exportLibrary(const QStringList &args);
    int importCodeDistiller(const QStringList &args);

private:
    CliContext &m_context;
};

} // namespace wb::cli
