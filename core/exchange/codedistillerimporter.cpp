// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/codedistillerimporter.h"

#include "exec/executionresult.h"
#include "pipeline/campaignconfig.h"
#include "store/llmcallstore.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::CodeDistillerImporter)
};

constexpr qint64 kMaxArtifactBytes = 25LL << 20;

std::optional<QByteArray> readFile(const QString &path, qint64 limit = kMaxArtifactBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > limit)
        return std::nullopt;
    return f.readAll();
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return {};
}

/** "user/repo" or a URL → (clone URL, display name). */
std::pair<QString, QString> repositoryOf(const QString &repoUrl)
{
    QString url = repoUrl.trimmed();
    if (url.endsWith(u".git"_s))
        url.chop(4);
    while (url.endsWith(u'/'))
        url.chop(1);
    static const QRegularExpression shortForm(u"^[A-Za-z0-9_.\\-]+/[A-Za-z0-9_.\\-]+$"_s);
    if (shortForm.match(url).hasMatch())
        url = u"https://github.com/"_s + url;
    const QStringList parts = url.split(u'/', Qt::SkipEmptyParts);
    const QString name = parts.size() >= 2 ? parts.mid(parts.size() - 2).join(u'/') : url;
    return {url, name};
}

/** A classification's file path without the run's scratch prefix ("scratch/<repo>_<ts>_<rand>/..."). */
QString repositoryPath(QString path)
{
    static const QRegularExpression scratch(u"^(?:.*/)?scratch/[^/]+/"_s);
    return path.remove(scratch);
}

QList<exec::LogLine> streamLines(const QString &text, const QString &phase, const QString &stream, qint64 atMs)
{
    QList<exec::LogLine> out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (!(i == lines.size() - 1 && lines[i].isEmpty()))
            out.append({atMs, phase, stream, lines[i]});
    return out;
}

struct RunImport
{
    const std::shared_ptr<store::Workspace> &workspace;
    QString dir;
    CodeDistillerImporter::Result &result;

    void problem(const QString &what) { result.problems << u"%1: %2"_s.arg(dir, what); }

    void run()
    {
        const QString statePath = QDir(dir).filePath(u"current_state.json"_s);
        if (!QFileInfo::exists(statePath))
            return problem(Tr::tr("no current_state.json (the run failed before its first execution); nothing imported"));
        const auto raw = readFile(statePath, 512LL << 20);
        QJsonParseError error;
        const QJsonDocument doc = raw ? QJsonDocument::fromJson(*raw, &error) : QJsonDocument();
        if (!doc.isObject())
            return problem(Tr::tr("current_state.json is not a JSON object (%1); nothing imported").arg(error.errorString()));
        const QJsonObject state = doc.object();
        const QString repoUrl = state.value(u"repo_url"_s).toString();
        if (repoUrl.isEmpty())
            return problem(Tr::tr("no repo_url in current_state.json; nothing imported"));

        const auto [url, repoName] = repositoryOf(repoUrl);
        const qint64 repositoryId = store::RepositoryStore(workspace).addExternal(repoName, dir, url);
        store::PipelineStore pipeline(workspace);
        const QString model = state.value(u"model_str_code"_s).toString(u"unknown model"_s);
        const QString campaignName = u"imported "_s + model;
        qint64 campaignId = 0;
        if (const auto known = pipeline.findCampaign(campaignName)) {
            campaignId = known->id;
        } else {
            pipeline::CampaignConfig config;
            config.generator = {u"imported"_s, model, {}};
            config.classifier = {u"imported"_s, state.value(u"model_str_fast"_s).toString(model), {}};
            config.judge = config.generator;
            config.maxRounds = state.value(u"max_debug_iterations"_s).toInt(8);
            config.limits.wallSeconds = state.value(u"max_runtime_mins"_s).toInt(45) * 60;
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
        if (example->status != u"PENDING"_s) {
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
        pipeline.saveSummary(exampleId, QJsonDocument(QJsonObject{{u"description"_s, jsonText(state.value(u"repository_description"_s))}})
                                            .toJson(QJsonDocument::Compact));
        int unreadable = 0;
        for (const QJsonValue &v : state.value(u"classification_list"_s).toArray()) {
            const QJsonObject c = v.toObject();
            const QString path = repositoryPath(c.value(u"file_path"_s).toString());
            if (path.isEmpty())
                continue;
            store::ClassificationRecord record;
            record.exampleId = exampleId;
            record.path = path;
            record.fileTokens = c.value(u"file_num_tokens"_s).toInteger();
            record.truncated = c.value(u"is_truncated"_s).toBool();
            const QJsonObject response = c.value(u"response"_s).toObject();
            if (response.isEmpty()) {
                record.error = Tr::tr("no answer in the imported run");
                ++unreadable;
            } else {
                record.responseJson = QJsonDocument(response).toJson(QJsonDocument::Compact);
                if (response.value(u"how_relevant_rating"_s).isDouble())
                    record.rating = std::clamp(response.value(u"how_relevant_rating"_s).toInt(), 1, 5);
            }
            pipeline.saveClassification(record);
        }
        if (unreadable > 0)
            problem(Tr::tr("%n classification(s) without an answer, kept as failed", nullptr, unreadable));

        // Rounds: the n-th execution, and the judge's verdict and the repair after it in change_log.
        const QJsonArray executions = state.value(u"execution_result"_s).toArray();
        QHash<int, QJsonObject> changes;
        for (const QJsonValue &v : state.value(u"change_log"_s).toArray())
            changes.insert(v.toObject().value(u"iteration"_s).toInt(), v.toObject());
        if (executions.isEmpty())
            problem(Tr::tr("no execution_result entries: the example has no rounds"));
        QString lastMain;
        for (qsizetype n = 0; n < executions.size(); ++n) {
            const QJsonObject e = executions[n].toObject();
            const QString outDir = QDir(dir).filePath(QFileInfo(e.value(u"path_out"_s).toString()).fileName());
            auto file = [&](const QString &name, const QJsonValue &fallback) {
                const auto content = e.value(u"path_out"_s).toString().isEmpty() ? std::nullopt : readFile(QDir(outDir).filePath(name));
                return content ? *content : jsonText(fallback).toUtf8();
            };
            const QByteArray mainPy = file(u"main.py"_s, e.value(u"code"_s));
            const QJsonObject before = changes.value(int(n));   // the repair that produced this round
            const auto round = pipeline.createRound(exampleId, int(n + 1), u"imported"_s, mainPy, file(u"requirements.txt"_s, e.value(u"requirements"_s)),
                                                    file(u"runscript.sh"_s, e.value(u"runscript"_s)),
                                                    jsonText(e.value(u"metadata"_s)).toUtf8(),
                                                    n > 0 ? QJsonDocument(before.value(u"issues_identified"_s).toArray()).toJson(QJsonDocument::Compact) : QByteArray(),
                                                    n > 0 ? QJsonDocument(before.value(u"changes_made"_s).toArray()).toJson(QJsonDocument::Compact) : QByteArray());
            lastMain = QString::fromUtf8(mainPy);
            exec::ExecutionResult execution;
            execution.outcome = exec::ExecutionResult::Outcome::Completed;
            execution.message = Tr::tr("imported from CodeDistiller; exit codes were not recorded");
            const qint64 at = QFileInfo(outDir).lastModified().toMSecsSinceEpoch();
            const std::pair<QString, std::pair<QString, QString>> streams[] = {
                {u"stdout.runscript.txt"_s, {u"setup"_s, u"stdout"_s}}, {u"stderr.runscript.txt"_s, {u"setup"_s, u"stderr"_s}},
                {u"stdout.pip.txt"_s, {u"setup"_s, u"stdout"_s}},       {u"stderr.pip.txt"_s, {u"setup"_s, u"stderr"_s}},
                {u"stdout.python.txt"_s, {u"run"_s, u"stdout"_s}},      {u"stderr.python.txt"_s, {u"run"_s, u"stderr"_s}}};
            for (const auto &[name, where] : streams) {
                const auto content = readFile(QDir(outDir).filePath(u"modal-output/"_s + name));
                const QString text = content ? QString::fromUtf8(*content)
                                             : e.value(QString(name).replace(u".txt"_s, QString()).replace(u'.', u'_')).toString();
                execution.log += streamLines(text, where.first, where.second, at);
            }
            const QString output = QDir(outDir).filePath(u"modal-output"_s);
            QDirIterator it(output, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = QDir(output).relativeFilePath(path);
                if (relative != u"log.json"_s && relative != u"results.json"_s && !relative.startsWith(u"to_save/"_s))
                    continue;
                exec::Artifact artifact;
                artifact.name = relative;
                artifact.sizeBytes = QFileInfo(path).size();
                const auto content = readFile(path);
                artifact.contentKept = content.has_value();
                artifact.content = content.value_or(QByteArray());
                execution.artifacts << artifact;
            }
            pipeline.saveExecution(round.id, execution);
            const QJsonObject after = changes.value(int(n + 1));
            const QJsonObject verdict = after.value(u"error_information"_s).toObject();
            if (!verdict.isEmpty())
                pipeline.saveVerdict(round.id, QJsonDocument(verdict).toJson(QJsonDocument::Compact), verdict.value(u"is_finished"_s).toBool(),
                                     {});
        }
        // A FAILED run's top-level code is the last repair, never executed.
        const QString status = state.value(u"status"_s).toString();
        const QString code = state.value(u"code"_s).toString();
        if (status == u"FAILED"_s && !code.isEmpty() && code != lastMain) {
            const QJsonObject last = changes.value(int(executions.size()));
            pipeline.createRound(exampleId, int(executions.size() + 1), u"imported"_s, code.toUtf8(), state.value(u"requirements"_s).toString().toUtf8(),
                                 state.value(u"runscript"_s).toString().toUtf8(), jsonText(state.value(u"metadata"_s)).toUtf8(),
                                 QJsonDocument(last.value(u"issues_identified"_s).toArray()).toJson(QJsonDocument::Compact),
                                 QJsonDocument(last.value(u"changes_made"_s).toArray()).toJson(QJsonDocument::Compact));
        }
        // The total cost, as one recorded call (the original kept no per-call records).
        if (state.value(u"total_cost"_s).isDouble()) {
            store::LlmCallRecord call;
            call.exampleId = exampleId;
            call.stage = u"imported"_s;
            call.provider = u"imported"_s;
            call.model = model;
            call.requestHash = u"imported:"_s + QFileInfo(dir).fileName();
            call.costUsd = state.value(u"total_cost"_s).toDouble();
            call.status = u"ok"_s;
            call.startedAt = QDateTime::currentDateTimeUtc();
            call.finishedAt = call.startedAt;
            store::LlmCallStore(workspace).record(call, {}, {});
            pipeline.refreshCost(exampleId);
        }
        const bool known = status == u"SUCCESS"_s || status == u"FAILED"_s || status == u"ERROR"_s;
        pipeline.setExampleState(exampleId, known ? status : u"ERROR"_s, u"done"_s,
                                 known ? state.value(u"status_message"_s).toString() : Tr::tr("imported with status '%1'").arg(status));
        ++result.imported;
    }
};
} // namespace

CodeDistillerImporter::Result CodeDistillerImporter::import(const std::shared_ptr<store::Workspace> &workspace, const QStringList &paths)
{
    Result result;
    QStringList runs;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            result.problems << Tr::tr("%1: not a folder").arg(path);
            continue;
        }
        if (QFileInfo::exists(QDir(path).filePath(u"current_state.json"_s)) || QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty()) {
            runs << info.absoluteFilePath();
            continue;
        }
        // A batch's output folder: its run folders.
        for (const QString &sub : QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            if (!sub.startsWith(u"modal-python-"_s))
                runs << QDir(info.absoluteFilePath()).filePath(sub);
    }
    for (const QString &dir : std::as_const(runs)) {
        try {
            RunImport{workspace, dir, result}.run();
        } catch (const Error &e) {
            result.problems << u"%1: %2"_s.arg(dir, e.message());
        }
    }
    return result;
}

} // namespace wb::exchange
