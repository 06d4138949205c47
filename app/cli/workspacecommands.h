// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/** `codedistiller workspace info | copy | verify | password`: where a workspace lives, and moving it between engines. */
class WorkspaceCommands final
{
public:
    explicit WorkspaceCommands(CliContext &context);

    int run(const QStringList &args);

private:
    int info(const QStringList &args);
    int copy(const QStringList &args);
    int verify(const QStringList &args);
    int password(const QStringList &args);
    int bundle(const QStringList &args);
    int mergeReviews(const QStringList &args);

    CliContext &m_context;
};

} // namespace wb::cli
