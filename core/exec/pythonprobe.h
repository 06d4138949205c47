// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executorcapabilities.h"

namespace wb::exec {

/** Asks an interpreter for its version and notable scientific packages, once per path (cached). */
class PythonProbe final
{
public:
    static ExecutorCapabilities probe(const QString &pythonPath);
};

} // namespace wb::exec
