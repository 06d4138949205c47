// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb::exec {

/**
 * What an executor offers a generated example; rendered into the generation prompt (describe()). Every
 * statement there must be true for the executor that runs the round: the executors fill it in.
 */
struct ExecutorCapabilities
{
    /** How far the round is kept apart from the machine that runs it. */
    enum class Isolation {
        None,        ///< plain processes of the user (local, a Slurm node): only the limits are enforced
        Sandbox,     ///< bubblewrap: read-only system, private /tmp and home, namespaces
        Container,   ///< a Podman container
    };

    QString name;                 ///< "local", "bwrap", "podman", "slurm"
    QString pythonPath;           ///< interpreter that `python` / `python3` resolve to (empty: the image's or node's)
    QString pythonVersion;        ///< e.g. "3.11.2"; empty when unknown
    QStringList installedPackages;///< notable importable packages with versions, e.g. "numpy 1.24.2"
    bool network = false;
    bool sandboxed = false;       ///< Isolation is not None
    Isolation isolation = Isolation::None;
    bool conda = false;
    bool gpuOnRequest = false;    ///< a GPU comes with metadata.json's compute_requirements.gpu_required (a cluster)
    QString pipIndexUrl;          ///< with network: the site's package index (empty: PyPI)
    QString workingDirectory;     ///< as the example sees it
    QString repositoryDirectory;  ///< where the pinned checkout appears (also $REPO_DIR)

    /** The environment section of the generation prompt ("Where the example runs"): plain text, one fact a line. */
    QString describe(int wallSeconds) const;
};

} // namespace wb::exec
