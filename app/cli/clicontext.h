// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::cli {

/** Exit codes of the codedistiller command. */
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/** What every command shares: the global options. */
struct CliContext
{
    QString workspacePath;   ///< empty: the default workspace
    bool json = false;

    /** Opens (creating when missing) the workspace; throws wb::Error. */
    std::shared_ptr<store::Workspace> openWorkspace() const;
};

} // namespace wb::cli
