// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/transferprogress.h"

#include <QCoreApplication>
#include <QLocale>

namespace wb::repo {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::repo::TransferProgress)
};
} // namespace

QString TransferProgress::describe() const
{
    const QString bytes = QLocale::c().formattedDataSize(qint64(receivedBytes), 1, QLocale::DataSizeTraditionalFormat);
    switch (phase) {
    case Phase::Connecting: return Tr::tr("connecting");
    case Phase::Receiving: return Tr::tr("receiving %1/%2 objects, %3").arg(receivedObjects).arg(totalObjects).arg(bytes);
    case Phase::Resolving: return Tr::tr("resolving deltas");
    case Phase::Inventory: return Tr::tr("inventory %1/%2 files").arg(filesDone).arg(filesTotal);
    case Phase::Saving: return Tr::tr("saving");
    case Phase::Done: return Tr::tr("done");
    }
    return {};
}

} // namespace wb::repo
