// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/structure.h"

#include <utility>
#include <vector>

namespace wb::artifacts {

/**
 * Bonds by covalent radii: atoms i and j are bonded when their distance is at most
 * Tolerance × (r_i + r_j) and more than MinDistance. A uniform grid (cell list) with cells as wide as the
 * longest possible bond makes it O(n) for n atoms. Bonds across periodic boundaries are not drawn (the
 * viewer shows the cell's content as written). Pure; thread-safe.
 */
class BondFinder final
{
public:
    static constexpr double Tolerance = 1.15;
    static constexpr double MinDistance = 0.4;   // angstrom: closer atoms overlap, no bond is drawn

    /** Index pairs (i < j) into @p frame's atoms. */
    static std::vector<std::pair<int, int>> find(const Frame &frame);
};

} // namespace wb::artifacts
