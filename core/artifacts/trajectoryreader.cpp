// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/trajectoryreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace wb::artifacts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::artifacts::TrajectoryReader)
};

Vec3 at(const QJsonArray &values, qsizetype i)
{
    return {values.at(i).toDouble(), values.at(i + 1).toDouble(), values.at(i + 2).toDouble()};
}
} // namespace

bool TrajectoryReader::canRead(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower() == u"traj"_s;
}

QString TrajectoryReader::defaultPython()
{
    if (QFileInfo::exists(u"/usr/bin/python3"_s))
        return u"/usr/bin/python3"_s;
    return QStandardPaths::findExecutable(u"python3"_s);
}

Structure TrajectoryReader::read(const QByteArray &content, const QString &pythonPath, int timeoutMs)
{
    Structure structure;
    structure.format = u"traj"_s;
    const QString python = pythonPath.isEmpty() ? defaultPython() : pythonPath;
    if (python.isEmpty()) {
        structure.error = Tr::tr("The trajectory cannot be shown: no Python interpreter was found (python3).");
        return structure;
    }
    QTemporaryDir dir;
    QFile script(dir.filePath(u"read_traj.py"_s));
    QFile trajectory(dir.filePath(u"input.traj"_s));
    QFile resource(u":/wb/artifacts/read_traj.py"_s);
    if (!dir.isValid() || !resource.open(QIODevice::ReadOnly) || !script.open(QIODevice::WriteOnly)
        || script.write(resource.readAll()) < 0 || !trajectory.open(QIODevice::WriteOnly) || trajectory.write(content) != content.size()) {
        structure.error = Tr::tr("The trajectory cannot be shown: no temporary folder could be written (%1).").arg(dir.path());
        return structure;
    }
    script.close();
    trajectory.close();
    QProcess process;
    process.setProgram(python);
    // -I: isolated (no user site, no PYTHON* variables); -B: no bytecode files beside the script.
    process.setArguments({u"-I"_s, u"-B"_s, script.fileName(), trajectory.fileName(), QString::number(MaxFrames)});
    process.start();
    if (!process.waitForStarted(10000)) {
        structure.error = Tr::tr("The trajectory cannot be shown: %1 could not be started (%2).").arg(python, process.errorString());
        return structure;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        structure.error = Tr::tr("The trajectory cannot be shown: reading it with ASE took longer than %1 s.").arg(timeoutMs / 1000);
        return structure;
    }
    const QString stderrText = QString::fromUtf8(process.readAllStandardError()).trimmed().section(u'\n', -1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        structure.error = process.exitCode() == 3
            ? Tr::tr("The trajectory cannot be shown: ASE is not importable in %1 (install python3-ase).").arg(python)
            : Tr::tr("The trajectory cannot be shown: ASE could not read it (%1).").arg(stderrText.left(300));
        return structure;
    }
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    for (const QJsonValue &v : answer.value(u"frames"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonArray numbers = o.value(u"numbers"_s).toArray();
        const QJsonArray positions = o.value(u"positions"_s).toArray();
        if (positions.size() != 3 * numbers.size())
            continue;
        Frame frame;
        frame.numbers.reserve(size_t(numbers.size()));
        frame.positions.reserve(size_t(numbers.size()));
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            frame.numbers.push_back(numbers.at(i).toInt());
            frame.positions.push_back(at(positions, 3 * i));
        }
        const QJsonArray cell = o.value(u"cell"_s).toArray();
        if (cell.size() == 9)
            frame.cell = std::array<Vec3, 3>{at(cell, 0), at(cell, 3), at(cell, 6)};
        structure.frames.push_back(std::move(frame));
    }
    if (!structure.isValid())
        structure.error = Tr::tr("The trajectory holds no atoms.");
    return structure;
}

} // namespace wb::artifacts
