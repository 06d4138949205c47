// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/vettedexample.h"

#include <QList>
#include <QString>

namespace wb::exchange {

/**
 * The library as a git repository (written with libgit2): one directory per example, one commit per
 * debug round, so `git log -p <dir>` shows how each example was repaired. Exporting into an existing
 * repository adds commits on top of its HEAD; the work tree is left at the new HEAD.
 */
class GitExporter final
{
public:
    /** Returns the number of commits written. Throws wb::Error. */
    static int write(const QList<VettedExample> &examples, const QString &outDir);
};

} // namespace wb::exchange
