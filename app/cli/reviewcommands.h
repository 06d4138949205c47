// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/**
 * `codedistiller judge | agreement | report | error-class`: human judgements next to the LLM judge, their
 * agreement, the report, and experts' corrections of the judge's error class.
 */
class ReviewCommands final
{
public:
    explicit ReviewCommands(CliContext &context);

    int judge(const QStringList &args);
    int agreement(const QStringList &args);
    int report(const QStringList &args);
    int errorClass(const QStringList &args);

private:
    CliContext &m_context;
};

} // namespace wb::cli
