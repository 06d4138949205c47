import math

from crystaltoolkit import Lattice, Structure, powder_pattern


def test_cubic_volume_and_spacing():
    lat = Lattice.cubic(4.0)
    assert math.isclose(lat.volume, 64.0)
    assert math.isclose(lat.d_spacing(1, 1, 0), 4.0 / math.sqrt(2))


def test_nacl_density():
    assert abs(Structure.rocksalt(5.640, "Na", "Cl").density - 2.164) < 0.01


def test_fcc_extinctions():
    peaks = powder_pattern(Structure.fcc(3.615, "Cu"))
    assert all(len({h % 2, k % 2, l % 2}) == 1 for h, k, l in (p.hkl for p in peaks))
