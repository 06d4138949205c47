// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/** Structure files written by the tests (synthetic, realistic geometry). */
namespace StructureFixture {

/** The slab's lattice as written: a = b = 4 d, gamma = 60, c; d = 3.61 / sqrt(2) (Cu nearest neighbours). */
constexpr double kCuLattice = 3.61;
constexpr double kSlabC = 30.0;

/**
 * A VASP 5 POSCAR (element line and counts, Cartesian) of a Cu(111) slab, 4 x 4 surface cell, 6 layers
 * in ABC stacking (96 Cu), with CO on top of a surface atom (C 1.85 Å above it, O 1.15 Å above C) and
 * vacuum above: 98 atoms, formula C Cu96 O.
 */
QByteArray copperSlabWithCo();
/** A VASP 5 POSCAR of fcc copper, @p n x @p n x @p n conventional cells (4 n³ atoms). */
QByteArray copperBlock(int n);

} // namespace StructureFixture
