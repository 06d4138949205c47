// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/codescientistexporter.h"

#include "exchange/exportnames.h"
#include "exchange/exporttarget.h"
#include "review/verdictstatement.h"
#include "util/error.h"
#include "util/knownsecrets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::CodeScientistExporter)
};

const QString kSubfolder = u"codedistiller"_s;

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

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray data = f.readAll();
    if (data.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (!doc.isObject())
        throw Error(Tr::tr("%1 is not a JSON object (%2); fix or remove it before exporting into it.").arg(path, error.errorString()),
                    Error::Kind::InvalidInput);
    return doc.object();
}

/** Package names of requirements.txt lines ("numpy>=1.2 ; python_version…" → "numpy"). */
QStringList requirementLines(const QString &requirements)
{
    QStringList out;
    for (const QString &raw : requirements.split(u'\n')) {
        const QString line = raw.section(u'#', 0, 0).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'-'))
            out << ExportNames::flatten(line);
    }
    return out;
}

QStringList libraries(const VettedExample &v)
{
    static const QRegularExpression name(u"^[A-Za-z0-9_.\\-]+"_s);
    QStringList out;
    for (const QString &line : requirementLines(v.requirementsTxt))
        if (const auto m = name.match(line); m.hasMatch() && !out.contains(m.captured(0)))
            out << m.captured(0);
    const QString repo = v.repository.name.section(u'/', -1);
    if (!repo.isEmpty() && !out.contains(repo))
        out << repo;
    return out;
}

/** "example1(): first docstring line; ..." from main.py's top-level functions, else its docstring's first line. */
QString examplesOf(const QString &mainPy)
{
    static const QRegularExpression function(u"^def (example\\w*|main)\\s*\\("_s, QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = function.globalMatch(mainPy); it.hasNext();)
        names << it.next().captured(1) + u"()"_s;
    static const QRegularExpression docstring(uR"(^\s*(?:"""|''')\s*([^\n]*))"_s);
    const QString summary = ExportNames::flatten(docstring.match(mainPy).captured(1));
    if (names.isEmpty())
        return summary;
    return summary.isEmpty() ? names.join(u", "_s) : summary + u" Functions: "_s + names.join(u", "_s) + u'.';
}

QString text(const QJsonObject &o, const char *key)
{
    return ExportNames::flatten(o.value(QLatin1StringView(key)).toString());
}

/**
 * What an export writes, computed without touching the disk: the codeblock files, the merged index and
 * the manifest entries. @p summaries holds the entries already there (kept unless @p oldNames says the
 * previous export wrote them); write() and summariesJson() share it, so the two cannot drift.
 */
struct CodeScientistPlan
{
    QJsonObject summaries;                            ///< the merged index
    QJsonObject names;                                ///< example key → codeblock name
    QJsonObject files;                                ///< example key → file name
    QStringList orderedNames;                         ///< in the examples' order
    QList<std::pair<QString, QByteArray>> codeblocks; ///< file name → content
};

CodeScientistPlan planExport(const QList<VettedExample> &examples, QJsonObject summaries, const QJsonObject &oldNames)
{
    // What the previous export wrote is replaced: its entries go first.
    for (auto it = oldNames.begin(); it != oldNames.end(); ++it)
        summaries.remove(it.value().toString());
    QSet<QString> taken;   // lower-cased: names must differ case-insensitively too
    for (auto it = summaries.begin(); it != summaries.end(); ++it)
        taken.insert(it.key().toLower());

    CodeScientistPlan plan;
    QSet<QString> slugs;
    for (const VettedExample &v : examples) {
        QString name = oldNames.value(v.key()).toString();
        if (name.isEmpty())
            name = oldNames.value(u"pending:"_s + v.key()).toString();   // an export that was interrupted
        if (name.isEmpty() || taken.contains(name.toLower())) {
            const QString base = ExportNames::title(v.repository.name, v.metadata.value(u"example_description"_s).toString());
            name = base;
            if (taken.contains(name.toLower()))
                name = u"%1 (%2)"_s.arg(base, ExportNames::flatten(v.campaign.name));
            for (int n = 2; taken.contains(name.toLower()); ++n)
                name = u"%1 (%2, %3)"_s.arg(base, ExportNames::flatten(v.campaign.name)).arg(n);
        }
        taken.insert(name.toLower());
        QString slug = ExportNames::slug(name);
        for (int n = 2; slugs.contains(slug); ++n)
            slug = ExportNames::slug(name) + u"_%1"_s.arg(n);
        slugs.insert(slug);
        const QString fileName = slug + u".py"_s;

        const QString description = text(v.metadata, "example_description");
        const QString inclusion = text(v.metadata, "example_inclusion_criteria");
        const QString exclusion = text(v.metadata, "example_exclusion_criteria");
        QString header;
        header += u"# Name: "_s + name + u'\n';
        header += u"# Description: "_s + description + u'\n';
        header += u"# inclusion_criteria: "_s + inclusion + u'\n';
        header += u"# exclusion_criteria: "_s + exclusion + u'\n';
        header += u"# python_version: 3.10\n"_s;
        for (const QString &requirement : requirementLines(v.requirementsTxt))
            header += u"# pip_requirement: "_s + requirement + u'\n';
        // Provenance as plain comments: CodeScientist passes them to the model with the code.
        header += u"#\n# Distilled by CodeDistiller Workbench from %1 at commit %2 (licence %3).\n"_s.arg(
            ExportNames::flatten(v.repository.url), v.example.commitSha, v.repository.licenseSpdx.isEmpty() ? u"unknown"_s : v.repository.licenseSpdx);
        header += u"# Campaign %1, round %2 of %3; judge: %4.\n"_s.arg(ExportNames::flatten(v.campaign.name)).arg(v.round.index)
                      .arg(v.example.roundsExecuted)
                      .arg(ExportNames::flatten(review::VerdictStatement::of(v.verdict)).chopped(
                          ExportNames::flatten(review::VerdictStatement::of(v.verdict)).endsWith(u'.') ? 1 : 0));
        for (const auto &j : v.judgements)
            header += u"# Reviewed by %1 (%2): %3\n"_s.arg(ExportNames::flatten(j.annotator), j.createdAt.date().toString(Qt::ISODate),
                                                          j.decision ? j.decisionText() : u"no decision"_s);
        if (!v.licenseOverrideReason.isEmpty())
            header += u"# Licence gate overridden: %1\n"_s.arg(ExportNames::flatten(v.licenseOverrideReason));
        const QJsonObject compute = v.metadata.value(u"compute_requirements"_s).toObject();
        if (compute.value(u"gpu_required"_s).toBool())
            header += u"# Note: needs a GPU (CodeScientist's sandbox is CPU-only).\n"_s;
        QString body = v.mainPy;
        if (body.startsWith(u'\uFEFF'))
            body.remove(0, 1);
        body.replace(u"\r\n"_s, u"\n"_s);
        plan.codeblocks.append({fileName, (header + u'\n' + body + (body.endsWith(u'\n') ? QString() : u"\n"_s)).toUtf8()});

        summaries.insert(name, QJsonObject{{u"name"_s, name},
                                           {u"description"_s, description},
                                           {u"libraries"_s, QJsonArray::fromStringList(libraries(v))},
                                           {u"when_to_use"_s, inclusion},
                                           {u"examples"_s, examplesOf(v.mainPy)},
                                           {u"kinds_of_ideas"_s, u"Experiments that use %1 for: %2"_s.arg(
                                                                     v.repository.name.section(u'/', -1), description)},
                                           {u"inclusion_criteria"_s, inclusion},
                                           {u"exclusion_criteria"_s, exclusion}});
        plan.names.insert(v.key(), name);
        plan.files.insert(v.key(), fileName);
        plan.orderedNames << name;
    }
    plan.summaries = summaries;
    return plan;
}

QList<VettedExample> withoutSecrets(const QList<VettedExample> &input)
{
    QList<VettedExample> examples;
    for (const VettedExample &v : input)
        examples << v.withoutSecrets();
    return examples;
}

QByteArray indexBytes(const QJsonObject &summaries)
{
    return QJsonDocument(summaries).toJson(QJsonDocument::Indented);
}
} // namespace

QByteArray CodeScientistExporter::summariesJson(const QList<VettedExample> &examples)
{
    return KnownSecrets::redact(indexBytes(planExport(withoutSecrets(examples), {}, {}).summaries));
}

QStringList CodeScientistExporter::codeblockNames(const QList<VettedExample> &examples)
{
    QStringList names = planExport(withoutSecrets(examples), {}, {}).orderedNames;
    for (QString &name : names)
        name = KnownSecrets::redact(name);
    return names;
}

CodeScientistExporter::Summary CodeScientistExporter::write(const QList<VettedExample> &input, const QString &outDir, bool replace)
{
    ExportTarget::check(ExportTarget::Format::CodeScientist, outDir, replace);
    const QList<VettedExample> examples = withoutSecrets(input);
    const QString root = QDir(outDir).filePath(u"codeblocks"_s);
    const QString folder = QDir(root).filePath(kSubfolder);
    if (!QDir().mkpath(folder))
        throw Error(Tr::tr("Cannot create %1.").arg(folder));
    const QString summariesPath = QDir(root).filePath(u"codeblock_summaries.json"_s);
    const QString manifestPath = QDir(folder).filePath(u"manifest.json"_s);
    const QJsonObject oldManifest = readObject(manifestPath);
    const QJsonObject oldNames = oldManifest.value(u"names"_s).toObject();
    const QJsonObject oldFiles = oldManifest.value(u"files"_s).toObject();
    const CodeScientistPlan plan = planExport(examples, readObject(summariesPath), oldNames);

    // What the previous export wrote is replaced: its files go first.
    for (auto it = oldFiles.begin(); it != oldFiles.end(); ++it) {
        const QString file = it.value().toString();
        if (!file.contains(u'/') && file.endsWith(u".py"_s))
            QFile::remove(QDir(folder).filePath(file));
    }
    // Crash-safe order: first a manifest naming the old and the new files and entries, so that an export
    // killed half-way is cleaned up by the next one; then the files, the index, the final manifest.
    QJsonObject allNames = oldNames;
    QJsonObject allFiles = oldFiles;
    for (auto it = plan.names.begin(); it != plan.names.end(); ++it)
        allNames.insert(u"pending:"_s + it.key(), it.value());
    for (auto it = plan.files.begin(); it != plan.files.end(); ++it)
        allFiles.insert(u"pending:"_s + it.key(), it.value());
    writeFile(manifestPath, QJsonDocument(QJsonObject{{u"names"_s, allNames}, {u"files"_s, allFiles}}).toJson(QJsonDocument::Indented));
    for (const auto &[fileName, content] : plan.codeblocks)
        writeFile(QDir(folder).filePath(fileName), content);
    const QByteArray index = indexBytes(plan.summaries);
    writeFile(summariesPath, index);
    writeFile(manifestPath, QJsonDocument(QJsonObject{{u"names"_s, plan.names}, {u"files"_s, plan.files}}).toJson(QJsonDocument::Indented));
    Summary summary;
    summary.written = int(plan.codeblocks.size());
    summary.names = plan.orderedNames;
    summary.indexBytes = index.size();
    return summary;
}

} // namespace wb::exchange
