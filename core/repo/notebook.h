// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wb::repo {

/** Jupyter notebooks (nbformat 4, and 3's worksheets): the code cells, for prompts and previews. */
class Notebook final
{
public:
    /** The source of every code cell, in order. Throws wb::Error (InvalidInput) on malformed JSON. */
    static QStringList codeCells(const QByteArray &ipynb);

    /** The code cells joined into one Python text, each headed by "# %% [cell N]". */
    static QString codeAsScript(const QByteArray &ipynb);
};

} // namespace wb::repo
