// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/libraryexport.h"

#include "exchange/codescientistexporter.h"
#include "exchange/folderexporter.h"
#include "exchange/gitexporter.h"
#include "llm/credentials.h"

using namespace Qt::StringLiterals;

namespace wb::exchange {

std::optional<ExportTarget::Format> LibraryExport::formatNamed(const QString &name)
{
    for (const auto f : {ExportTarget::Format::CodeScientist, ExportTarget::Format::Folders, ExportTarget::Format::Jsonl,
                         ExportTarget::Format::Git})
        if (formatName(f) == name)
            return f;
    return std::nullopt;
}

QString LibraryExport::formatName(ExportTarget::Format format)
{
    switch (format) {
    case ExportTarget::Format::CodeScientist: return u"codescientist"_s;
    case ExportTarget::Format::Folders: return u"folders"_s;
    case ExportTarget::Format::Jsonl: return u"jsonl"_s;
    case ExportTarget::Format::Git: return u"git"_s;
    }
    return {};
}

bool LibraryExport::writesFolders(ExportTarget::Format format)
{
    return format == ExportTarget::Format::Folders || format == ExportTarget::Format::Git;
}

LibraryExport::Result LibraryExport::run(const std::shared_ptr<store::Workspace> &workspace, const Request &request)
{
    ExportTarget::check(request.format, request.outDir, request.replace);   // before the selection: fail fast
    // Every key configured is known before anything is written, so that none reaches the output.
    llm::Credentials::registerConfiguredKeys();
    const auto chosen = request.selection.select(workspace);
    Result result;
    result.excluded = chosen.excluded;
    switch (request.format) {
    case ExportTarget::Format::CodeScientist: {
        const auto summary = CodeScientistExporter::write(chosen.examples, request.outDir, request.replace);
        result.written = summary.written;
        result.names = summary.names;
        result.indexBytes = summary.indexBytes;
        break;
    }
    case ExportTarget::Format::Folders:
        result.written = FolderExporter::write(chosen.examples, request.outDir, request.replace);
        break;
    case ExportTarget::Format::Git:
        result.commits = GitExporter::write(chosen.examples, request.outDir, request.replace);
        result.written = int(chosen.examples.size());
        break;
    case ExportTarget::Format::Jsonl:
        result.written = JsonlExporter::write(chosen.examples, request.outDir, request.replace);
        break;
    }
    return result;
}

} // namespace wb::exchange
