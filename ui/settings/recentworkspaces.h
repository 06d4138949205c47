// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace wb::ui {

/** The most recently opened workspaces, newest first, kept in QSettings. */
class RecentWorkspaces final
{
public:
    static constexpr int MaxEntries = 10;

    /** Paths that still exist, newest first. */
    static QStringList list();
    /** Moves @p path to the front. */
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace wb::ui
