// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace wb::artifacts {

/** One chemical element's display and mass data (resources/data/elements.json). */
struct Element
{
    int z = 0;                    ///< 0: unknown element (a dummy atom)
    QString symbol;
    double mass = 0.0;            ///< standard atomic mass, u
    double covalentRadius = 0.0;  ///< angstrom (Cordero et al. 2008)
    quint32 rgb = 0xff1493;       ///< Jmol CPK colour, 0xRRGGBB
};

/**
 * The periodic table as data: Jmol CPK colours, covalent radii and masses from resources/data/elements.json,
 * read once. Thread-safe (immutable after the first call).
 */
class Elements final
{
public:
    /** The element of atomic number @p z; an Element with z = 0 and symbol "X" when unknown. */
    static const Element &byNumber(int z);
    /** The atomic number of @p symbol ("Cu", case as written or all-lower/upper), 0 when unknown. */
    static int number(QStringView symbol);
    /** The largest atomic number the table holds. */
    static int count();
};

} // namespace wb::artifacts
