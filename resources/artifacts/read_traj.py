# SPDX-License-Identifier: GPL-3.0-or-later
# Reads an ASE trajectory and prints its frames as one JSON object on stdout (wb::artifacts::TrajectoryReader).
#   python read_traj.py FILE MAX_FRAMES
# Exit code 3: ASE is not importable; 4: the file could not be read (the message on stderr).
import json
import sys

try:
    from ase.io.trajectory import Trajectory
except Exception as error:  # ImportError, or a broken installation
    print("ASE is not importable: %s" % error, file=sys.stderr)
    sys.exit(3)

path, max_frames = sys.argv[1], int(sys.argv[2])
frames = []
try:
    trajectory = Trajectory(path, "r")
    total = len(trajectory)
    for index in range(min(total, max_frames)):
        atoms = trajectory[index]
        frame = {
            "numbers": [int(z) for z in atoms.numbers],
            "positions": [round(float(x), 6) for x in atoms.positions.reshape(-1)],
        }
        if atoms.cell.rank == 3:
            frame["cell"] = [round(float(x), 6) for x in atoms.cell.array.reshape(-1)]
        frames.append(frame)
except Exception as error:
    print("%s: %s" % (type(error).__name__, error), file=sys.stderr)
    sys.exit(4)
json.dump({"frames": frames, "total_frames": total}, sys.stdout)
