// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/expertround.h"

#include "store/pipelinestore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::ExpertRound)
};
} // namespace

store::RoundRecord ExpertRound::create(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId,
                                       const ExampleFiles &files, const QString &annotator, const QString &note)
{
    store::PipelineStore pipeline(workspace);
    const auto example = pipeline.example(exampleId);
    if (!example)
        throw Error(Tr::tr("Example %1 does not exist.").arg(exampleId), Error::Kind::NotFound);
    if (!store::isTerminal(example->status))
        throw Error(Tr::tr("Example %1 is %2 in its campaign. Let the campaign finish it (or cancel it and run it to an end) "
                           "before adding an expert round.")
                        .arg(exampleId)
                        .arg(store::exampleStatusToString(example->status)),
                    Error::Kind::InvalidInput);
    if (annotator.trimmed().isEmpty())
        throw Error(Tr::tr("An expert round needs the annotator's name (Settings → General, or --annotator)."),
                    Error::Kind::InvalidInput);
    if (files.mainPy.trimmed().isEmpty())
        throw Error(Tr::tr("main.py is empty; an expert round needs the program to run."), Error::Kind::InvalidInput);
    if (files.runSh.trimmed().isEmpty())
        throw Error(Tr::tr("run.sh is empty; an expert round needs the script that runs main.py."), Error::Kind::InvalidInput);
    QJsonParseError parseError;
    const QJsonDocument metadata = QJsonDocument::fromJson(files.metadataJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !metadata.isObject())
        throw Error(Tr::tr("metadata.json is not a JSON object (%1 at offset %2). Fix it before saving the round.")
                        .arg(parseError.error == QJsonParseError::NoError ? Tr::tr("not an object") : parseError.errorString())
                        .arg(parseError.offset),
                    Error::Kind::InvalidInput);
    const QString who = annotator.trimmed();
    const QString change = note.trimmed().isEmpty() ? u"Expert fix by %1."_s.arg(who) : u"Expert fix by %1: %2"_s.arg(who, note.trimmed());
    const QByteArray changes = QJsonDocument(QJsonArray{change}).toJson(QJsonDocument::Compact);
    const int index = pipeline.lastRoundIndex(exampleId) + 1;
    return pipeline.createRound(exampleId, index, u"human"_s, files.mainPy, files.requirementsTxt, files.runSh, files.metadataJson,
                                QByteArrayLiteral("[]"), changes);
}

ExampleFiles ExpertRound::files(const std::shared_ptr<store::Workspace> &workspace, const store::RoundRecord &round)
{
    store::PipelineStore pipeline(workspace);
    return {pipeline.blob(round.mainPyBlob), pipeline.blob(round.requirementsBlob), pipeline.blob(round.runShBlob),
            pipeline.blob(round.metadataBlob)};
}

ExampleFiles ExpertRound::readDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        throw Error(Tr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(directory)), Error::Kind::NotFound);
    auto read = [&dir](const QString &name, bool required) {
        QFile file(dir.filePath(name));
        if (!file.exists() && !required)
            return QByteArray();
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                        Error::Kind::Generic);
        return file.readAll();
    };
    return {read(u"main.py"_s, true), read(u"requirements.txt"_s, false), read(u"run.sh"_s, true), read(u"metadata.json"_s, true)};
}

} // namespace wb::pipeline
