"""Print the strongest powder XRD peaks of NaCl with Cu K-alpha radiation."""

from crystaltoolkit import CU_K_ALPHA, Structure, powder_pattern

nacl = Structure.rocksalt(5.640, "Na", "Cl")
print(f"{nacl.formula}: {len(nacl)} atoms per cell, density {nacl.density:.3f} g/cm^3")
for peak in powder_pattern(nacl, wavelength=CU_K_ALPHA)[:6]:
    h, k, l = peak.hkl
    print(f"({h}{k}{l})  2theta = {peak.two_theta:6.2f} deg  d = {peak.d:.4f} A  I = {peak.intensity:5.1f}")
