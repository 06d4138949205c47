// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb::exchange {

/**
 * The planner's answer as CodeScientist reads it: a JSON object with "prompt" (text) and "codeblocks"
 * (names), found in the model's text like CodeScientist finds it (in code fences, or the whole text).
 * Names are checked against the index with CodeScientist's rule, an exact, case-sensitive match;
 * CodeScientist silently drops the rest, the preview reports them.
 */
struct PlannerAnswer
{
    QString prompt;
    QStringList codeblocks;   ///< as the model wrote them, in its order
    QStringList known;        ///< those that name an entry of the index exactly
    QStringList unknown;      ///< those that do not (with a close entry, if any, in nearMisses)
    QStringList nearMisses;   ///< per unknown name: the index entry it matches ignoring case and spacing, or ""

    /** Reads @p text. Throws wb::Error (kind InvalidInput) saying what is wrong: no JSON, not an object, a key missing or of the wrong type. */
    static PlannerAnswer parse(const QString &text);
    /** Splits codeblocks into known and unknown against @p indexNames. */
    void check(const QStringList &indexNames);
};

} // namespace wb::exchange
