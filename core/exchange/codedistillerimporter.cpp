// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/codedistillerimporter.h"

#include "exchange/codedistillerstate.h"
#include "exchange/confinedfolder.h"
#include "exchange/exportnames.h"
#include "exec/executionresult.h"
#include "pipeline/campaignconfig.h"
#include "store/llmcallstore.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::CodeDistillerImporter)
};

constexpr qint64 kMaxArtifactBytes = 25LL << 20;   // also main.py, requirements, run script and each log
constexpr qint64 kMaxStateBytes = 64LL << 20;      // the largest seen was 659 KB
constexpr int kMaxArtifacts = 10000;               // per round
constexpr int kMaxDepth = 32;                      // of to_save/

QList<exec::LogLine> streamLines(const QString &text, const QString &phase, const QString &stream, qint64 atMs)
{
    QList<exec::LogLine> out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (!(i == lines.size() - 1 && lines[i].isEmpty()))
            out.append({atMs, phase, stream, lines[i]});
    return out;
}

/**
 * The folder a round's files are in: the last component of its path_out, which the original wrote as
 * a path on its own machine (often absolute), looked up only inside the run folder. Empty when
 * path_out cannot name such a folder ("", ".", "..", or any ".." component).
 */
QString outFolderName(const QString &pathOut)
{
    const QStringList parts = pathOut.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.contains(u".."_s) || parts.last() == u"."_s)
        return {};
    return parts.last();
}

struct RunImport
{
    const std::shared_ptr<store::Workspace> &workspace;
    ConfinedFolder folder;   // the run folder: nothing below it is followed or left
    CodeDistillerImporter::Result &result;
    QString dir = folder.path();

    void problem(const QString &what) { result.problems << u"%1: %2"_s.arg(dir, what); }
    void refuse(const QString &path, const QString &why) { result.refused << u"%1: %2"_s.arg(path, why); }

    /** @p name below @p in, or nothing; a refusal (anything but a missing file) is reported. */
    std::optional<QByteArray> take(const ConfinedFolder &in, const QString &name, qint64 limit = kMaxArtifactBytes)
    {
        if (!in.isOpen())
            return std::nullopt;
        ConfinedFolder::File file = in.read(name, limit);
        if (file.ok())
            return std::move(file.content);
        if (file.refusal != ConfinedFolder::Refusal::Missing)
            refuse(in.path() + u'/' + name, file.reason);
        return std::nullopt;
    }

    /** The regular files below @p in (to_save/), as artifacts named @p prefix/...; links and the like refused. */
    void collect(const ConfinedFolder &in, const QString &prefix, int depth, QList<exec::Artifact> &artifacts)
    {
        QList<ConfinedFolder::Entry> entries = in.entries();
        std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
        for (const auto &entry : std::as_const(entries)) {
            const QString name = prefix + u'/' + entry.name;
            if (artifacts.size() >= kMaxArtifacts)
                return problem(Tr::tr("more than %1 files in a round's to_save/; the rest was not imported").arg(kMaxArtifacts));
            switch (entry.type) {
            case ConfinedFolder::Entry::Type::Folder:
                if (depth >= kMaxDepth)
                    refuse(in.path() + u'/' + entry.name, Tr::tr("is nested deeper than %1 folders; not read").arg(kMaxDepth));
                else
                    collect(in.folder(entry.name), name, depth + 1, artifacts);
                break;
            case ConfinedFolder::Entry::Type::File:
                addArtifact(in, entry.name, name, artifacts);
                break;
            case ConfinedFolder::Entry::Type::Link:
                refuse(in.path() + u'/' + entry.name, Tr::tr("is a symbolic link; links are not followed"));
                break;
            case ConfinedFolder::Entry::Type::Other:
                refuse(in.path() + u'/' + entry.name, Tr::tr("is not a regular file (a FIFO, device or socket); not read"));
                break;
            }
        }
    }

    void addArtifact(const ConfinedFolder &in, const QString &file, const QString &name, QList<exec::Artifact> &artifacts)
    {
        const ConfinedFolder::File read = in.read(file, kMaxArtifactBytes);
        if (read.refusal == ConfinedFolder::Refusal::Missing)
            return;
        if (!read.ok())
            refuse(in.path() + u'/' + file, read.reason);
        if (!read.ok() && read.refusal != ConfinedFolder::Refusal::TooLarge)
            return;
        exec::Artifact artifact;   // an oversized file is listed with its size, without its content
        artifact.name = name;
        artifact.sizeBytes = read.size;
        artifact.contentKept = read.ok();
        artifact.content = read.content;
        artifacts << artifact;
    }

    void run()
    {
        if (!folder.contains(u"current_state.json"_s))
            return problem(Tr::tr("no current_state.json (the run failed before its first execution); nothing imported"));
        const ConfinedFolder::File stateFile = folder.read(u"current_state.json"_s, kMaxStateBytes);
        if (!stateFile.ok()) {
            refuse(dir + u"/current_state.json"_s, stateFile.reason);
            return problem(Tr::tr("current_state.json %1; nothing imported").arg(stateFile.reason));
        }
        const CodeDistillerState state = CodeDistillerState::parse(stateFile.content);

        const qint64 repositoryId = store::RepositoryStore(workspace).addExternal(state.repositoryName, dir, state.cloneUrl);
        store::PipelineStore pipeline(workspace);
        const QString &model = state.model;
        const QString campaignName = u"imported "_s + model;
        qint64 campaignId = 0;
        if (const auto known = pipeline.findCampaign(campaignName)) {
            campaignId = known->id;
        } else {
            pipeline::CampaignConfig config;
            config.generator = {u"imported"_s, model, {}};
            config.classifier = {u"imported"_s, state.classifierModel, {}};
            config.judge = config.generator;
            config.maxRounds = state.maxRounds;
            config.limits.wallSeconds = state.wallSeconds;
            // Runs of the original code: its own prompts and settings, not a protocol of this workbench.
            config.protocol = u"codedistiller-original-code"_s;
            campaignId = pipeline.createCampaign(campaignName, config.toJson());
            pipeline.setCampaignStatus(campaignId, u"finished"_s);
        }
        auto exampleOf = [&] {
            const auto examples = pipeline.addExamples(campaignId, {repositoryId});
            const auto it = std::find_if(examples.cbegin(), examples.cend(), [&](const auto &e) { return e.repositoryId == repositoryId; });
            return it == examples.cend() ? std::optional<store::ExampleRecord>() : std::optional<store::ExampleRecord>(*it);
        };
        auto example = exampleOf();
        if (!example)
            return problem(Tr::tr("could not create the example"));
        // The status is written last: a finished import has one, and is skipped. An example still
        // PENDING with data is what an interrupted import (a crash, kill -9) left: it is imported anew.
        if (example->status != store::ExampleStatus::Pending) {
            ++result.skipped;
            return;
        }
        if (!pipeline.rounds(example->id).isEmpty() || !pipeline.classifications(example->id).isEmpty()) {
            pipeline.discardExample(example->id);
            example = exampleOf();
            if (!example)
                return problem(Tr::tr("could not create the example"));
        }
        const qint64 exampleId = example->id;

        // The README summary and the classification list (the heatmap).
        pipeline.saveSummary(exampleId, QJsonDocument(QJsonObject{{u"description"_s, state.description}}).toJson(QJsonDocument::Compact));
        int unreadable = 0;
        for (const auto &c : state.classifications) {
            store::ClassificationRecord record;
            record.exampleId = exampleId;
            record.path = c.path;
            record.fileTokens = c.fileTokens;
            record.truncated = c.truncated;
            if (c.responseJson.isEmpty()) {
                record.error = Tr::tr("no answer in the imported run");
                ++unreadable;
            } else {
                record.responseJson = c.responseJson;
                record.rating = c.rating;
            }
            pipeline.saveClassification(record);
        }
        if (unreadable > 0)
            problem(Tr::tr("%n classification(s) without an answer, kept as failed", nullptr, unreadable));

        // Rounds: the n-th execution, and the judge's verdict and the repair after it in change_log.
        const auto &executions = state.executions;
        if (executions.isEmpty())
            problem(Tr::tr("no execution_result entries: the example has no rounds"));
        QString lastMain;
        for (qsizetype n = 0; n < executions.size(); ++n) {
            const CodeDistillerState::Execution &e = executions[n];
            // The round's folder, only ever inside the run folder; without it the state's copies count.
            const QString &pathOut = e.pathOut;
            ConfinedFolder out;
            if (!pathOut.isEmpty()) {
                const QString name = outFolderName(pathOut);
                if (name.isEmpty()) {
                    refuse(u"%1: path_out \"%2\" of execution %3"_s.arg(dir, ExportNames::flatten(pathOut)).arg(n + 1),
                           Tr::tr("leads outside the run folder; refused, the round's files are taken from current_state.json"));
                } else {
                    out = folder.folder(name);
                    if (!out.isOpen() && out.refusal() != ConfinedFolder::Refusal::Missing)
                        refuse(out.path(), out.error());
                }
            }
            auto file = [&](const QString &name, const QByteArray &fallback) {
                const auto content = take(out, name);
                return content ? *content : fallback;
            };
            const QByteArray mainPy = file(u"main.py"_s, e.code);
            const CodeDistillerState::Change before = state.change(int(n));   // the repair that produced this round
            const auto round = pipeline.createRound(exampleId, int(n + 1), u"imported"_s, mainPy, file(u"requirements.txt"_s, e.requirements),
                                                    file(u"runscript.sh"_s, e.runscript), e.metadata,
                                                    n > 0 ? before.issuesJson : QByteArray(), n > 0 ? before.changesJson : QByteArray());
            lastMain = QString::fromUtf8(mainPy);
            exec::ExecutionResult execution;
            execution.outcome = exec::ExecutionResult::Outcome::Completed;
            execution.message = Tr::tr("imported from CodeDistiller; exit codes were not recorded");
            const qint64 at = (out.isOpen() ? out : folder).lastModified().toMSecsSinceEpoch();
            const ConfinedFolder output = out.isOpen() ? out.folder(u"modal-output"_s) : ConfinedFolder();
            if (out.isOpen() && !output.isOpen() && output.refusal() != ConfinedFolder::Refusal::Missing)
                refuse(output.path(), output.error());
            const std::pair<QString, std::pair<QString, QString>> streams[] = {
                {u"stdout.runscript.txt"_s, {u"setup"_s, u"stdout"_s}}, {u"stderr.runscript.txt"_s, {u"setup"_s, u"stderr"_s}},
                {u"stdout.pip.txt"_s, {u"setup"_s, u"stdout"_s}},       {u"stderr.pip.txt"_s, {u"setup"_s, u"stderr"_s}},
                {u"stdout.python.txt"_s, {u"run"_s, u"stdout"_s}},      {u"stderr.python.txt"_s, {u"run"_s, u"stderr"_s}}};
            for (const auto &[name, where] : streams) {
                const auto content = take(output, name);
                const QString text = content ? QString::fromUtf8(*content) : e.streams.value(name);
                execution.log += streamLines(text, where.first, where.second, at);
            }
            if (output.isOpen()) {
                for (const QString &name : {u"log.json"_s, u"results.json"_s})
                    addArtifact(output, name, name, execution.artifacts);
                const ConfinedFolder toSave = output.folder(u"to_save"_s);
                if (toSave.isOpen())
                    collect(toSave, u"to_save"_s, 0, execution.artifacts);
                else if (toSave.refusal() != ConfinedFolder::Refusal::Missing)
                    refuse(toSave.path(), toSave.error());
            }
            pipeline.saveExecution(round.id, execution);
            const CodeDistillerState::Change after = state.change(int(n + 1));
            if (!after.verdictJson.isEmpty())
                pipeline.saveVerdict(round.id, after.verdictJson, after.finished, {});
        }
        // A FAILED run's top-level code is the last repair, never executed.
        const QString &status = state.status;
        if (status == u"FAILED"_s && !state.code.isEmpty() && state.code != lastMain) {
            const CodeDistillerState::Change last = state.change(int(executions.size()));
            pipeline.createRound(exampleId, int(executions.size() + 1), u"imported"_s, state.code.toUtf8(), state.requirements.toUtf8(),
                                 state.runscript.toUtf8(), state.metadata, last.issuesJson, last.changesJson);
        }
        // The total cost, as one recorded call (the original kept no per-call records).
        if (state.totalCost) {
            store::LlmCallRecord call;
            call.exampleId = exampleId;
            call.stage = u"imported"_s;
            call.provider = u"imported"_s;
            call.model = model;
            call.requestHash = u"imported:"_s + dir.section(u'/', -1);
            call.costUsd = *state.totalCost;
            call.status = u"ok"_s;
            call.startedAt = QDateTime::currentDateTimeUtc();
            call.finishedAt = call.startedAt;
            store::LlmCallStore(workspace).record(call, {}, {});
            pipeline.refreshCost(exampleId);
        }
        const auto parsed = store::exampleStatusFromString(status);
        const bool known = parsed && store::isTerminal(*parsed);
        pipeline.setExampleState(exampleId, known ? *parsed : store::ExampleStatus::Error, u"done"_s,
                                 known ? state.statusMessage : Tr::tr("imported with status '%1'").arg(status));
        ++result.imported;
    }
};
} // namespace

CodeDistillerImporter::Result CodeDistillerImporter::import(const std::shared_ptr<store::Workspace> &workspace, const QStringList &paths)
{
    Result result;
    QList<ConfinedFolder> runs;
    for (const QString &path : paths) {
        // The folder named is opened as given (a link the user names is followed, once); nothing below it is.
        const ConfinedFolder given = ConfinedFolder::open(QFileInfo(path).absoluteFilePath());
        if (!given.isOpen()) {
            result.problems << Tr::tr("%1: not a folder (%2)").arg(path, given.error());
            continue;
        }
        QList<ConfinedFolder::Entry> entries = given.entries();
        if (given.contains(u"current_state.json"_s) || entries.isEmpty()) {
            runs << given;
            continue;
        }
        // A batch's output folder: its run folders.
        std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
        for (const auto &entry : std::as_const(entries)) {
            if (entry.name.startsWith(u'.') || entry.name.startsWith(u"modal-python-"_s))
                continue;
            if (entry.type == ConfinedFolder::Entry::Type::Folder)
                runs << given.folder(entry.name);
            else if (entry.type == ConfinedFolder::Entry::Type::Link)
                result.refused << u"%1/%2: %3"_s.arg(given.path(), entry.name, Tr::tr("is a symbolic link; links are not followed"));
        }
    }
    for (const ConfinedFolder &run : std::as_const(runs)) {
        if (!run.isOpen()) {
            result.problems << u"%1: %2"_s.arg(run.path(), run.error());
            continue;
        }
        try {
            RunImport{workspace, run, result}.run();
        } catch (const Error &e) {
            result.problems << u"%1: %2"_s.arg(run.path(), e.message());
        }
    }
    return result;
}

} // namespace wb::exchange
