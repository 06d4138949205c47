// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/**
 * `codedistiller search QUERY... [--limit N] [--accepted-only] [--rebuild]`: ranked full-text search of
 * the workspace's examples (wb::library::LibraryIndex); `search --coverage`: where the vetted library
 * falls short (wb::library::LibraryCoverage).
 */
class SearchCommands final
{
public:
    explicit SearchCommands(CliContext &context);
    int search(const QStringList &args);

private:
    int coverage();

    CliContext &m_context;
};

} // namespace wb::cli
