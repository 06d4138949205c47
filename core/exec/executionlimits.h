// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace wb::exec {

/** Resource limits of one round's execution. 0 means "no limit" where noted. */
struct ExecutionLimits
{
    int wallSeconds = 45 * 60;                 ///< setup and run together
    qint64 memoryBytes = 8LL << 30;            ///< address space per process (RLIMIT_AS); 0: none
    int cpuSeconds = 0;                        ///< CPU time per process (RLIMIT_CPU); 0: none
    int maxProcesses = 256;                    ///< processes the round may add (RLIMIT_NPROC); 0: none
    qint64 maxOutputBytes = 8LL << 20;         ///< per stream and phase; beyond it the round is stopped
    qint64 maxArtifactBytes = 25LL << 20;      ///< per file kept from to_save/
    qint64 maxArtifactsTotalBytes = 100LL << 20;
    int killGraceMs = 3000;                    ///< SIGTERM, then SIGKILL after this long
    bool network = false;
    int niceness = 10;                         ///< rounds are batch work: the desktop and the pipeline come first
};

} // namespace wb::exec
