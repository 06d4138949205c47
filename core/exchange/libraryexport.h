// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/exporttarget.h"
#include "exchange/libraryselection.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace wb::store {
class Workspace;
}

namespace wb::exchange {

/**
 * One export of the vetted library, the use case behind `codedistiller export` and File → Export Library:
 * checks the target, makes every configured API key known (so that none reaches the output), selects the
 * examples and writes them in the chosen format. Blocking: run it off the GUI thread.
 */
class LibraryExport final
{
public:
    struct Request
    {
        ExportTarget::Format format = ExportTarget::Format::Folders;
        QString outDir;
        LibrarySelection selection;
        bool replace = false;
    };

    struct Result
    {
        int written = 0;
        QStringList excluded;      ///< "repository (campaign): why"
        QStringList names;         ///< codescientist: the codeblock names
        qint64 indexBytes = 0;     ///< codescientist: size of codeblock_summaries.json
        int commits = 0;           ///< git: commits written
    };

    /** The format named @p name (codescientist, folders, jsonl, git), or nothing. */
    static std::optional<ExportTarget::Format> formatNamed(const QString &name);
    static QString formatName(ExportTarget::Format format);
    /** True for the formats that write runnable example folders (the ones a verification can re-run). */
    static bool writesFolders(ExportTarget::Format format);

    /** Throws wb::Error; nothing is written when the target is refused. */
    static Result run(const std::shared_ptr<store::Workspace> &workspace, const Request &request);
};

} // namespace wb::exchange
