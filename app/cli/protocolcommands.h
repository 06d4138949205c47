// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/** `codedistiller protocol list|show NAME|diff A B`: the distillation protocols and how they differ. */
class ProtocolCommands final
{
public:
    explicit ProtocolCommands(CliContext &context);
    int run(const QStringList &args);

private:
    int list(const QStringList &args);
    int show(const QStringList &args);
    int diff(const QStringList &args);

    CliContext &m_context;
};

} // namespace wb::cli
