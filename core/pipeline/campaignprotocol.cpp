// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/campaignprotocol.h"

#include "store/blobstore.h"
#include "store/pipelinestore.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::CampaignProtocol)
};
} // namespace

std::optional<Protocol> CampaignProtocol::recorded(const std::shared_ptr<store::Workspace> &workspace, const CampaignConfig &config)
{
    if (config.protocolHash.isEmpty())
        return std::nullopt;
    const auto snapshot = store::BlobStore(workspace).get(config.protocolHash);
    if (!snapshot)
        return std::nullopt;
    Protocol p = Protocol::fromSnapshot(*snapshot);
    if (p.hash() != config.protocolHash)
        throw Error(Tr::tr("The stored snapshot of the protocol %1 does not match its hash %2.").arg(config.protocol, config.protocolHash),
                    Error::Kind::Database);
    return p;
}

Protocol CampaignProtocol::resolve(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignId, CampaignConfig &config)
{
    if (auto p = recorded(workspace, config))
        return *p;
    Protocol p = Protocol::load(config.protocol.isEmpty() ? Protocol::defaultName() : config.protocol);
    if (!config.protocolHash.isEmpty() && config.protocolHash != p.hash())
        throw Error(Tr::tr("The campaign ran under the protocol %1 %2, whose snapshot is not in this workspace, and the protocol of "
                           "that name is now %3. Restore the protocol as it was, or start a new campaign.")
                        .arg(config.protocol, config.protocolHash.left(12), p.shortHash()),
                    Error::Kind::InvalidInput);
    const QString hash = store::BlobStore(workspace).put(p.snapshot());
    Q_ASSERT(hash == p.hash());
    config.protocol = p.name();
    config.protocolHash = hash;
    store::PipelineStore(workspace).setCampaignConfig(campaignId, config.toJson());
    return p;
}

QString CampaignProtocol::label(const CampaignConfig &config)
{
    if (config.protocol.isEmpty())
        return Tr::tr("(not recorded)");
    return config.protocolHash.isEmpty() ? config.protocol : u"%1 (%2)"_s.arg(config.protocol, config.protocolHash.left(12));
}

} // namespace wb::pipeline
