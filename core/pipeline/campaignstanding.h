// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace wb::store {
class Workspace;
}

namespace wb::pipeline {

/**
 * Where one campaign stands: how many of its examples are unfinished (not SUCCESS, FAILED or ERROR:
 * resuming continues them) and how many ended in error (retrying continues those), counted by
 * store::PipelineStore::resumableCampaigns() as the command line counts them, and the provider
 * batch it waits for, if any. What File → Resume Campaign lists and the window says at start.
 */
struct CampaignStanding
{
    qint64 id = 0;
    QString name;
    int examples = 0;
    int unfinished = 0;
    int errors = 0;
    QString waitingProvider;   ///< the provider of the first open classification batch; empty: none
    QString waitingStatus;     ///< that batch's status as the provider reports it (else as stored)

    bool waitsForBatch() const { return !waitingProvider.isEmpty(); }

    /** Every campaign of the workspace, oldest first; throws StoreError. */
    static QList<CampaignStanding> readAll(const std::shared_ptr<store::Workspace> &workspace);
    /** Campaign @p campaignId; nothing when there is no such campaign. */
    static std::optional<CampaignStanding> read(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignId);
};

} // namespace wb::pipeline
