// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionlimits.h"

#include <QByteArray>
#include <QString>

namespace wb::exec {

/** One round to run: the artifacts (names fixed by us) and where. */
struct ExecutionRequest
{
    QString roundDirectory;   ///< created fresh by the job; must not exist or be empty
    QByteArray mainPy;
    QByteArray requirementsTxt;
    QByteArray runSh;
    QString repositoryDirectory;  ///< read-only checkout at the pinned commit (may be empty)
    ExecutionLimits limits;
    QByteArray metadataJson;      ///< the round's metadata.json: a batch system reads compute_requirements
    /**
     * Non-empty: the round was already submitted as this batch job (see ExecutionJob::submitted) into
     * roundDirectory, before the workbench was closed; the job is re-attached, not submitted again.
     */
    QString remoteJobId;
};

} // namespace wb::exec
