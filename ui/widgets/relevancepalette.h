// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace wb::ui {

/**
 * The colour scale of file relevance 1–5 shared by the heatmap views: sequential, colour-blind safe
 * and light enough for dark text. A relevance that is only the static prior (not rated by the model)
 * gets a paler tone of the same colour.
 */
class RelevancePalette final
{
public:
    RelevancePalette() = delete;

    static QColor colorFor(int relevance, bool rated = true);
};

} // namespace wb::ui
