// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/vettedexample.h"

#include <QList>
#include <QString>

namespace wb::exchange {

/**
 * The library as a git repository (written with libgit2): one directory per example, one commit per
 * debug round, so `git log -p <dir>` shows how each example was repaired. The export creates its own
 * repository and marks it (`codedistiller-workbench.export = true` in its .git/config); it never
 * writes into a repository without that mark, nor into a folder inside any repository. Exporting
 * again into its own repository (with @p replace, as it is not empty) adds commits on top of HEAD;
 * the work tree is left at the new HEAD. Known secrets are redacted from every file and message.
 */
class GitExporter final
{
public:
    /** Returns the number of commits written. Throws wb::Error, also when ExportTarget::check() refuses. */
    static int write(const QList<VettedExample> &examples, const QString &outDir, bool replace = false);
    /**
     * Throws wb::Error (InvalidInput) when @p outDir is a git repository the workbench did not create,
     * or lies inside a git repository (a work tree or a .git folder).
     */
    static void checkTarget(const QString &outDir);
};

} // namespace wb::exchange
