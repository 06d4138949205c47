// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/structure.h"

#include <QByteArray>
#include <QString>

namespace wb::artifacts {

/**
 * Reads ASE trajectories (*.traj) through the Python the rounds use: a small script
 * (resources/artifacts/read_traj.py) imports ASE there and prints the frames as JSON. Blocks for up to
 * the timeout: call it off the GUI thread. Never throws: when ASE is not importable in that interpreter,
 * Structure::error says so ("cannot be shown: ASE is not importable in /usr/bin/python3").
 */
class TrajectoryReader final
{
public:
    static constexpr int MaxFrames = 2000;

    static bool canRead(const QString &fileName);
    /** /usr/bin/python3 where it exists (Debian's packages, as the executors use), else python3 on PATH. */
    static QString defaultPython();
    /** The frames of @p content (a .traj file) read with @p pythonPath (empty: defaultPython()). */
    static Structure read(const QByteArray &content, const QString &pythonPath = {}, int timeoutMs = 60000);
};

} // namespace wb::artifacts
