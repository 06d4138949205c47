// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactdiff.h"

#include <QColor>
#include <QString>

class QPalette;

namespace wb::ui {

/**
 * How a comparison between two rounds looks: background colours for changed, added and removed values,
 * mixed into the palette's base colour so they read in light and dark themes, and the tooltip of a change.
 */
struct DiffStyle
{
    QColor changed;
    QColor added;
    QColor removed;

    static DiffStyle of(const QPalette &palette);
    /** "0.5 → 0.25 (−50.0 %)", "new in this round", "removed in this round: …". */
    static QString tooltip(const artifacts::ArtifactChange &change);
};

} // namespace wb::ui
