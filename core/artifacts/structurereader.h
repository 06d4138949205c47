// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/structure.h"

#include <QByteArray>
#include <QString>

namespace wb::artifacts {

/**
 * Reads structure files with Open Babel: VASP POSCAR/CONTCAR (POSCAR*, CONTCAR*, *.vasp, *.poscar), CIF,
 * XYZ and extended XYZ (Lattice="…"), PDB, MOL2, SDF/MOL and CML; the format is guessed from the file name.
 * Every frame of a multi-structure file is read (at most MaxFrames). No bonds are perceived here (the
 * viewer finds its own with BondFinder).
 *
 * Thread-safety: Open Babel's format registry, error log and element tables are process-wide and not
 * safe for concurrent use, so every read holds one process-wide mutex; reads from several threads are
 * serialized. read() never throws: what cannot be read comes back as Structure::error.
 */
class StructureReader final
{
public:
    static constexpr int MaxFrames = 10000;

    /** Open Babel's input format for @p fileName (any folder part is ignored); empty when not a structure. */
    static QString formatFor(const QString &fileName);
    /** Whether read() takes @p fileName (formatFor() is not empty). */
    static bool canRead(const QString &fileName) { return !formatFor(fileName).isEmpty(); }
    /** The frames in @p content, a file named @p fileName. */
    static Structure read(const QByteArray &content, const QString &fileName);
};

} // namespace wb::artifacts
