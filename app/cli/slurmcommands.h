// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace wb::cli {

/**
 * `codedistiller slurm settings|set|unset|check|jobs`: the team's Slurm settings (workspace settings
 * slurm.*), whether Slurm answers here, and the rounds that are Slurm jobs right now.
 */
class SlurmCommands final
{
public:
    explicit SlurmCommands(CliContext &context);

    int run(const QStringList &args);

private:
    int settings(const QStringList &args);
    int set(const QStringList &args, bool unset);
    int check(const QStringList &args);
    int jobs(const QStringList &args);

    CliContext &m_context;
};

} // namespace wb::cli
