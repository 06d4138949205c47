// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace wb::exchange {

/** Names and file names for exported examples: single-line, bounded, safe on every file system. */
class ExportNames final
{
public:
    /** @p text on one line: newlines and control characters become spaces, runs of spaces collapse. */
    static QString flatten(const QString &text);
    /** A readable title "<repository>: <first sentence of the description>", at most @p maxLength characters. */
    static QString title(const QString &repository, const QString &description, int maxLength = 80);
    /** Lower-case ASCII letters, digits and '_', never empty, at most @p maxLength characters, cut at a word boundary. */
    static QString slug(const QString &text, int maxLength = 60);
    /**
     * @p base when no name in @p taken has it; else @p base with a suffix derived from @p key (the example's
     * stable key), so that an example's name does not depend on what else is exported.
     */
    static QString uniqueSlug(const QString &base, const QString &key, const QSet<QString> &taken);
};

} // namespace wb::exchange
