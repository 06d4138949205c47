// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/campaignconfig.h"
#include "pipeline/protocol.h"

#include <QString>

#include <memory>
#include <optional>

namespace wb::store {
class Workspace;
}

namespace wb::pipeline {

/**
 * A campaign's protocol, kept with it: the first run resolves the configured protocol by name, stores its
 * snapshot in the workspace's blobs and records the hash in the campaign's configuration; every later run
 * and every reader uses that snapshot, whatever became of the protocol's files.
 */
class CampaignProtocol final
{
public:
    /**
     * The protocol of campaign @p campaignId, resolved and recorded on first use (@p config is updated).
     * Throws wb::Error when the protocol cannot be found or its stored snapshot does not match its hash.
     */
    static Protocol resolve(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignId, CampaignConfig &config);
    /** The recorded protocol of a campaign with @p config, or nullopt when it never ran (or ran before protocols). */
    static std::optional<Protocol> recorded(const std::shared_ptr<store::Workspace> &workspace, const CampaignConfig &config);
    /**
     * "codedistiller-2025 (3f9a1c0e2b7d)", the name alone before the campaign ran, "(not recorded)" for a campaign
     * from before protocols were recorded (its earlier steps ran with whatever prompts the workbench had then).
     */
    static QString label(const CampaignConfig &config);
};

} // namespace wb::pipeline
