"""Powder X-ray diffraction patterns: Bragg angles, structure factors, Lorentz-polarisation."""

import cmath
import math
from dataclasses import dataclass

from .elements import atomic_number

CU_K_ALPHA = 1.5406   # angstrom (Cu K-alpha1)


@dataclass
class Peak:
    hkl: tuple          # a representative (h, k, l) of the reflection family
    two_theta: float    # degrees
    d: float            # angstrom
    intensity: float    # relative, the strongest peak is 100
    multiplicity: int


FALLOFF_B = 4.0      # angstrom^2: crude form-factor and thermal falloff


def structure_factor(structure, h, k, l, s=0.0):
    """F(hkl) at s = sin(theta)/lambda, form factors approximated by Z * exp(-B s^2)."""
    damping = math.exp(-FALLOFF_B * s * s)
    return sum(atomic_number(el) * damping * cmath.exp(2j * math.pi * (h * x + k * y + l * z))
               for el, (x, y, z) in zip(structure.species, structure.frac_coords))


def powder_pattern(structure, wavelength=CU_K_ALPHA, two_theta_max=90.0, hkl_max=6):
    """Peaks of the powder pattern up to two_theta_max, strongest first.

    wavelength is the X-ray wavelength in angstrom (a number, e.g. CU_K_ALPHA).
    """
    families = {}
    rng = range(-hkl_max, hkl_max + 1)
    for h in rng:
        for k in rng:
            for l in rng:
                if (h, k, l) == (0, 0, 0):
                    continue
                d = structure.lattice.d_spacing(h, k, l)
                sin_theta = wavelength / (2 * d)
                if sin_theta >= 1:
                    continue
                theta = math.asin(sin_theta)
                if math.degrees(2 * theta) > two_theta_max:
                    continue
                f2 = abs(structure_factor(structure, h, k, l, sin_theta / wavelength)) ** 2
                if f2 < 1e-6:
                    continue   # systematically absent
                lp = (1 + math.cos(2 * theta) ** 2) / (math.sin(theta) ** 2 * math.cos(theta))
                key = round(d, 4)
                fam = families.setdefault(key, {"hkl": (h, k, l), "d": d, "theta": theta, "i": 0.0, "m": 0})
                fam["i"] += f2 * lp
                fam["m"] += 1
                if (h, k, l) > fam["hkl"]:
                    fam["hkl"] = (h, k, l)
    if not families:
        return []
    strongest = max(f["i"] for f in families.values())
    peaks = [Peak(f["hkl"], math.degrees(2 * f["theta"]), f["d"], 100.0 * f["i"] / strongest, f["m"])
             for f in families.values()]
    return sorted(peaks, key=lambda p: -p.intensity)
