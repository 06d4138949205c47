"""Powder XRD pattern and density of rock-salt NaCl with crystaltoolkit.

Builds the NaCl rock-salt structure (a = 5.640 A), prints its density and the strongest
reflections of its powder X-ray diffraction pattern with Cu K-alpha radiation.
Outputs: results.json, log.json.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.environ["REPO_DIR"])
from crystaltoolkit import Structure, powder_pattern

START = time.time()
LOG = []


def note(message, kind="info"):
    LOG.append({"type": kind, "runtime_sec": round(time.time() - START, 2), "message": message})
    with open("log.json", "w") as f:
        json.dump(LOG, f, indent=1)


nacl = Structure.rocksalt(5.640, "Na", "Cl")
note(f"built {nacl.formula} with {len(nacl)} atoms per cell")
print(f"density of NaCl: {nacl.density:.3f} g/cm^3")
peaks = powder_pattern(nacl, wavelength="CuKa")
for peak in peaks[:5]:
    print(peak.hkl, round(peak.two_theta, 2), round(peak.intensity, 1))
with open("results.json", "w") as f:
    json.dump({"density": nacl.density, "peaks": [p.two_theta for p in peaks]}, f)
note("done")
