// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/structurereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <openbabel/atom.h>
#include <openbabel/generic.h>
#include <openbabel/mol.h>
#include <openbabel/obconversion.h>
#include <openbabel/oberror.h>

#include <iostream>
#include <mutex>
#include <sstream>

using namespace Qt::StringLiterals;

namespace wb::artifacts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::artifacts::StructureReader)
};

std::mutex &openBabelMutex()
{
    static std::mutex m;
    return m;
}

// Extended XYZ keeps the cell in the comment line: Lattice="ax ay az bx by bz cx cy cz".
std::optional<std::array<Vec3, 3>> extendedXyzLattice(const QString &comment)
{
    static const QRegularExpression lattice(uR"re(Lattice\s*=\s*"([^"]*)")re"_s, QRegularExpression::CaseInsensitiveOption);
    const auto match = lattice.match(comment);
    if (!match.hasMatch())
        return std::nullopt;
    const QStringList numbers = match.captured(1).split(u' ', Qt::SkipEmptyParts);
    if (numbers.size() != 9)
        return std::nullopt;
    std::array<Vec3, 3> cell{};
    for (int i = 0; i < 9; ++i) {
        bool ok = false;
        cell[size_t(i / 3)][size_t(i % 3)] = numbers.at(i).toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return cell;
}

// Open Babel's complaints go to its error log (kept for the error message), not to stderr; restored on exit.
class ErrorCapture
{
public:
    ErrorCapture()
    {
        OpenBabel::obErrorLog.SetOutputStream(&m_log);
        OpenBabel::obErrorLog.SetOutputLevel(OpenBabel::obError);
        OpenBabel::obErrorLog.ClearLog();
    }
    ~ErrorCapture()
    {
        OpenBabel::obErrorLog.SetOutputStream(&std::clog);
        OpenBabel::obErrorLog.ClearLog();
    }
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

private:
    std::ostringstream m_log;
};

Frame frameOf(OpenBabel::OBMol &mol, const QString &format)
{
    Frame frame;
    const unsigned n = mol.NumAtoms();
    frame.numbers.reserve(n);
    frame.positions.reserve(n);
    for (unsigned i = 1; i <= n; ++i) {
        const OpenBabel::OBAtom *atom = mol.GetAtom(int(i));
        frame.numbers.push_back(int(atom->GetAtomicNum()));
        frame.positions.push_back({atom->GetX(), atom->GetY(), atom->GetZ()});
    }
    if (auto *cell = static_cast<OpenBabel::OBUnitCell *>(mol.GetData(OpenBabel::OBGenericDataType::UnitCell))) {
        const std::vector<OpenBabel::vector3> v = cell->GetCellVectors();
        if (v.size() == 3)
            frame.cell = std::array<Vec3, 3>{Vec3{v[0].x(), v[0].y(), v[0].z()}, Vec3{v[1].x(), v[1].y(), v[1].z()},
                                             Vec3{v[2].x(), v[2].y(), v[2].z()}};
    }
    if (!frame.cell && format == u"xyz"_s)
        frame.cell = extendedXyzLattice(QString::fromStdString(mol.GetTitle()));
    return frame;
}
} // namespace

QString StructureReader::formatFor(const QString &fileName)
{
    const QString base = QFileInfo(fileName).fileName();
    const QString upper = base.toUpper();
    if (upper.startsWith(u"POSCAR"_s) || upper.startsWith(u"CONTCAR"_s))
        return u"VASP"_s;
    const QString suffix = QFileInfo(base).suffix().toLower();
    static const QHash<QString, QString> bySuffix{
        {u"vasp"_s, u"VASP"_s}, {u"poscar"_s, u"VASP"_s}, {u"cif"_s, u"cif"_s},  {u"xyz"_s, u"xyz"_s},
        {u"extxyz"_s, u"xyz"_s}, {u"pdb"_s, u"pdb"_s},    {u"ent"_s, u"pdb"_s},  {u"mol2"_s, u"mol2"_s},
        {u"sdf"_s, u"sdf"_s},   {u"mol"_s, u"mdl"_s},     {u"cml"_s, u"cml"_s},
    };
    return bySuffix.value(suffix);
}

Structure StructureReader::read(const QByteArray &content, const QString &fileName)
{
    Structure structure;
    structure.format = formatFor(fileName);
    if (structure.format.isEmpty()) {
        structure.error = Tr::tr("%1 is not a structure file this workbench reads (POSCAR, CIF, XYZ, PDB, …).").arg(fileName);
        return structure;
    }
    std::lock_guard lock(openBabelMutex());
    const ErrorCapture capture;
    try {
        OpenBabel::OBConversion conversion;
        if (!conversion.SetInFormat(structure.format.toLatin1().constData())) {
            structure.error = Tr::tr("Open Babel has no reader for the format %1.").arg(structure.format);
        } else {
            conversion.AddOption("b", OpenBabel::OBConversion::INOPTIONS);   // no bond perception
            conversion.AddOption("s", OpenBabel::OBConversion::INOPTIONS);   // no bond orders
            // From a file, not a stream: Open Babel's VASP reader finds no atoms in a stream without a file name.
            QTemporaryDir dir;
            QFile file(dir.filePath(u"structure."_s + structure.format.toLower()));
            if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
                structure.error = Tr::tr("No temporary file could be written to read %1 (%2).").arg(fileName, dir.path());
                return structure;
            }
            file.close();
            OpenBabel::OBMol mol;
            bool more = conversion.ReadFile(&mol, QFile::encodeName(file.fileName()).toStdString());
            // A POSCAR holds one structure (Open Babel's reader would hand it out again and again).
            const bool single = structure.format == u"VASP"_s;
            while (more && int(structure.frames.size()) < MaxFrames) {
                if (mol.NumAtoms() > 0) {
                    // A CIF lists the asymmetric unit: its space group's operations fill the cell.
                    auto *cell = static_cast<OpenBabel::OBUnitCell *>(mol.GetData(OpenBabel::OBGenericDataType::UnitCell));
                    if (structure.format == u"cif"_s && cell && cell->GetSpaceGroup())
                        cell->FillUnitCell(&mol);
                    structure.frames.push_back(frameOf(mol, structure.format));
                }
                mol.Clear();
                std::istream *in = conversion.GetInStream();
                if (single || !in || !in->good() || in->peek() == std::char_traits<char>::eof())
                    break;
                more = conversion.Read(&mol);
            }
        }
    } catch (const std::exception &e) {
        structure.frames.clear();
        structure.error = Tr::tr("Open Babel could not read %1: %2").arg(fileName, QString::fromLocal8Bit(e.what()));
    }
    const std::vector<std::string> errors = OpenBabel::obErrorLog.GetMessagesOfLevel(OpenBabel::obError);
    if (structure.error.isEmpty() && (structure.frames.empty() || structure.frames.front().numbers.empty())) {
        QString why = errors.empty() ? QString() : QString::fromStdString(errors.back()).simplified();
        structure.frames.clear();
        structure.error = why.isEmpty() ? Tr::tr("No atoms found in %1 as %2.").arg(fileName, structure.format)
                                        : Tr::tr("No atoms found in %1 as %2: %3").arg(fileName, structure.format, why.left(300));
    }
    return structure;
}

} // namespace wb::artifacts
