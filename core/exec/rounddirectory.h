// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionlimits.h"
#include "exec/executionrequest.h"
#include "exec/executionresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wb::exec {

/** The files of a round's directory, written, handed over and read the same way by every executor. */
class RoundDirectory
{
public:
    /** Writes @p content to @p path, replacing it; false when it could not be written in full. */
    static bool writeFile(const QString &path, const QByteArray &content);

    /**
     * Creates the round directory of @p request with what every executor puts there before the round:
     * main.py, requirements.txt and run.sh; to_save/, retain/, .workbench/, .home/, .cache/; the pip
     * shims in .bin/ (RoundScript::pipShim()). The links `python`/`python3` are the executor's. False when
     * something could not be written.
     */
    static bool prepare(const ExecutionRequest &request, bool network);

    /** Makes @p uid (and the group of the same number) own @p root and everything below it, without
     *  following symbolic links; so generated code can run as an unprivileged user. Best effort. */
    static void handOver(const QString &root, int uid);

    /** What the finished round left: log.json and results.json, then everything under to_save/ and then
     *  retain/ in path order; never the workbench's own .workbench/ or .venv/. Symbolic links are skipped
     *  (never followed out of the round, also not as to_save/ or retain/ itself); a file above
     *  limits.maxArtifactBytes, or one that would push the kept total past limits.maxArtifactsTotalBytes,
     *  is listed with its size and contentKept false. */
    static QList<Artifact> artifacts(const QString &root, const ExecutionLimits &limits);
};

} // namespace wb::exec
