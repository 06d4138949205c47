// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/filerecord.h"

#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wb::repo {

/** One Python import statement: `import a.b` (names empty) or `from .a import x, y`. */
struct ImportStatement
{
    QString module;        ///< as written, relative imports keep their leading dots
    QStringList names;     ///< imported names of a from-import ("*" for a star import)
};

/**
 * What the relevance ranking reads from one file's text, extracted once while the inventory reads the
 * blob: Python imports (code, notebooks, and the code blocks and doctests of documentation), string
 * literals and backticked words that look like file names, top-level definitions, and the identifiers a
 * document names. A plain value type; the content itself is not kept.
 */
struct SourceFeatures
{
    QList<ImportStatement> imports;
    QStringList fileReferences;     ///< names read: read("vasprun.xml.gz"), --configs="test/SnO2/x.xyz", `configs/x.yaml`
    QStringList mentionedFiles;     ///< names used otherwise (neither clearly read nor written)
    QStringList outputs;            ///< file names it writes: savefig("bands.png"), write("md.xyz", …)
    QSet<QString> definitions;      ///< top-level def/class names (Python)
    QSet<QString> mentions;         ///< identifiers a document or notebook names (CamelCase or called)
    QStringList links;              ///< link targets of a document (Markdown links, reST toctree and :doc:)
    QStringList dottedNames;        ///< dotted names in documents and configuration (`pkg.model.Builder`)
    int codeLines = 0;              ///< lines of code in documentation blocks / notebooks
    bool apiStub = false;           ///< documentation that is mostly autodoc directives
    bool generated = false;         ///< says it is generated ("do not edit", "auto-generated")

    /** Reads @p content (the first 256 KiB) as a file of @p category at @p path. Never throws. */
    static SourceFeatures extract(const QString &path, store::FileCategory category, QByteArrayView content);
};

} // namespace wb::repo
