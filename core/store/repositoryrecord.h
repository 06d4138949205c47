// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wb::store {

/** One row of table repositories: a repository pinned at a commit. A plain value type. */
struct RepositoryRecord
{
    qint64 id = 0;
    QString name;          ///< owner/name for hosted repositories, folder name for local ones
    QString source;        ///< what the user gave
    QString url;           ///< normalised clone URL
    QString localPath;     ///< bare clone in the workspace cache
    QString commitSha;
    QString defaultBranch;
    QDateTime commitTime;
    QString licenseSpdx;   ///< empty: unknown
    QString licenseSource;
    qint64 sizeBytes = 0;
    int fileCount = 0;
    QDateTime addedAt;
    QDateTime updatedAt;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::RepositoryRecord)
