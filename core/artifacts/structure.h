// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace wb::artifacts {

using Vec3 = std::array<double, 3>;

/** One snapshot of a structure: atoms (atomic number, Cartesian position in angstrom) and its cell, if any. */
struct Frame
{
    std::vector<int> numbers;                  ///< atomic numbers, 0 for an unknown element
    std::vector<Vec3> positions;               ///< angstrom, Cartesian, one per atom
    std::optional<std::array<Vec3, 3>> cell;   ///< cell vectors a, b, c in angstrom (rows); nullopt: not periodic
};

/** The cell's lengths (angstrom), angles (degrees) and volume (cubic angstrom). */
struct Lattice
{
    double a = 0, b = 0, c = 0;
    double alpha = 0, beta = 0, gamma = 0;
    double volume = 0;
};

/**
 * A crystal structure or trajectory as read from a file: its frames, or why it could not be read. A plain
 * value type (copied to the GUI thread). The facts (formula, lattice, density) are those of the first frame.
 */
class Structure
{
public:
    enum class FormulaStyle {
        Spaced,    ///< "C Cu96 O": Hill order, elements separated by spaces (display)
        Compact,   ///< "CCu96O": the same without spaces (search, file names)
    };

    std::vector<Frame> frames;
    QString format;   ///< the reader's format ("VASP", "cif", "xyz", "traj", …)
    QString error;    ///< non-empty: nothing could be read; says why

    bool isValid() const { return error.isEmpty() && !frames.empty() && !frames.front().numbers.empty(); }
    int atomCount() const { return frames.empty() ? 0 : int(frames.front().numbers.size()); }
    int frameCount() const { return int(frames.size()); }

    /** Hill order: C first, then H, then the others alphabetically; without carbon all alphabetically. */
    QString formula(FormulaStyle style = FormulaStyle::Spaced) const;
    static QString formula(const Frame &frame, FormulaStyle style = FormulaStyle::Spaced);
    /** The lattice of frame @p index; nullopt without a cell. */
    std::optional<Lattice> lattice(int index = 0) const;
    static std::optional<Lattice> lattice(const Frame &frame);
    /** g/cm³ from the atomic masses and the cell's volume; nullopt without a cell. */
    std::optional<double> density(int index = 0) const;
    static std::optional<double> density(const Frame &frame);

    /**
     * {"formula", "formula_compact", "atoms", "frames", "format", "lattice": {a, b, c, alpha, beta, gamma,
     * volume}, "density"} — lattice and density only with a cell; {"error": …} when not valid.
     */
    QJsonObject describe() const;
};

} // namespace wb::artifacts

Q_DECLARE_METATYPE(wb::artifacts::Structure)
