"""Crystal structures: species on fractional coordinates of a lattice."""

from collections import Counter
from math import gcd
from functools import reduce

from .elements import atomic_mass
from .lattice import Lattice

AVOGADRO = 6.02214076e23
FCC_TRANSLATIONS = [(0, 0, 0), (0, 0.5, 0.5), (0.5, 0, 0.5), (0.5, 0.5, 0)]


class Structure:
    """Sites of a crystal: parallel lists of element symbols and fractional coordinates."""

    def __init__(self, lattice, species, frac_coords):
        if len(species) != len(frac_coords):
            raise ValueError("species and frac_coords differ in length")
        self.lattice = lattice
        self.species = list(species)
        self.frac_coords = [tuple(float(x) % 1.0 for x in xyz) for xyz in frac_coords]

    @classmethod
    def rocksalt(cls, a, cation, anion):
        """The rock-salt (B1) structure, e.g. NaCl or MgO, with cubic lattice constant a."""
        species, coords = [], []
        for t in FCC_TRANSLATIONS:
            species += [cation, anion]
            coords += [t, (t[0] + 0.5, t[1], t[2])]
        return cls(Lattice.cubic(a), species, coords)

    @classmethod
    def fcc(cls, a, element):
        """A face-centred cubic metal such as Cu or Al."""
        return cls(Lattice.cubic(a), [element] * 4, FCC_TRANSLATIONS)

    @property
    def formula(self):
        counts = Counter(self.species)
        divisor = reduce(gcd, counts.values())
        return "".join(f"{el}{'' if n // divisor == 1 else n // divisor}" for el, n in counts.items())

    @property
    def mass(self):
        """Mass of the cell's contents in g/mol."""
        return sum(atomic_mass(s) for s in self.species)

    @property
    def density(self):
        """Density in g/cm^3."""
        return self.mass / AVOGADRO / (self.lattice.volume * 1e-24)

    def __len__(self):
        return len(self.species)
