// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wb::store {

/** Static category of a file, from its path and content (no LLM involved). */
enum class FileCategory { Code, Docs, Script, Notebook, Data, Other };

QString toString(FileCategory category);
FileCategory fileCategoryFromString(const QString &text);

/** Kind of a tree entry. Symlinks and submodules are recorded but never followed. */
enum class FileKind { File, Symlink, Submodule };

QString toString(FileKind kind);
FileKind fileKindFromString(const QString &text);

/** One row of table files: one entry of a repository's tree at the pinned commit. */
struct FileRecord
{
    qint64 id = 0;
    qint64 repositoryId = 0;
    QString path;           ///< UTF-8; bytes that are not valid UTF-8 appear as \xHH
    QByteArray pathBytes;   ///< raw path when it is not valid UTF-8, else empty
    QString objectSha;
    FileKind kind = FileKind::File;
    qint64 sizeBytes = 0;
    std::optional<int> lineCount;
    QString language;
    bool isExecutable = false;
    bool isBinary = false;
    bool isLfsPointer = false;
    bool contentSkipped = false;
    QString symlinkTarget;
    FileCategory category = FileCategory::Other;
    int prior = 1;          ///< static relevance prior, 1-5 (the band of priorScore)
    double priorScore = 0;  ///< the static ranking's continuous score; 0 in inventories older than schema 13
    bool readmeNamed = false;   ///< the root README names the file: it is always classified
    QString priorReason;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::FileRecord)
