// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/relevancepalette.h"

#include <algorithm>

namespace wb::ui {

QColor RelevancePalette::colorFor(int relevance, bool rated)
{
    static const QColor colors[] = {QColor(0xe8, 0xe8, 0xe8), QColor(0xc6, 0xdb, 0xef), QColor(0x9e, 0xd9, 0xb8),
                                    QColor(0xf6, 0xd8, 0x6b), QColor(0xf4, 0xa2, 0x61)};
    const QColor base = colors[std::clamp(relevance, 1, 5) - 1];
    if (rated)
        return base;
    // A third of the way to white: the same hue, visibly less certain.
    auto paler = [](int channel) { return channel + (255 - channel) / 3; };
    return QColor(paler(base.red()), paler(base.green()), paler(base.blue()));
}

} // namespace wb::ui
