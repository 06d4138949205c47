// SPDX-License-Identifier: GPL-3.0-or-later
#include "structurefixture.h"

#include <QString>

#include <cmath>

namespace StructureFixture {

namespace {
QByteArray line(double x, double y, double z)
{
    return QString::asprintf("  %14.8f %14.8f %14.8f\n", x, y, z).toLatin1();
}
} // namespace

QByteArray copperSlabWithCo()
{
    const double d = kCuLattice / std::sqrt(2.0);       // nearest-neighbour distance
    const double layer = kCuLattice / std::sqrt(3.0);   // (111) interlayer spacing
    const double ax = 4 * d, bx = 2 * d, by = 4 * d * std::sqrt(3.0) / 2;
    QByteArray out = "Cu(111) 4x4x6 slab with CO on top\n1.0\n";
    out += line(ax, 0, 0) + line(bx, by, 0) + line(0, 0, kSlabC);
    out += "Cu C O\n96 1 1\nCartesian\n";
    const double z0 = 2.0;
    double topX = 0, topY = 0, topZ = 0;
    for (int l = 0; l < 6; ++l) {
        // ABC stacking: each layer shifted by a third of the 1x1 cell's long diagonal, (d/2, d sqrt(3)/6).
        const double sx = (l % 3) * d / 2, sy = (l % 3) * d * std::sqrt(3.0) / 6;
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j) {
                const double x = i * d + j * d / 2 + sx, y = j * d * std::sqrt(3.0) / 2 + sy, z = z0 + l * layer;
                out += line(x, y, z);
                if (l == 5 && i == 1 && j == 1) {
                    topX = x;
                    topY = y;
                    topZ = z;
                }
            }
    }
    out += line(topX, topY, topZ + 1.85);   // C on top
    out += line(topX, topY, topZ + 3.00);   // O, C-O 1.15
    return out;
}

QByteArray copperBlock(int n)
{
    const double a = kCuLattice * n;
    QByteArray out = "fcc Cu block\n1.0\n";
    out += line(a, 0, 0) + line(0, a, 0) + line(0, 0, a);
    out += "Cu\n" + QByteArray::number(4 * n * n * n) + "\nDirect\n";
    const double basis[4][3] = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
    out.reserve(out.size() + qsizetype(4) * n * n * n * 48);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            for (int k = 0; k < n; ++k)
                for (const auto &b : basis)
                    out += line((i + b[0]) / n, (j + b[1]) / n, (k + b[2]) / n);
    return out;
}

} // namespace StructureFixture
