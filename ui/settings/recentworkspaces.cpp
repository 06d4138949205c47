// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/recentworkspaces.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
const QString kKey = u"session/recentWorkspaces"_s;
}

QStringList RecentWorkspaces::list()
{
    QStringList out;
    for (const QString &path : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(path))
            out << path;
    return out;
}

void RecentWorkspaces::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(kKey, paths.mid(0, MaxEntries));
}

void RecentWorkspaces::remove(const QString &path)
{
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, paths);
}

void RecentWorkspaces::clear()
{
    QSettings().remove(kKey);
}

} // namespace wb::ui
