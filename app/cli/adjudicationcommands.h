// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/**
 * `codedistiller annotate | annotations | adjudicate`: comments anchored to lines of a round's files and
 * log, and the adjudication queue that ends in gold decisions.
 */
class AdjudicationCommands final
{
public:
    explicit AdjudicationCommands(CliContext &context);

    int annotate(const QStringList &args);
    int annotations(const QStringList &args);
    int adjudicate(const QStringList &args);

private:
    CliContext &m_context;
};

} // namespace wb::cli
