// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/rounddirectory.h"

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
    QDirIterator it(root.filePath(u"to_save"_s), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : std::as_const(files))
        take(file);
    return artifacts;
}

} // namespace wb::exec
