// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repo/licensedetector.h"
#include "repo/transferprogress.h"
#include "store/filerecord.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace wb::repo {

struct InventoryOptions
{
    /** Larger blobs are recorded with metadata only: their content is never loaded. */
    qint64 maxContentBytes = 16 * 1024 * 1024;
};

/** What an inventory found besides the per-file records. */
struct InventorySummary
{
    int entries = 0;
    LicenseResult license;
};

/**
 * The file inventory of one commit, read from git objects (never the file system): every blob,
 * symlink and submodule entry with size, line count, language, binary/LFS/symlink flags, static
 * category and relevance prior. Memory stays bounded by the number of entries, not their sizes:
 * blobs are read one at a time and large ones only by header. Blocking; call from a worker thread.
 */
class InventoryBuilder final
{
public:
    using Sink = std::function<void(const store::FileRecord &)>;
    using ProgressCallback = std::function<void(const TransferProgress &)>;

    InventoryBuilder(QString gitDir, QString commitSha, InventoryOptions options = {});

    /** Hands every record to @p sink in tree order. Throws wb::Error (Git, Cancelled). */
    InventorySummary build(const Sink &sink, const std::atomic_bool *cancel = nullptr,
                           const ProgressCallback &progress = {}) const;

    /**
     * The content of @p rawPath (the tree's bytes: FileRecord::pathBytes, or the UTF-8 path) at
     * @p commitSha; empty when larger than @p maxBytes; nullopt when the path is not a blob there.
     * Throws wb::Error when the repository cannot be read.
     */
    static std::optional<QByteArray> readFile(const QString &gitDir, const QString &commitSha, const QByteArray &rawPath,
                                              qint64 maxBytes = 16 * 1024 * 1024);

    /** A displayable path: valid UTF-8 decoded; control characters and other bytes written as \xHH. */
    static QString displayPath(const QByteArray &raw, bool *wasValid = nullptr);

private:
    QString m_gitDir;
    QString m_commitSha;
    InventoryOptions m_options;
};

} // namespace wb::repo
