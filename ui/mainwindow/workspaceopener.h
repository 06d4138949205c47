// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspacelocation.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace wb::store {
class Workspace;
}

namespace wb::ui {

/**
 * Opens a workspace (connect, check the schema, migrate) on a thread of its own while the caller's
 * event loop keeps running, so a slow or silent database server never freezes the window. When it
 * takes longer than a moment a progress dialog names the workspace and offers Cancel; cancelling
 * stops the wait at once (the connection attempt ends in the background within the connect timeout
 * and is discarded).
 */
class WorkspaceOpener final
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::WorkspaceOpener)

public:
    enum class Outcome { Opened, Failed, Cancelled };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        std::shared_ptr<store::Workspace> workspace;   ///< set when Opened
        QString error;                                 ///< set when Failed: what went wrong and what to do
    };

    /** Blocks the caller (not the event loop) until the workspace is open, failed or the user cancelled. */
    static Result open(const store::WorkspaceLocation &location, QWidget *parent);
};

} // namespace wb::ui
