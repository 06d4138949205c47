// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/folderexporter.h"

#include "exchange/examplefolder.h"
#include "exchange/exportnames.h"
#include "exchange/exporttarget.h"
#include "util/error.h"
#include "util/knownsecrets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::FolderExporter)
};

/** Replaces @p path (a link there is replaced, not followed), with the known secrets redacted. */
void writeFile(const QString &path, const QByteArray &data)
{
    const QByteArray content = KnownSecrets::redact(data);
    if (QFileInfo(path).isSymLink() && !QFile::remove(path))   // QSaveFile would write through it
        throw Error(Tr::tr("Cannot replace the symbolic link %1.").arg(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
        throw Error(Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
}

QJsonObject record(const VettedExample &v)
{
    return {{u"key"_s, v.key()},
            {u"files"_s, QJsonObject{{u"main.py"_s, v.mainPy}, {u"requirements.txt"_s, v.requirementsTxt}, {u"run.sh"_s, v.runSh}}},
            {u"metadata"_s, v.metadata},
            {u"provenance"_s, v.provenance()}};
}

QList<VettedExample> withoutSecrets(const QList<VettedExample> &examples)
{
    QList<VettedExample> out;
    for (const VettedExample &v : examples)
        out << v.withoutSecrets();
    return out;
}
} // namespace

int FolderExporter::write(const QList<VettedExample> &input, const QString &outDir, bool replace)
{
    ExportTarget::check(ExportTarget::Format::Folders, outDir, replace);
    const QList<VettedExample> examples = withoutSecrets(input);
    if (!QDir().mkpath(outDir))
        throw Error(Tr::tr("Cannot create %1.").arg(outDir));
    QSet<QString> used;
    QByteArray manifest;
    for (const VettedExample &v : examples) {
        const QString slug = ExportNames::uniqueSlug(
            ExportNames::slug(ExportNames::title(v.repository.name, v.metadata.value(u"example_description"_s).toString())), v.key(), used);
        used.insert(slug);
        const QString dir = QDir(outDir).filePath(slug);
        if (QFileInfo(dir).isSymLink())   // only with replace: a link there is not written through
            throw Error(Tr::tr("Cannot write into %1: it is a symbolic link.").arg(dir));
        for (const ExampleFolder::File &f : ExampleFolder::files(v, slug)) {
            const QString path = QDir(dir).filePath(f.path);
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                throw Error(Tr::tr("Cannot create %1.").arg(QFileInfo(path).absolutePath()));
            writeFile(path, f.content);
            if (f.executable)
                QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        }
        manifest += QJsonDocument(QJsonObject{{u"key"_s, v.key()}, {u"folder"_s, slug}, {u"provenance"_s, v.provenance()}})
                        .toJson(QJsonDocument::Compact)
                    + '\n';
    }
    writeFile(QDir(outDir).filePath(u"manifest.jsonl"_s), manifest);
    return int(examples.size());
}

int JsonlExporter::write(const QList<VettedExample> &input, const QString &outDir, bool replace)
{
    ExportTarget::check(ExportTarget::Format::Jsonl, outDir, replace);
    const QList<VettedExample> examples = withoutSecrets(input);
    if (!QDir().mkpath(outDir))
        throw Error(Tr::tr("Cannot create %1.").arg(outDir));
    QByteArray lines;
    for (const VettedExample &v : examples)
        lines += QJsonDocument(record(v)).toJson(QJsonDocument::Compact) + '\n';
    writeFile(QDir(outDir).filePath(u"examples.jsonl"_s), lines);
    return int(examples.size());
}

} // namespace wb::exchange
