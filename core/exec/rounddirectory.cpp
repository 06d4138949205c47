// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/rounddirectory.h"

#include "exec/roundfilereader.h"
#include "exec/roundscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exec::RoundDirectory)
};
} // namespace

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
    bool ok = QDir().mkpath(request.roundDirectory)
              && ::chmod(QFile::encodeName(request.roundDirectory).constData(), 0700) == 0;   // generated code's files
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

QList<Artifact> RoundDirectory::artifacts(const QString &rootPath, const ExecutionLimits &limits, QStringList *notes)
{
    QList<Artifact> artifacts;
    auto note = [notes](const QString &text) {
        if (notes)
            *notes << text;
    };
    // Generated code may still change the round (a process that outlived it, a daemon on the host): every
    // path is opened relative to the round's descriptor, never through a link (RoundFileReader).
    const RoundFileReader round(rootPath);
    if (round.state() == RoundFileReader::State::Link) {
        note(Tr::tr("The round directory %1 was replaced by a symbolic link: nothing was collected from it.").arg(rootPath));
        return artifacts;
    }
    if (!round.isOpen())
        return artifacts;
    qint64 total = 0;
    auto take = [&](const QString &name) {
        const qint64 room = std::min(limits.maxArtifactBytes, limits.maxArtifactsTotalBytes - total);
        const auto file = round.readWhole(name, room);
        if (!file) {
            note(Tr::tr("%1 is not a regular file of the round (a link, a FIFO or a device): not collected.").arg(name));
            return;
        }
        Artifact a;
        a.name = name;
        a.sizeBytes = file->size;
        a.contentKept = file->contentRead;
        a.content = file->content;
        total += a.content.size();
        artifacts.append(a);
    };
    for (const QString &name : {u"log.json"_s, u"results.json"_s})
        if (round.exists(name))
            take(name);
    for (const QString &folder : {RoundScript::keptFolder(), RoundScript::retainFolder()}) {
        if (round.isLink(folder)) {
            note(Tr::tr("%1/ was replaced by a symbolic link: nothing was collected from it.").arg(folder));
            continue;   // a folder linked elsewhere (/etc, the workbench's own files) is not the round's
        }
        for (const QString &file : round.files(folder))
            take(file);
    }
    return artifacts;
}

} // namespace wb::exec
