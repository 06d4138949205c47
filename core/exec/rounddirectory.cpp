// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/rounddirectory.h"

#include "exec/roundscript.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::exec {

bool RoundDirectory::writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

bool RoundDirectory::prepare(const ExecutionRequest &request, bool network)
{
    const QDir dir(request.roundDirectory);
    const QString bin = dir.filePath(u".bin"_s);
    const QByteArray pipShim = RoundScript::pipShim(network);
    auto executable = [](const QString &path) {
        return QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                               | QFileDevice::ExeOther);
    };
    bool ok = QDir().mkpath(request.roundDirectory);
    for (const QString &folder : {RoundScript::keptFolder(), RoundScript::retainFolder(), RoundScript::workbenchFolder(),
                                  u".home"_s, u".cache"_s, u".bin"_s})
        ok = ok && QDir().mkpath(dir.filePath(folder));
    return ok && writeFile(dir.filePath(u"main.py"_s), request.mainPy)
           && writeFile(dir.filePath(u"requirements.txt"_s), request.requirementsTxt)
           && writeFile(dir.filePath(u"run.sh"_s), request.runSh) && writeFile(bin + u"/pip"_s, pipShim)
           && writeFile(bin + u"/pip3"_s, pipShim) && executable(bin + u"/pip"_s) && executable(bin + u"/pip3"_s);
}

void RoundDirectory::handOver(const QString &root, int uid)
{
    const QByteArray native = QFile::encodeName(root);
    if (::lchown(native.constData(), uid_t(uid), gid_t(uid)) != 0)
        return;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray path = QFile::encodeName(it.next());
        [[maybe_unused]] const int rc = ::lchown(path.constData(), uid_t(uid), gid_t(uid));
    }
}

QList<Artifact> RoundDirectory::artifacts(const QString &rootPath, const ExecutionLimits &limits)
{
    const QDir root(rootPath);
    QList<Artifact> artifacts;
    qint64 total = 0;
    auto take = [&](const QString &absolute) {
        const QFileInfo info(absolute);
        if (info.isSymLink() || !info.isFile())
            return;   // never follow links out of the round
        Artifact a;
        a.name = root.relativeFilePath(absolute);
        a.sizeBytes = info.size();
        a.contentKept = a.sizeBytes <= limits.maxArtifactBytes && total + a.sizeBytes <= limits.maxArtifactsTotalBytes;
        if (a.contentKept) {
            QFile f(absolute);
            if (f.open(QIODevice::ReadOnly))
                a.content = f.read(a.sizeBytes);
            total += a.content.size();
        }
        artifacts.append(a);
    };
    for (const QString &name : {u"log.json"_s, u"results.json"_s})
        if (QFileInfo::exists(root.filePath(name)))
            take(root.filePath(name));
    const QString canonicalRoot = QFileInfo(rootPath).canonicalFilePath();
    for (const QString &folder : {RoundScript::keptFolder(), RoundScript::retainFolder()}) {
        const QFileInfo top(root.filePath(folder));
        if (top.isSymLink() || !top.isDir())
            continue;   // a folder linked elsewhere (/etc, the workbench's own files) is not the round's
        QDirIterator it(top.filePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &file : std::as_const(files))
            if (QFileInfo(file).canonicalFilePath().startsWith(canonicalRoot + u'/'))
                take(file);
    }
    return artifacts;
}

} // namespace wb::exec
