// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/campaignconfig.h"
#include "store/repositoryrecord.h"

#include <QString>

#include <atomic>
#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::demo {

/**
 * The demo that runs without network or key: a small sample repository written for the project
 * (crystaltoolkit, a crystal-structure toolkit) and recorded model responses for it. Its campaign runs
 * the real pipeline with the replay provider and the local executor, so every view shows real
 * execution output: a failing first round, a repaired second round with a chart, the judge's verdicts.
 */
class DemoProject final
{
public:
    struct Prepared
    {
        store::RepositoryRecord repository;
        qint64 campaignId = 0;
        bool campaignExisted = false;   ///< the demo campaign was there already (it resumes or is done)
    };

    static QString repositoryName();
    static QString campaignName();
    /** The recorded responses (a resource path). */
    static QString cassettePath();
    /** Where the GUI keeps the demo workspace by default. */
    static QString defaultWorkspacePath();

    /**
     * Writes the sample repository under @p parentDir as a git repository with one commit whose author,
     * date and content are fixed, so its commit id is the same on every machine. Reuses a repository
     * that is already there. Returns its path. Throws wb::Error.
     */
    static QString writeSampleRepository(const QString &parentDir);

    /** The demo campaign's configuration: recorded responses, local executor, 4 rounds at most. */
    static pipeline::CampaignConfig campaignConfig();

    /**
     * Writes the sample repository next to @p workspace, adds it, and creates the demo campaign over
     * it unless one exists. Blocking (call it off the GUI thread). Throws wb::Error.
     */
    static Prepared prepare(const std::shared_ptr<store::Workspace> &workspace, const std::atomic_bool *cancel = nullptr);
};

} // namespace wb::demo
