// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

namespace wb::ui {

/**
 * Squarified treemap layout (Bruls, Huizing, van Wijk): rectangles with areas proportional to the
 * weights, kept close to squares. Pure; weights ≤ 0 get an empty rectangle.
 */
class TreemapLayout final
{
public:
    /** One rectangle per weight, in the order of @p weights, tiling @p bounds. */
    static QList<QRectF> layout(const QList<double> &weights, const QRectF &bounds);
};

} // namespace wb::ui
