"""Atomic numbers and standard atomic masses (g/mol) of the elements the examples use."""

ELEMENTS = {
    "H": (1, 1.008), "Li": (3, 6.94), "C": (6, 12.011), "N": (7, 14.007), "O": (8, 15.999),
    "F": (9, 18.998), "Na": (11, 22.990), "Mg": (12, 24.305), "Al": (13, 26.982),
    "Si": (14, 28.085), "Cl": (17, 35.45), "K": (19, 39.098), "Ca": (20, 40.078),
    "Ti": (22, 47.867), "Fe": (26, 55.845), "Ni": (28, 58.693), "Cu": (29, 63.546),
    "Zn": (30, 65.38), "Ga": (31, 69.723), "As": (33, 74.922), "Cs": (55, 132.91),
}


def atomic_number(symbol):
    """Atomic number Z of an element symbol such as "Na"."""
    try:
        return ELEMENTS[symbol][0]
    except KeyError:
        raise ValueError(f"unknown element {symbol!r}") from None


def atomic_mass(symbol):
    """Standard atomic mass in g/mol."""
    try:
        return ELEMENTS[symbol][1]
    except KeyError:
        raise ValueError(f"unknown element {symbol!r}") from None
