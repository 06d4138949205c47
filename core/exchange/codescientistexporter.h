// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/vettedexample.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wb::exchange {

/**
 * Writes vetted examples as CodeScientist codeblocks: `<out>/codeblocks/codedistiller/<slug>.py` (the six
 * header fields CodeScientist's loader parses, one per line, then provenance comments, then main.py;
 * UTF-8 without BOM, '\n' line endings) and an entry with all eight keys per example merged into the
 * root `<out>/codeblocks/codeblock_summaries.json`, keeping every entry that is not ours. Names are
 * unique (case-insensitively, also against the entries already there) and stable across exports:
 * `codedistiller/manifest.json` maps each example's key to its name, and a re-export replaces what the
 * previous one wrote. Point @p outDir at a CodeScientist checkout to export into it directly.
 * `codeblocks/codedistiller/` must be empty or missing unless @p replace (ExportTarget::check());
 * foreign entries of the summaries file are always kept. Known secrets are redacted from everything written.
 */
class CodeScientistExporter final
{
public:
    struct Summary
    {
        int written = 0;
        QStringList names;
        qint64 indexBytes = 0;        ///< size of the merged summaries file (~4 bytes a token in every prompt)
    };

    /** Throws wb::Error when a file cannot be written or the existing summaries file is not a JSON object. */
    static Summary write(const QList<VettedExample> &examples, const QString &outDir, bool replace = false);

    /**
     * The bytes of codeblock_summaries.json that write() puts into a folder without a previous export
     * or foreign entries: the index of @p examples alone, as CodeScientist would read it. Writes nothing;
     * shares write()'s naming and entries, with the known secrets redacted.
     */
    static QByteArray summariesJson(const QList<VettedExample> &examples);
    /** The codeblock names summariesJson() gives @p examples, in their order. */
    static QStringList codeblockNames(const QList<VettedExample> &examples);
};

} // namespace wb::exchange
