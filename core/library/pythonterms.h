// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb::library {

/**
 * The searchable words of a Python source (an example's main.py), read line by line without running or
 * parsing it: names of defined functions and classes, imported modules and names, and the text of
 * comments and docstrings. CamelCase names are also given split ("MacroDensity" → "Macro Density");
 * snake_case needs nothing, the tokenizer splits at '_'. Never throws; odd input gives fewer words.
 */
struct PythonTerms
{
    QStringList definitions;   ///< def and class names, in order, without repetitions
    QStringList imports;       ///< modules and imported names ("numpy", "matplotlib.pyplot", "macrodensity")
    QString comments;          ///< comments and docstrings, one line each

    static PythonTerms extract(const QString &source);

    /** definitions and imports as one line of words for the index (CamelCase names also split). */
    QString identifierText() const;
};

} // namespace wb::library
