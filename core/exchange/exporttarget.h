// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb::exchange {

/**
 * Where an export writes, checked before anything is written. An export never replaces files unasked:
 * the folder a format writes into must be empty or missing unless replacing is allowed, and then only
 * the files the export writes are replaced (nothing else there is deleted or changed). The git format
 * also never writes into a git repository it did not create (see GitExporter).
 */
class ExportTarget final
{
public:
    enum class Format { CodeScientist, Folders, Jsonl, Git };

    /** The folder @p format fills below @p outDir: @p outDir, or codeblocks/codedistiller/ for CodeScientist. */
    static QString folder(Format format, const QString &outDir);
    /** What that folder holds now (names sorted, folders with a trailing '/'); empty when missing or empty. */
    static QStringList contents(Format format, const QString &outDir);
    /**
     * Throws wb::Error (InvalidInput) when the export may not write: the folder holds something and
     * @p replace is false (the message names the folder and what is in it), or, for git, whatever
     * @p replace says, the folder is or lies inside a repository not created by a previous export.
     */
    static void check(Format format, const QString &outDir, bool replace);
};

} // namespace wb::exchange
