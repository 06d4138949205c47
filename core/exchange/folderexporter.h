// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/vettedexample.h"

#include <QList>
#include <QString>

namespace wb::exchange {

/**
 * Runnable folders in the original layout: `<out>/<slug>/` with main.py, requirements.txt, run.sh,
 * metadata.json and provenance.json, plus `<out>/manifest.jsonl` (one line per example: key, folder and
 * provenance). Folder names are unique and derived from the repository and description.
 * @p outDir must be empty or missing unless @p replace (ExportTarget::check()); then the files named
 * above are replaced and nothing else is touched. Known secrets are redacted from everything written.
 */
class FolderExporter final
{
public:
    /** Returns the number of folders written. Throws wb::Error when a file cannot be written or the target is refused. */
    static int write(const QList<VettedExample> &examples, const QString &outDir, bool replace = false);
};

/**
 * The same examples as one JSON Lines file `<out>/examples.jsonl`: key, files, metadata, provenance per
 * line. The same rules for @p outDir and @p replace as FolderExporter.
 */
class JsonlExporter final
{
public:
    static int write(const QList<VettedExample> &examples, const QString &outDir, bool replace = false);
};

} // namespace wb::exchange
