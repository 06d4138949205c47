"""Crystal lattices from cell parameters (lengths in angstrom, angles in degrees)."""

import math


class Lattice:
    """A lattice given by a, b, c and alpha, beta, gamma."""

    def __init__(self, a, b, c, alpha=90.0, beta=90.0, gamma=90.0):
        if min(a, b, c) <= 0:
            raise ValueError("lattice lengths must be positive")
        self.a, self.b, self.c = float(a), float(b), float(c)
        self.alpha, self.beta, self.gamma = float(alpha), float(beta), float(gamma)

    @classmethod
    def cubic(cls, a):
        return cls(a, a, a)

    @classmethod
    def hexagonal(cls, a, c):
        return cls(a, a, c, 90.0, 90.0, 120.0)

    @property
    def matrix(self):
        """Row vectors of the cell: a along x, b in the xy plane."""
        al, be, ga = (math.radians(x) for x in (self.alpha, self.beta, self.gamma))
        ax = (self.a, 0.0, 0.0)
        bx = (self.b * math.cos(ga), self.b * math.sin(ga), 0.0)
        cx = self.c * math.cos(be)
        cy = self.c * (math.cos(al) - math.cos(be) * math.cos(ga)) / math.sin(ga)
        cz = math.sqrt(max(self.c ** 2 - cx ** 2 - cy ** 2, 0.0))
        return [ax, bx, (cx, cy, cz)]

    @property
    def volume(self):
        """Cell volume in cubic angstrom."""
        ca, cb, cg = (math.cos(math.radians(x)) for x in (self.alpha, self.beta, self.gamma))
        return self.a * self.b * self.c * math.sqrt(1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg)

    def reciprocal(self):
        """Reciprocal lattice vectors (without the 2*pi factor) as rows."""
        m = self.matrix
        v = self.volume

        def cross(u, w):
            return (u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0])

        return [tuple(x / v for x in cross(m[1], m[2])), tuple(x / v for x in cross(m[2], m[0])),
                tuple(x / v for x in cross(m[0], m[1]))]

    def d_spacing(self, h, k, l):
        """Interplanar spacing of the (hkl) planes in angstrom."""
        if (h, k, l) == (0, 0, 0):
            raise ValueError("(000) has no d-spacing")
        r = self.reciprocal()
        g = [h * r[0][i] + k * r[1][i] + l * r[2][i] for i in range(3)]
        return 1.0 / math.sqrt(sum(x * x for x in g))

    def __repr__(self):
        return (f"Lattice({self.a:.4f}, {self.b:.4f}, {self.c:.4f}, "
                f"{self.alpha:.2f}, {self.beta:.2f}, {self.gamma:.2f})")
