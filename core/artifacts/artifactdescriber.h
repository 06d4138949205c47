// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wb::artifacts {

/**
 * What a round's artifact holds, as a small JSON description stored with it (artifacts.description) and
 * printed by `show --json`: {"structure": {"formula", "atoms", "frames", "lattice": {…}, "density", …}}
 * for structure files and trajectories, {"json": {"keys": [...]}} for JSON; {} when there is nothing to
 * say. A file that cannot be read gets {"structure": {"error": …}} (or {"json": {"error": …}}); describe()
 * never throws. Pure apart from the trajectory path, which runs Python (see TrajectoryReader): call it off
 * the GUI thread.
 */
class ArtifactDescriber final
{
public:
    enum class Kind { None, Structure, Trajectory, Json, Table };

    struct Options
    {
        /** Larger files are not read: {"<kind>": {"error": "…not described…"}}. */
        qint64 maxBytes = 64LL * 1024 * 1024;
        /** Whether trajectories are read (runs Python); false: they stay undescribed ({}). */
        bool readTrajectories = true;
        QString pythonPath;   ///< for trajectories; empty: TrajectoryReader::defaultPython()
    };

    static Kind kindOf(const QString &name);
    static QJsonObject describe(const QString &name, const QByteArray &content, const Options &options);
    static QJsonObject describe(const QString &name, const QByteArray &content) { return describe(name, content, Options()); }
};

} // namespace wb::artifacts
