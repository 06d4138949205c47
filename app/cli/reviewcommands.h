// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/** `codedistiller judge | agreement | report`: human judgements next to the LLM judge, and their agreement. */
class ReviewCommands final
{
public:
    explicit ReviewCommands(CliContext &context);

    int judge(const QStringList &args);
    int agreement(const QStringList &args);
    int report(const QStringList &args);

private:
    CliContext &m_context;
};

} // namespace wb::cli
