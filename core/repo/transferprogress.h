// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace wb::repo {

/** Progress of adding one repository, as reported to the CLI and the GUI. */
struct TransferProgress
{
    enum class Phase { Connecting, Receiving, Resolving, Inventory, Saving, Done };

    QString source;
    Phase phase = Phase::Connecting;
    quint64 receivedObjects = 0;
    quint64 totalObjects = 0;
    quint64 receivedBytes = 0;
    quint64 filesDone = 0;   ///< during Inventory
    quint64 filesTotal = 0;

    /** A one-line description, e.g. "receiving 120/400 objects, 1.2 MiB". */
    QString describe() const;
};

} // namespace wb::repo

Q_DECLARE_METATYPE(wb::repo::TransferProgress)
