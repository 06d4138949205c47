// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/bondfinder.h"

#include "artifacts/element.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wb::artifacts {

std::vector<std::pair<int, int>> BondFinder::find(const Frame &frame)
{
    const size_t n = std::min(frame.numbers.size(), frame.positions.size());
    std::vector<std::pair<int, int>> bonds;
    if (n < 2)
        return bonds;
    std::vector<double> radius(n);
    double maxRadius = 0;
    Vec3 low{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    Vec3 high{std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (size_t i = 0; i < n; ++i) {
        radius[i] = Elements::byNumber(frame.numbers[i]).covalentRadius;
        maxRadius = std::max(maxRadius, radius[i]);
        for (size_t k = 0; k < 3; ++k) {
            low[k] = std::min(low[k], frame.positions[i][k]);
            high[k] = std::max(high[k], frame.positions[i][k]);
        }
    }
    const double cellSize = std::max(2 * maxRadius * Tolerance, 0.5);
    std::array<long, 3> dims{};
    long total = 1;
    for (size_t k = 0; k < 3; ++k) {
        const double extent = high[k] - low[k];
        if (!std::isfinite(extent))
            return bonds;
        // At most ~n cells in all: a sparse structure (a gas in a huge box) must not allocate a huge grid.
        dims[k] = std::clamp(long(extent / cellSize) + 1, 1L, 4096L);
        total *= dims[k];
    }
    double size = cellSize;
    while (total > long(4 * n + 64)) {   // coarser cells keep the grid linear in n
        size *= 1.5;
        total = 1;
        for (size_t k = 0; k < 3; ++k) {
            dims[k] = std::max(1L, long((high[k] - low[k]) / size) + 1);
            total *= dims[k];
        }
    }
    const auto cellOf = [&](const Vec3 &p, size_t k) { return std::clamp(long((p[k] - low[k]) / size), 0L, dims[k] - 1); };
    // Counting sort of the atoms by grid cell: start[c]..start[c+1] are cell c's atoms in order.
    std::vector<long> cellIndex(n);
    std::vector<int> start(size_t(total) + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        const Vec3 &p = frame.positions[i];
        cellIndex[i] = (cellOf(p, 2) * dims[1] + cellOf(p, 1)) * dims[0] + cellOf(p, 0);
        ++start[size_t(cellIndex[i]) + 1];
    }
    for (size_t c = 0; c < size_t(total); ++c)
        start[c + 1] += start[c];
    std::vector<int> order(n);
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (size_t i = 0; i < n; ++i)
        order[size_t(fill[size_t(cellIndex[i])]++)] = int(i);
    for (size_t i = 0; i < n; ++i) {
        const Vec3 &p = frame.positions[i];
        const long cx = cellOf(p, 0), cy = cellOf(p, 1), cz = cellOf(p, 2);
        for (long z = std::max(0L, cz - 1); z <= std::min(dims[2] - 1, cz + 1); ++z)
            for (long y = std::max(0L, cy - 1); y <= std::min(dims[1] - 1, cy + 1); ++y)
                for (long x = std::max(0L, cx - 1); x <= std::min(dims[0] - 1, cx + 1); ++x) {
                    const size_t c = size_t((z * dims[1] + y) * dims[0] + x);
                    for (int s = start[c]; s < start[c + 1]; ++s) {
                        const size_t j = size_t(order[size_t(s)]);
                        if (j <= i)
                            continue;
                        const Vec3 &q = frame.positions[j];
                        const double dx = p[0] - q[0], dy = p[1] - q[1], dz = p[2] - q[2];
                        const double d2 = dx * dx + dy * dy + dz * dz;
                        const double limit = Tolerance * (radius[i] + radius[j]);
                        if (d2 <= limit * limit && d2 > MinDistance * MinDistance)
                            bonds.emplace_back(int(i), int(j));
                    }
                }
    }
    return bonds;
}

} // namespace wb::artifacts
