// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionlimits.h"
#include "exec/executionrequest.h"
#include "exec/executionresult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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
     * shims in .bin/ (RoundScript::pipShim()). The round directory is private (0700; its missing parents
     * as the umask makes them). The links `python`/`python3` are the executor's. False when something could
     * not be written.
     */
    static bool prepare(const ExecutionRequest &request, bool network);

    /** Makes @p uid (and the group of the same number) own @p root and everything below it, without
     *  following symbolic links; so generated code can run as an unprivileged user. Best effort. */
    static void handOver(const QString &root, int uid);

    /**
     * What the finished round left: log.json and results.json, then the regular files under to_save/ and
     * then retain/ in path order; never the workbench's own .workbench/ or .venv/. Generated code may still
     * change the round meanwhile, so it is read with a RoundFileReader: nothing behind a symbolic link (a
     * linked round directory, to_save/, retain/ or file), no FIFO or device. A file above
     * limits.maxArtifactBytes, or one that would push the kept total past limits.maxArtifactsTotalBytes, is
     * listed with its size and contentKept false. What was refused is said in @p notes (one line each).
     */
    static QList<Artifact> artifacts(const QString &root, const ExecutionLimits &limits, QStringList *notes = nullptr);
};

} // namespace wb::exec
