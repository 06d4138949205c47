// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/folders.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>

#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace wb::util {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::util)
};
} // namespace

void makeFolder(const QString &path, const QString &what)
{
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(QFile::encodeName(path).toStdString()), ec);
    if (!ec)
        return;
    const QString reason = QString::fromLocal8Bit(ec.message());
    if (ec == std::errc::permission_denied || ec == std::errc::read_only_file_system
        || ec == std::errc::operation_not_permitted) {
        throw Error(Tr::tr("Cannot create %1 %2: %3. Check the permissions of the folders on that path, or "
                           "choose a location you may write to.")
                        .arg(what, path, reason));
    }
    throw Error(Tr::tr("Cannot create %1 %2: %3.").arg(what, path, reason));
}

bool canWriteIn(const QString &path)
{
    // access() asks the kernel, which knows root, ACLs and read-only mounts; QFileInfo guesses from bits.
    return ::access(QFile::encodeName(path).constData(), W_OK | X_OK) == 0;
}

} // namespace wb::util
