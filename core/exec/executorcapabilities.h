// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb::exec {

/** What an executor offers a generated example; rendered into the generation prompt. */
struct ExecutorCapabilities
{
    QString name;                 ///< "local", "bwrap"
    QString pythonPath;           ///< interpreter that `python` / `python3` resolve to
    QString pythonVersion;        ///< e.g. "3.11.2"
    QStringList installedPackages;///< notable importable packages with versions, e.g. "numpy 1.24.2"
    bool network = false;
    bool sandboxed = false;
    bool conda = false;
    QString workingDirectory;     ///< as the example sees it
    QString repositoryDirectory;  ///< where the pinned checkout appears (also $REPO_DIR)

    /** The environment section of the generation prompt. */
    QString describe(int wallSeconds) const;
};

} // namespace wb::exec
