// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb::util {

/**
 * Creates the folder @p path with its missing parents. Throws wb::Error naming @p what ("the cache
 * folder"), the path and the system's reason (permission denied, read-only file system, disk full).
 */
void makeFolder(const QString &path, const QString &what);

/** True when this process may create files in the folder @p path (which must exist). */
bool canWriteIn(const QString &path);

} // namespace wb::util
