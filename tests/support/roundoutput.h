// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionresult.h"

#include <QString>

namespace wb::test {

/** Reading an executed round's result in executor tests, the same way for every executor. */
class RoundOutput final
{
public:
    /**
     * The round's captured lines joined by '\n'; only those of @p stream (stdout, stderr, system) and of
     * @p phase (setup, run, system) when given.
     */
    static QString text(const exec::ExecutionResult &result, const QString &stream = {}, const QString &phase = {});

    /** The artifact named @p name (relative to the round directory), or nullptr. */
    static const exec::Artifact *artifact(const exec::ExecutionResult &result, const QString &name);
};

} // namespace wb::test
