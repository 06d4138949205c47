"""Powder XRD patterns and densities of rock-salt crystals with crystaltoolkit.

What it does: builds NaCl (a = 5.640 A) and MgO (a = 4.212 A) in the rock-salt structure, computes
their densities and their powder X-ray diffraction patterns for Cu K-alpha radiation, and checks
them against known values (NaCl: 2.165 g/cm^3, strongest peak (200) at 31.69 deg 2-theta).
Inputs: none. Outputs: results.json, log.json, to_save/xrd_patterns.png, to_save/nacl_peaks.csv.
"""
import csv
import json
import os
import sys
import time

sys.path.insert(0, os.environ["REPO_DIR"])
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from crystaltoolkit import CU_K_ALPHA, Structure, powder_pattern

START = time.time()
LOG = []


def note(message, kind="info"):
    LOG.append({"type": kind, "runtime_sec": round(time.time() - START, 2), "message": message})
    with open("log.json", "w") as f:
        json.dump(LOG, f, indent=1)
    print(message)


def pattern(name, structure):
    peaks = powder_pattern(structure, wavelength=CU_K_ALPHA, two_theta_max=90.0)
    note(f"{name}: density {structure.density:.3f} g/cm^3, {len(peaks)} reflections below 90 deg")
    for p in sorted(peaks, key=lambda p: p.two_theta)[:8]:
        h, k, l = p.hkl
        print(f"  ({h}{k}{l})  2theta = {p.two_theta:6.2f}  d = {p.d:.4f} A  I = {p.intensity:5.1f}  m = {p.multiplicity}")
    return peaks


def main():
    crystals = {"NaCl": Structure.rocksalt(5.640, "Na", "Cl"), "MgO": Structure.rocksalt(4.212, "Mg", "O")}
    results = {}
    os.makedirs("to_save", exist_ok=True)
    fig, axes = plt.subplots(len(crystals), 1, figsize=(7, 5), sharex=True)
    for ax, (name, structure) in zip(axes, crystals.items()):
        peaks = pattern(name, structure)
        ax.vlines([p.two_theta for p in peaks], 0, [p.intensity for p in peaks], color="tab:blue")
        for p in peaks:
            if p.intensity > 15:
                ax.annotate("".join(map(str, p.hkl)), (p.two_theta, p.intensity), fontsize=7, ha="center", va="bottom")
        ax.set_ylabel("I (rel.)")
        ax.set_ylim(0, 115)
        ax.set_title(f"{name}, a = {structure.lattice.a:.3f} A, Cu K-alpha", fontsize=9)
        strongest = max(peaks, key=lambda p: p.intensity)
        results[name] = {"a_angstrom": structure.lattice.a, "density_g_cm3": round(structure.density, 4),
                         "strongest_peak": {"hkl": list(strongest.hkl), "two_theta_deg": round(strongest.two_theta, 3)},
                         "peaks_two_theta_deg": sorted(round(p.two_theta, 3) for p in peaks)}
    axes[-1].set_xlabel("2-theta (deg)")
    fig.tight_layout()
    fig.savefig("to_save/xrd_patterns.png", dpi=120)
    note("saved to_save/xrd_patterns.png")

    with open("to_save/nacl_peaks.csv", "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["h", "k", "l", "two_theta_deg", "d_angstrom", "intensity", "multiplicity"])
        for p in sorted(powder_pattern(crystals["NaCl"]), key=lambda p: p.two_theta):
            writer.writerow([*p.hkl, round(p.two_theta, 3), round(p.d, 4), round(p.intensity, 2), p.multiplicity])

    # Check against known values.
    nacl = results["NaCl"]
    density_ok = abs(nacl["density_g_cm3"] - 2.165) < 0.01
    peak_ok = abs(nacl["strongest_peak"]["two_theta_deg"] - 31.69) < 0.05
    note(f"NaCl density {nacl['density_g_cm3']:.3f} vs 2.165 expected: {'OK' if density_ok else 'MISMATCH'}")
    note(f"NaCl strongest peak {nacl['strongest_peak']['two_theta_deg']:.2f} deg vs 31.69 expected: {'OK' if peak_ok else 'MISMATCH'}")
    results["checks"] = {"nacl_density": density_ok, "nacl_200_position": peak_ok}
    with open("results.json", "w") as f:
        json.dump(results, f, indent=1)
    note("done")
    return 0 if density_ok and peak_ok else 1


if __name__ == "__main__":
    sys.exit(main())
