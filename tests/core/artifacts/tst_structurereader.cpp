// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactdescriber.h"
#include "artifacts/bondfinder.h"
#include "artifacts/element.h"
#include "artifacts/structurereader.h"
#include "artifacts/trajectoryreader.h"

#include "structurefixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace wb::artifacts;

namespace {
const QByteArray kNaClCif = R"(data_NaCl
_chemical_formula_sum 'Cl Na'
_cell_length_a 5.64
_cell_length_b 5.64
_cell_length_c 5.64
_cell_angle_alpha 90
_cell_angle_beta 90
_cell_angle_gamma 90
_symmetry_space_group_name_H-M 'F m -3 m'
_symmetry_Int_Tables_number 225
loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
Na1 Na 0.0 0.0 0.0
Cl1 Cl 0.5 0.5 0.5
)";

const QByteArray kWaterXyz = "3\nwater\nO 0.000 0.000 0.117\nH 0.000 0.757 -0.467\nH 0.000 -0.757 -0.467\n";

QByteArray frames(int count)
{
    QByteArray out;
    for (int f = 0; f < count; ++f)
        out += "2\nframe " + QByteArray::number(f) + "\nC 0 0 0\nO 0 0 " + QByteArray::number(1.10 + 0.01 * f) + "\n";
    return out;
}

// python3 with ASE, as the trajectory reader would use it; empty when there is none.
QString pythonWithAse()
{
    const QString python = TrajectoryReader::defaultPython();
    if (python.isEmpty())
        return {};
    QProcess p;
    p.start(python, {u"-c"_s, u"import ase"_s});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? python : QString();
}
} // namespace

class TstStructureReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elementsComeFromTheDataFile()
    {
        QCOMPARE(Elements::byNumber(29).symbol, u"Cu"_s);
        QCOMPARE(Elements::number(u"Cu"), 29);
        QCOMPARE(Elements::number(u"cl"), 17);
        QCOMPARE(Elements::byNumber(1).rgb, 0xffffffu);   // Jmol: hydrogen white
        QCOMPARE(Elements::byNumber(8).rgb, 0xff0d0du);   // Jmol: oxygen red
        QCOMPARE(Elements::byNumber(6).covalentRadius, 0.76);
        QCOMPARE(Elements::byNumber(999).symbol, u"X"_s);
        QVERIFY(Elements::count() >= 100);
    }

    void formats()
    {
        QCOMPARE(StructureReader::formatFor(u"to_save/POSCAR_first"_s), u"VASP"_s);
        QCOMPARE(StructureReader::formatFor(u"CONTCAR"_s), u"VASP"_s);
        QCOMPARE(StructureReader::formatFor(u"out/slab.vasp"_s), u"VASP"_s);
        QCOMPARE(StructureReader::formatFor(u"nacl.CIF"_s), u"cif"_s);
        QCOMPARE(StructureReader::formatFor(u"a.extxyz"_s), u"xyz"_s);
        QCOMPARE(StructureReader::formatFor(u"1abc.pdb"_s), u"pdb"_s);
        QVERIFY(!StructureReader::canRead(u"results.json"_s));
        QVERIFY(!StructureReader::canRead(u"to_save/POSCAR_notes/readme.txt"_s));
        QCOMPARE(ArtifactDescriber::kindOf(u"to_save/relax.traj"_s), ArtifactDescriber::Kind::Trajectory);
        QCOMPARE(ArtifactDescriber::kindOf(u"to_save/table.csv"_s), ArtifactDescriber::Kind::Table);
    }

    void copperSlabPoscar()
    {
        const Structure s = StructureReader::read(StructureFixture::copperSlabWithCo(), u"to_save/POSCAR_first"_s);
        QVERIFY2(s.isValid(), qPrintable(s.error));
        QCOMPARE(s.atomCount(), 98);
        QCOMPARE(s.frameCount(), 1);
        QCOMPARE(s.formula(), u"C Cu96 O"_s);
        QCOMPARE(s.formula(Structure::FormulaStyle::Compact), u"CCu96O"_s);
        const auto l = s.lattice();
        QVERIFY(l);
        const double d = StructureFixture::kCuLattice / std::sqrt(2.0);
        QVERIFY(std::abs(l->a - 4 * d) < 1e-4);
        QVERIFY(std::abs(l->b - 4 * d) < 1e-4);
        QVERIFY(std::abs(l->c - StructureFixture::kSlabC) < 1e-4);
        QVERIFY(std::abs(l->alpha - 90) < 1e-3);
        QVERIFY(std::abs(l->beta - 90) < 1e-3);
        QVERIFY(std::abs(l->gamma - 60) < 1e-3);
        const double volume = 4 * d * 4 * d * std::sin(M_PI / 3) * StructureFixture::kSlabC;
        QVERIFY(std::abs(l->volume - volume) < 1e-2);
        const double mass = 96 * Elements::byNumber(29).mass + Elements::byNumber(6).mass + Elements::byNumber(8).mass;
        QVERIFY(std::abs(*s.density() - mass / volume * 1.66053906660) < 1e-6);
        // The C atom sits above the top layer, the O above it.
        const Frame &f = s.frames.front();
        QCOMPARE(f.numbers.at(96), 6);
        QCOMPARE(f.numbers.at(97), 8);
        QVERIFY(f.positions.at(97)[2] > f.positions.at(96)[2]);

        const QJsonObject d1 = ArtifactDescriber::describe(u"to_save/POSCAR_first"_s, StructureFixture::copperSlabWithCo())
                                   .value(u"structure"_s).toObject();
        QCOMPARE(d1.value(u"formula"_s).toString(), u"C Cu96 O"_s);
        QCOMPARE(d1.value(u"formula_compact"_s).toString(), u"CCu96O"_s);
        QCOMPARE(d1.value(u"atoms"_s).toInt(), 98);
        QCOMPARE(d1.value(u"frames"_s).toInt(), 1);
        QCOMPARE(d1.value(u"lattice"_s).toObject().value(u"gamma"_s).toDouble(), 60.0);
        QVERIFY(d1.value(u"density"_s).toDouble() > 1.0);
        QVERIFY(!d1.contains(u"error"_s));
    }

    void slabBonds()
    {
        const Structure s = StructureReader::read(StructureFixture::copperSlabWithCo(), u"POSCAR"_s);
        QVERIFY2(s.isValid(), qPrintable(s.error));
        const auto bonds = BondFinder::find(s.frames.front());
        // C-O and Cu-C are bonds; Cu-Cu at 2.55 Å is within 1.15 x 2.64 Å. No bond crosses the cell's edges.
        QVERIFY(std::find(bonds.begin(), bonds.end(), std::pair<int, int>(96, 97)) != bonds.end());
        int cuC = 0;
        for (const auto &[i, j] : bonds)
            cuC += (j == 96 && i < 96) ? 1 : 0;
        QCOMPARE(cuC, 1);
        // An inner Cu of a middle layer has 12 neighbours in bulk fcc, fewer at the cell's edges: check the
        // count against a brute-force search instead.
        size_t brute = 0;
        const Frame &f = s.frames.front();
        for (size_t i = 0; i < f.numbers.size(); ++i)
            for (size_t j = i + 1; j < f.numbers.size(); ++j) {
                const double dx = f.positions[i][0] - f.positions[j][0], dy = f.positions[i][1] - f.positions[j][1],
                             dz = f.positions[i][2] - f.positions[j][2];
                const double dist = std::sqrt(dx * dx + dy * dy + dz * dz);
                const double limit = BondFinder::Tolerance * (Elements::byNumber(f.numbers[i]).covalentRadius
                                                               + Elements::byNumber(f.numbers[j]).covalentRadius);
                brute += (dist <= limit && dist > BondFinder::MinDistance) ? 1 : 0;
            }
        QCOMPARE(bonds.size(), brute);
    }

    void naclCif()
    {
        const Structure s = StructureReader::read(kNaClCif, u"nacl.cif"_s);
        QVERIFY2(s.isValid(), qPrintable(s.error));
        QCOMPARE(s.formula(), u"Cl4 Na4"_s);
        QCOMPARE(s.atomCount(), 8);
        const auto l = s.lattice();
        QVERIFY(l);
        QVERIFY(std::abs(l->a - 5.64) < 1e-6);
        QVERIFY(std::abs(l->alpha - 90) < 1e-6);
        QVERIFY(std::abs(l->volume - 5.64 * 5.64 * 5.64) < 1e-3);
        QVERIFY(std::abs(*s.density() - 2.165) < 0.01);   // rock salt
    }

    void xyzWithoutCell()
    {
        const Structure s = StructureReader::read(kWaterXyz, u"water.xyz"_s);
        QVERIFY2(s.isValid(), qPrintable(s.error));
        QCOMPARE(s.formula(), u"H2 O"_s);
        QVERIFY(!s.lattice());
        QVERIFY(!s.density());
        const QJsonObject d = s.describe();
        QVERIFY(!d.contains(u"lattice"_s));
        QCOMPARE(d.value(u"atoms"_s).toInt(), 3);
    }

    void extendedXyzLattice()
    {
        const QByteArray extxyz = "2\nLattice=\"3.0 0.0 0.0 0.0 4.0 0.0 0.0 0.0 5.0\" Properties=species:S:1:pos:R:3 pbc=\"T T T\"\n"
                                  "Na 0.0 0.0 0.0\nCl 1.5 2.0 2.5\n";
        const Structure s = StructureReader::read(extxyz, u"to_save/cell.extxyz"_s);
        QVERIFY2(s.isValid(), qPrintable(s.error));
        QCOMPARE(s.formula(), u"Cl Na"_s);
        const auto l = s.lattice();
        QVERIFY(l);
        QCOMPARE(l->a, 3.0);
        QCOMPARE(l->b, 4.0);
        QCOMPARE(l->c, 5.0);
        QCOMPARE(l->volume, 60.0);
    }

    void multiFrameXyz()
    {
        const Structure s = StructureReader::read(frames(5), u"md.xyz"_s);
        QVERIFY2(s.isValid(), qPrintable(s.error));
        QCOMPARE(s.frameCount(), 5);
        QCOMPARE(s.formula(), u"C O"_s);
        QVERIFY(std::abs(s.frames.at(4).positions.at(1)[2] - 1.14) < 1e-9);
        QCOMPARE(s.describe().value(u"frames"_s).toInt(), 5);
    }

    void garbageGivesAnError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty poscar") << u"POSCAR"_s << QByteArray();
        QTest::newRow("text poscar") << u"POSCAR"_s << QByteArray("this is not a structure\nat all\n");
        QTest::newRow("binary cif") << u"x.cif"_s << QByteArray("\x00\x01\x02\xff\xfe", 5);
        QTest::newRow("xyz count lies") << u"x.xyz"_s << QByteArray("5\ncomment\nC 0 0 0\n");
        QTest::newRow("pdb words") << u"x.pdb"_s << QByteArray("HELLO WORLD\n");
    }
    void garbageGivesAnError()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        const Structure s = StructureReader::read(content, name);
        if (!s.isValid())
            QVERIFY(!s.error.isEmpty());
        const QJsonObject d = ArtifactDescriber::describe(name, content).value(u"structure"_s).toObject();
        QVERIFY(!d.isEmpty());
        if (!s.isValid())
            QVERIFY(d.contains(u"error"_s));
    }

    void fuzzNeverCrashes()
    {
        // Random bytes and random cuts of valid files, in every format: a description or an error, no crash.
        QRandomGenerator random(18);
        const QList<QByteArray> seeds{StructureFixture::copperSlabWithCo(), kNaClCif, kWaterXyz, frames(3)};
        const QStringList names{u"POSCAR"_s, u"a.cif"_s, u"a.xyz"_s, u"a.pdb"_s, u"a.mol2"_s, u"a.sdf"_s};
        for (int round = 0; round < 200; ++round) {
            QByteArray content = seeds.at(round % seeds.size());
            content.truncate(qsizetype(random.bounded(qint64(content.size()) + 1)));
            for (int flips = random.bounded(8); flips > 0 && !content.isEmpty(); --flips)
                content[random.bounded(content.size())] = char(random.bounded(256));
            const QString name = names.at(random.bounded(names.size()));
            const QJsonObject d = ArtifactDescriber::describe(name, content);
            QVERIFY(d.contains(u"structure"_s));
        }
    }

    void jsonKeysAndLimits()
    {
        const QJsonObject keys = ArtifactDescriber::describe(u"results.json"_s, R"({"energy": -1.5, "forces": [1, 2]})");
        QCOMPARE(keys.value(u"json"_s).toObject().value(u"keys"_s).toArray(), (QJsonArray{u"energy"_s, u"forces"_s}));
        QVERIFY(ArtifactDescriber::describe(u"broken.json"_s, "{").value(u"json"_s).toObject().contains(u"error"_s));
        QVERIFY(ArtifactDescriber::describe(u"notes.txt"_s, "text").isEmpty());
        // Tables are described by CsvTable: a quoted header with a comma is one column.
        const QJsonObject table = ArtifactDescriber::describe(u"scan.csv"_s, "\"height above surface, \xc3\x85\",energy\n1.0,-0.1\n").value(u"table"_s).toObject();
        QCOMPARE(table.value(u"columns"_s).toArray().size(), 2);
        QCOMPARE(table.value(u"rows"_s).toInt(), 1);
        ArtifactDescriber::Options small;
        small.maxBytes = 100;
        const QJsonObject tooLarge = ArtifactDescriber::describe(u"POSCAR"_s, StructureFixture::copperSlabWithCo(), small);
        QVERIFY(tooLarge.value(u"structure"_s).toObject().value(u"error"_s).toString().contains(u"not read"_s));
    }

    void aseTrajectory()
    {
        const QString python = pythonWithAse();
        if (python.isEmpty())
            QSKIP("ASE is not importable in the default python3 (install python3-ase)");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"relax.traj"_s);
        QProcess p;
        p.start(python, {u"-c"_s, u"import sys\nfrom ase.build import fcc111, add_adsorbate, molecule\n"
                                  "from ase.io.trajectory import Trajectory\n"
                                  "slab = fcc111('Cu', size=(2, 2, 3), vacuum=8.0)\n"
                                  "add_adsorbate(slab, molecule('CO'), 1.85, 'ontop')\n"
                                  "t = Trajectory(sys.argv[1], 'w')\n"
                                  "for i in range(3):\n    slab.positions[-1, 2] += 0.05\n    t.write(slab)\n"
                                  "t.close()\n"_s,
                                  path});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        const Structure s = TrajectoryReader::read(content, python);
        QVERIFY2(s.isValid(), qPrintable(s.error));
        QCOMPARE(s.frameCount(), 3);
        QCOMPARE(s.formula(), u"C Cu12 O"_s);
        QVERIFY(s.lattice());
        QVERIFY(s.frames.at(2).positions.back()[2] > s.frames.at(0).positions.back()[2]);
        const QJsonObject d = ArtifactDescriber::describe(u"to_save/relax.traj"_s, content).value(u"structure"_s).toObject();
        QCOMPARE(d.value(u"frames"_s).toInt(), 3);
        QCOMPARE(d.value(u"atoms"_s).toInt(), 14);
        ArtifactDescriber::Options noPython;
        noPython.readTrajectories = false;
        QVERIFY(ArtifactDescriber::describe(u"relax.traj"_s, content, noPython).isEmpty());
    }

    void trajectoryWithoutAse()
    {
        // A real interpreter without ASE: python3 -S does not add the site-packages folders.
        const QString python = TrajectoryReader::defaultPython();
        if (python.isEmpty())
            QSKIP("no python3");
        QTemporaryDir dir;
        const QString fake = dir.filePath(u"python-without-ase"_s);
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec " + python.toUtf8() + " -S \"$@\"\n");
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        const Structure s = TrajectoryReader::read("not read", fake);
        QVERIFY(!s.isValid());
        QVERIFY2(s.error.contains(u"ASE is not importable in "_s + fake), qPrintable(s.error));
        const Structure missing = TrajectoryReader::read("x", dir.filePath(u"no-such-python"_s));
        QVERIFY(missing.error.contains(u"could not be started"_s));
    }
};

QTEST_GUILESS_MAIN(TstStructureReader)
#include "tst_structurereader.moc"
