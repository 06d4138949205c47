"""crystaltoolkit: lattices, crystal structures, densities and powder XRD patterns."""

from .elements import ELEMENTS, atomic_mass, atomic_number
from .lattice import Lattice
from .structure import Structure
from .xrd import CU_K_ALPHA, Peak, powder_pattern

__all__ = ["ELEMENTS", "atomic_mass", "atomic_number", "Lattice", "Structure",
           "CU_K_ALPHA", "Peak", "powder_pattern"]
__version__ = "0.3.1"
