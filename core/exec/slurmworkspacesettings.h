// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::exec {

/**
 * The team's Slurm settings as the workspace stores them (settings slurm.*, SlurmSettings::keys()):
 * what the Slurm Settings dialog and `codedistiller slurm set` edit. Blocking; throws wb::Error.
 */
class SlurmWorkspaceSettings final
{
public:
    /** Every key → its stored value ("" where unset: the default). */
    static QMap<QString, QString> load(const std::shared_ptr<store::Workspace> &workspace);
    /**
     * Checks @p values (SlurmSettings::fromMap; nothing is stored when one is wrong), then stores them in
     * one transaction: a key absent or empty in @p values goes back to its default.
     */
    static void save(const std::shared_ptr<store::Workspace> &workspace, const QMap<QString, QString> &values);
};

} // namespace wb::exec
