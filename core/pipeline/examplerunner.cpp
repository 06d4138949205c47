// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/examplerunner.h"

#include "exec/executionjob.h"
#include "exec/executor.h"
#include "exec/roundfolders.h"
#include "llm/llmcall.h"
#include "llm/llmclient.h"
#include "pipeline/changelog.h"
#include "pipeline/fileselector.h"
#include "pipeline/promptbuilder.h"
#include "pipeline/protocol.h"
#include "pipeline/roundevidence.h"
#include "pipeline/successrule.h"
#include "repo/inventorybuilder.h"
#include "repo/notebook.h"
#include "repo/repositorycheckout.h"
#include "store/pipelinestore.h"
#include "store/remotejobstore.h"
#include "store/repositorystore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrentRun>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::ExampleRunner)
};

const QStringList kReadmeNames{u"README.md"_s, u"README.rst"_s, u"README.txt"_s, u"README"_s, u"readme.md"_s,
                               u"Readme.md"_s, u"README.markdown"_s};

nlohmann::ordered_json parse(const QByteArray &json)
{
    return nlohmann::ordered_json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
}

QString str(const nlohmann::ordered_json &j, const char *key)
{
    return j.is_object() && j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : QString();
}

QByteArray dumpField(const nlohmann::ordered_json &j, const char *key)
{
    return j.is_object() && j.contains(key) ? QByteArray::fromStdString(j[key].dump()) : QByteArray("[]");
}

QString pretty(const QByteArray &json)
{
    const auto j = parse(json);
    return j.is_discarded() ? QString::fromUtf8(json) : QString::fromStdString(j.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}
} // namespace

ExampleRunner::ExampleRunner(ExampleServices services, qint64 exampleId, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_exampleId(exampleId)
{
}

ExampleRunner::~ExampleRunner()
{
    for (const auto &call : std::as_const(m_calls))
        if (call)
            call->disconnect(this);
    if (m_job)
        m_job->disconnect(this);
}

void ExampleRunner::start()
{
    QTimer::singleShot(0, this, &ExampleRunner::next);
}

void ExampleRunner::report(const QString &stage, const QString &message)
{
    m_stage = stage;
    store::PipelineStore pipeline(m_services.workspace);
    ExampleProgress p;
    p.exampleId = m_exampleId;
    p.repository = m_example.repositoryName;
    p.status = m_paused ? store::ExampleStatus::Paused : store::ExampleStatus::Running;
    p.stage = stage;
    p.round = pipeline.lastRoundIndex(m_exampleId);
    p.maxRounds = m_services.config.maxRounds;
    p.cost = pipeline.refreshCost(m_exampleId);
    p.message = message;
    if (m_services.expertRoundOnly)
        p.message = Tr::tr("expert round %1: %2").arg(p.round).arg(message.isEmpty() ? stage : message);
    else
        pipeline.setExampleState(m_exampleId, p.status, stage);   // an expert round leaves the status alone
    Q_EMIT progress(p);
}

bool ExampleRunner::stopBeforeNextStep()
{
    if (m_cancelled || m_finished)
        return true;
    if (m_paused) {
        m_waiting = true;
        report(m_stage, Tr::tr("paused"));
        return true;
    }
    if (m_services.budgetExceeded && m_services.budgetExceeded()) {
        finish(store::ExampleStatus::Cancelled, Tr::tr("The campaign's cost budget was reached."));
        return true;
    }
    return false;
}

const QList<store::FileRecord> &ExampleRunner::repositoryFiles() const
{
    // The files of the example's ingested commit do not change while it runs: a big repository's list is
    // thousands of rows, read once instead of at every step.
    if (!m_files || m_filesOfRepository != m_example.repositoryId) {
        m_files = store::RepositoryStore(m_services.workspace).files(m_example.repositoryId);
        m_filesOfRepository = m_example.repositoryId;
    }
    return *m_files;
}

void ExampleRunner::next()
{
    if (stopBeforeNextStep())
        return;
    try {
        store::PipelineStore pipeline(m_services.workspace);
        const auto example = pipeline.example(m_exampleId);
        if (!example)
            throw Error(Tr::tr("Example %1 no longer exists.").arg(m_exampleId), Error::Kind::NotFound);
        m_example = *example;
        const auto repository = store::RepositoryStore(m_services.workspace).findById(m_example.repositoryId);
        if (!repository)
            throw Error(Tr::tr("The repository of example %1 was removed.").arg(m_exampleId), Error::Kind::NotFound);
        m_repositoryUrl = repository->url;
        m_gitDir = repository->localPath;

        if (m_services.expertRoundOnly) {
            const auto rounds = pipeline.rounds(m_exampleId);
            if (rounds.isEmpty())
                return finish(m_example.status, Tr::tr("Example %1 has no rounds.").arg(m_exampleId));
            return nextForExpertRound(rounds.last());
        }
        if (m_example.summaryJson.isEmpty())
            return runSummary();
        if (m_example.selectionBlob.isEmpty()) {
            const auto plan = FileSelector::classificationPlan(repositoryFiles(),
                                                               m_example.summaryJson, m_services.config,
                                                               m_services.protocol->fileMaxTokens());
            QSet<QString> rated;
            for (const auto &c : pipeline.classifications(m_exampleId))
                if (c.rating || m_services.afterClassificationBatch)
                    rated.insert(c.path);
            bool pending = false;
            for (const auto &f : plan)
                pending = pending || (!rated.contains(f.path) && !m_classificationTried.contains(f.path));
            if (pending)
                return runClassification();
            m_pastClassification = true;
            return runSelection();
        }
        m_pastClassification = true;
        const auto rounds = pipeline.rounds(m_exampleId);
        if (rounds.isEmpty())
            return runGeneration();
        const store::RoundRecord last = rounds.last();
        if (m_services.expertRoundOnly || last.origin == u"human"_s)
            return nextForExpertRound(last);
        if (!last.executed) {
            if (last.index > m_services.config.maxRounds)
                return finish(store::ExampleStatus::Failed, Tr::tr("Not finished after %1 rounds; the last repair was never executed.")
                                               .arg(m_services.config.maxRounds));
            return runExecution(last);
        }
        if (last.verdictJson.isEmpty())
            return runJudge(last);
        // The judge's word alone never makes a success: main.py must have run to its end (SuccessRule).
        if (last.isFinished.value_or(false) && SuccessRule::mayFinish(last))
            return finish(store::ExampleStatus::Success, Tr::tr("The judge found round %1 finished.").arg(last.index));
        return runRepair(last);
    } catch (const Error &e) {
        finish(store::ExampleStatus::Error, e.message());
    }
}

void ExampleRunner::nextForExpertRound(const store::RoundRecord &last)
{
    // An expert's round is executed and judged, never repaired: what follows is the expert's call.
    if (last.origin != u"human"_s)
        return finish(m_example.status, Tr::tr("Round %1 is not an expert round; nothing was run.").arg(last.index));
    if (!last.executed)
        return runExecution(last);
    const bool judge = m_services.expertRoundOnly ? m_services.judgeExpertRound : true;
    if (judge && last.verdictJson.isEmpty())
        return runJudge(last);
    const QString ran = last.timedOut ? Tr::tr("timed out")
                        : last.setupExitCode.value_or(0) != 0
                            ? Tr::tr("setup failed (exit code %1)").arg(*last.setupExitCode)
                            : Tr::tr("exit code %1").arg(last.exitCode ? QString::number(*last.exitCode) : u"?"_s);
    const QString judged = last.verdictJson.isEmpty()       ? Tr::tr("not judged")
                           : last.isFinished.value_or(false) ? Tr::tr("the judge found it finished")
                                                             : Tr::tr("the judge found it not finished");
    m_expertOutcome = Tr::tr("Expert round %1: %2, %3.").arg(last.index).arg(ran, judged);
    if (m_services.expertRoundOnly)
        return finish(m_example.status, m_expertOutcome);
    // A campaign that meets an expert round (e.g. resumed after a crash during one) ends the example by its verdict.
    const bool success = last.isFinished.value_or(false) && SuccessRule::mayFinish(last);
    if (last.isFinished.value_or(false) && !success)
        m_expertOutcome += u' ' + Tr::tr("Not a success: %1.").arg(SuccessRule::whyNot(last));
    return finish(success ? store::ExampleStatus::Success : store::ExampleStatus::Failed, m_expertOutcome);
}

llm::LlmRequest ExampleRunner::modelRequest(const QString &stage, const ModelChoice &model, const QString &prompt,
                                            qint64 roundId) const
{
    // The protocol's settings for this model's class: reasoning effort or temperature, the answer's budget,
    // the repeated request's temperature, a leading plan field, and which fields an answer cannot lack.
    llm::LlmRequest request;
    request.provider = model.provider;
    request.model = model.model;
    request.baseUrl = model.baseUrl;
    request.stage = stage;
    request.system = m_services.protocol->systemPrompt();
    request.prompt = prompt;
    m_services.protocol->stageSettings(stage, profile(model)).apply(request);
    request.exampleId = m_exampleId;
    request.roundId = roundId;
    return request;
}

llm::ModelProfile ExampleRunner::profile(const ModelChoice &model) const
{
    return m_services.llm->modelProfiles().find(model.model);
}

void ExampleRunner::callModel(const QString &stage, const ModelChoice &model, const QString &prompt, qint64 roundId,
                              std::function<void(const llm::LlmResult &)> onDone)
{
    callModel(modelRequest(stage, model, prompt, roundId), std::move(onDone));
}

void ExampleRunner::callModel(const llm::LlmRequest &request, std::function<void(const llm::LlmResult &)> onDone)
{
    if (m_finished || m_cancelled)
        return;   // cancelled while the step was being prepared: nothing is sent
    llm::LlmCall *call = m_services.llm->send(request);
    m_calls.append(call);
    connect(call, &llm::LlmCall::finished, this, [this, onDone = std::move(onDone)](const llm::LlmResult &result) {
        if (m_cancelled || m_finished || result.status == llm::LlmResult::Status::Cancelled)
            return;
        try {
            onDone(result);
        } catch (const Error &e) {
            finish(store::ExampleStatus::Error, e.message());
        }
    });
}

// Text that goes into prompts stays English (the prompts are English data); only user-facing
// messages are translated.
QString ExampleRunner::repositoryDescription() const
{
    // CodeDistiller passes the README summary on whole: the description and the files the README names.
    const auto summary = parse(m_example.summaryJson);
    if (!summary.is_object())
        return QStringLiteral("(no description)");
    return QString::fromStdString(summary.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

PromptBuilder::Example ExampleRunner::promptExample() const
{
    store::PipelineStore pipeline(m_services.workspace);
    PromptBuilder::Example e;
    e.repositoryUrl = m_repositoryUrl;
    e.commit = m_example.commitSha;
    e.repositoryDescription = repositoryDescription();
    e.environment = environmentDescription();
    e.selection.text = QString::fromUtf8(pipeline.blob(m_example.selectionBlob));
    e.selection.tokens = FileSelector::estimateTokens(e.selection.text);
    const auto classifications = pipeline.classifications(m_exampleId);
    for (const auto &c : classifications)
        if (c.inPrompt)
            e.selection.paths << c.path;
    e.reselect = [this, classifications](qint64 budget) {
        FileSelector::Rules rules = selectionRules();
        rules.tokenBudget = budget;
        return FileSelector::select(classifications, repositoryFiles(), rules,
                                    [this](const QByteArray &rawPath) {
                                        return repo::InventoryBuilder::readFile(m_gitDir, m_example.commitSha, rawPath, 64LL << 20)
                                            .value_or(QByteArray());
                                    });
    };
    return e;
}

FileSelector::Rules ExampleRunner::selectionRules() const
{
    const Protocol &protocol = *m_services.protocol;
    return {protocol.minRating(), protocol.selectionBudget(profile(m_services.config.generator)), protocol.truncateWhenAtLeast()};
}

PromptBuilder::Round ExampleRunner::promptRound(const store::RoundRecord &round) const
{
    store::PipelineStore pipeline(m_services.workspace);
    PromptBuilder::Round r;
    r.index = round.index;
    r.maxRounds = m_services.config.maxRounds;
    r.mainPy = QString::fromUtf8(pipeline.blob(round.mainPyBlob));
    r.requirementsTxt = QString::fromUtf8(pipeline.blob(round.requirementsBlob));
    r.runSh = QString::fromUtf8(pipeline.blob(round.runShBlob));
    r.metadataJson = pretty(pipeline.blob(round.metadataBlob));
    r.changeLog = ChangeLog::render(pipeline.rounds(m_exampleId), round.index);
    r.evidence = RoundEvidence::collect(pipeline, round, m_services.config.limits.wallSeconds / 60);
    r.verdictJson = pretty(round.verdictJson);
    if (round.isFinished.value_or(false) && !SuccessRule::mayFinish(round)) {
        const QString note = u"The judge found this round finished, but the workbench does not accept it: %1. An example "
                             "is only finished when python main.py runs to its end within the limits and exits with code 0."_s
                                 .arg(SuccessRule::whyNot(round));
        r.evidence.workbenchNotes = r.evidence.workbenchNotes == u"(none)"_s ? note : r.evidence.workbenchNotes + u'\n' + note;
    }
    return r;
}

QString ExampleRunner::environmentDescription() const
{
    return m_services.executor->capabilities().describe(m_services.config.limits.wallSeconds);
}

std::pair<QString, QString> ExampleRunner::readme() const
{
    const auto &files = repositoryFiles();
    for (const QString &name : kReadmeNames) {
        for (const auto &f : files)
            if (f.path == name && f.kind == store::FileKind::File && !f.isBinary)
                return {name, QString::fromUtf8(repo::InventoryBuilder::readFile(m_gitDir, m_example.commitSha, name.toUtf8())
                                                    .value_or(QByteArray()))};
    }
    return {};
}

void ExampleRunner::runSummary()
{
    report(u"summary"_s);
    auto [readmeName, readme] = this->readme();
    if (readmeName.isEmpty())
        readme = QStringLiteral("(This repository has no README.)");
    PromptBuilder::Example example;
    example.repositoryUrl = m_repositoryUrl;
    example.commit = m_example.commitSha;
    const BuiltPrompt built = PromptBuilder(*m_services.protocol, profile(m_services.config.generator)).summary(example, readmeName, readme);
    if (!built.ok())
        return finish(store::ExampleStatus::Error, Tr::tr("Repository summary: %1").arg(built.error));
    const QString prompt = built.text;
    callModel(u"repository_summary"_s, m_services.config.generator, prompt, 0, [this](const llm::LlmResult &r) {
        if (!r.ok())
            return finish(store::ExampleStatus::Error, Tr::tr("Repository summary: %1").arg(r.error));
        store::PipelineStore(m_services.workspace).saveSummary(m_exampleId, r.json);
        next();
    });
}

void ExampleRunner::runClassification()
{
    report(u"classify"_s);
    store::PipelineStore pipeline(m_services.workspace);
    const auto plan = FileSelector::classificationPlan(repositoryFiles(),
                                                       m_example.summaryJson, m_services.config, m_services.protocol->fileMaxTokens());
    const PromptBuilder builder(*m_services.protocol, profile(m_services.config.classifier));
    PromptBuilder::Example example;
    example.repositoryUrl = m_repositoryUrl;
    example.commit = m_example.commitSha;
    example.repositoryDescription = repositoryDescription();
    example.readme = readme().second;   // quoted only to reach the classifier's cache minimum
    // One cache routing key per repository, commit and stage (sent where the provider takes one).
    const QString cacheKey = QString::fromLatin1(
        QCryptographicHash::hash((m_repositoryUrl + u'\n' + m_example.commitSha + u"\nfile_classification"_s).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32));
    QList<ClassificationTask> synchronous;
    qint64 sharedPrefixTokens = 0;
    QSet<QString> rated;
    for (const auto &c : pipeline.classifications(m_exampleId))
        if (c.rating || m_services.afterClassificationBatch)
            rated.insert(c.path);
    QList<ClassificationTask> deferred;
    for (const auto &file : plan) {
        if (rated.contains(file.path) || m_classificationTried.contains(file.path))
            continue;
        m_classificationTried.insert(file.path);
        const QByteArray raw = repo::InventoryBuilder::readFile(m_gitDir, m_example.commitSha, file.rawPath, 64LL << 20).value_or(QByteArray());
        const FileSelector::ShownContent shown = FileSelector::shownContent(file.path, file.category, file.language, file.binary, raw);
        const QString &content = shown.text;
        const QString &fileNote = shown.note;
        // The content within the protocol's cap for a file, and within what the prompt's cap leaves for it.
        const llm::ContentKind kind = shown.kind;
        const BuiltPrompt built = builder.classification(example, file.path, fileNote, content);
        if (!built.ok()) {
            // Not even the beginning of the file fits: the method skips such a file.
            llm::LlmResult skipped;
            skipped.errorKind = llm::LlmResult::ErrorKind::TooLarge;
            skipped.error = built.error;
            ClassificationTask{m_exampleId, file.path, FileSelector::estimateTokens(content, kind), false, {}}.save(m_services.workspace, skipped);
            continue;
        }
        const QString prompt = built.text;
        ClassificationTask task;
        task.exampleId = m_exampleId;
        task.path = file.path;
        task.fileTokens = FileSelector::estimateTokens(QString::fromUtf8(raw), kind);
        task.truncated = built.contentTruncated;
        task.request = modelRequest(u"file_classification"_s, m_services.config.classifier, prompt, 0);
        task.request.cachePrefixChars = built.sharedPrefixChars;
        task.request.cacheKey = cacheKey;
        sharedPrefixTokens = built.sharedPrefixTokens;
        if (m_services.deferClassification) {
            deferred << task;
            continue;
        }
        synchronous << task;
    }
    // A provider writes its cache entry only once the first answer starts: when the shared part is long
    // enough to be cached, the first call goes alone and the others follow when it has answered.
    const qint64 cacheMinimum = profile(m_services.config.classifier).cacheMinimumTokens;
    const bool warmUp = synchronous.size() > 1 && cacheMinimum > 0 && sharedPrefixTokens >= cacheMinimum;
    m_pendingClassifications += int(synchronous.size());
    std::function<void(const ClassificationTask &, std::function<void()>)> classify;
    classify = [this](const ClassificationTask &task, std::function<void()> then) {
        callModel(task.request, [this, task, then = std::move(then)](const llm::LlmResult &r) {
            task.save(m_services.workspace, r);
            if (--m_pendingClassifications == 0)
                return next();
            if (then)
                then();
        });
    };
    if (warmUp) {
        const QList<ClassificationTask> rest = synchronous.mid(1);
        classify(synchronous.first(), [classify, rest] {
            for (const ClassificationTask &task : rest)
                classify(task, {});
        });
    } else {
        for (const ClassificationTask &task : std::as_const(synchronous))
            classify(task, {});
    }
    if (!deferred.isEmpty()) {
        report(u"classify"_s, Tr::tr("waiting for the classification batch (%n file(s))", "", int(deferred.size())));
        if (m_finished)
            return;
        m_services.deferClassification(m_exampleId, deferred);
        m_finished = true;   // the campaign runs the example again when the batch has answered
        Q_EMIT parked(m_exampleId);
        return;
    }
    if (m_pendingClassifications == 0)
        next();
}

void ExampleRunner::runSelection()
{
    report(u"select"_s);
    store::PipelineStore pipeline(m_services.workspace);
    const auto classifications = pipeline.classifications(m_exampleId);
    bool anyRated = false;
    QString firstError;
    for (const auto &c : classifications) {
        anyRated = anyRated || c.rating.has_value();
        if (firstError.isEmpty() && !c.error.isEmpty())
            firstError = c.error;
    }
    if (!anyRated && !classifications.isEmpty())
        return finish(store::ExampleStatus::Error, Tr::tr("No file could be classified: %1").arg(firstError));
    const auto files = repositoryFiles();
    const FileSelector::Selection selection = FileSelector::select(
        classifications, files, selectionRules(),
        [this](const QByteArray &rawPath) {
            return repo::InventoryBuilder::readFile(m_gitDir, m_example.commitSha, rawPath, 64LL << 20).value_or(QByteArray());
        });
    if (m_finished)
        return;
    pipeline.saveSelection(m_exampleId, selection.text.toUtf8(), selection.paths);
    next();
}

void ExampleRunner::runGeneration()
{
    report(u"generate"_s);
    const BuiltPrompt prompt = PromptBuilder(*m_services.protocol, profile(m_services.config.generator)).generation(promptExample());
    if (!prompt.ok())
        return finish(store::ExampleStatus::Error, Tr::tr("Example generation: %1").arg(prompt.error));
    callModel(u"example_generation"_s, m_services.config.generator, prompt.text, 0, [this](const llm::LlmResult &r) {
        if (!r.ok())
            return finish(store::ExampleStatus::Error, Tr::tr("Example generation: %1").arg(r.error));
        const auto j = parse(r.json);
        store::PipelineStore(m_services.workspace)
            .createRound(m_exampleId, 1, u"generated"_s, str(j, "main_py").toUtf8(), str(j, "requirements_txt").toUtf8(),
                         str(j, "run_sh").toUtf8(), QByteArray::fromStdString(j.value("metadata", nlohmann::ordered_json::object()).dump(1)));
        next();
    });
}

void ExampleRunner::runExecution(const store::RoundRecord &round)
{
    report(u"execute"_s, Tr::tr("waiting for an execution slot"));
    if (m_finished)
        return;   // cancelled while reporting
    const qint64 roundId = round.id;
    const int index = round.index;
    m_services.acquireExecution(this, [this, roundId, index] {
        m_holdingExecutionSlot = true;
        if (m_cancelled || m_finished) {
            m_holdingExecutionSlot = false;
            m_services.releaseExecution();
            return;
        }
        prepareRound(roundId, index);
    });
}

void ExampleRunner::prepareRound(qint64 roundId, int index)
{
    RoundPlace place;
    try {
        place.executor = m_services.executor->capabilities().name;
        // A round a batch system still holds (the workbench was closed meanwhile) is re-attached, not run again.
        const auto remote = store::RemoteJobStore(m_services.workspace).find(roundId);
        if (remote && remote->executor == place.executor) {
            place.roundDirectory = remote->roundDir;
            place.remoteJobId = remote->jobId;
        }
    } catch (const Error &e) {
        m_holdingExecutionSlot = false;
        m_services.releaseExecution();
        return finish(store::ExampleStatus::Error, Tr::tr("Execution: %1").arg(e.message()));
    }
    // The checkout (thousands of files for a big repository) and the round's folder are made on a worker:
    // on this thread every other example of the campaign would wait behind them.
    const QString cache = m_services.executor->workRoot(m_services.workspace->cachePath());
    const QString workspaceKey = exec::RoundFolders::workspaceKey(m_services.workspace->path());
    auto *watcher = new QFutureWatcher<RoundPlace>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, roundId, index] {
        watcher->deleteLater();
        const RoundPlace prepared = watcher->result();
        if (m_cancelled || m_finished || !prepared.error.isEmpty()) {
            m_holdingExecutionSlot = false;
            m_services.releaseExecution();
            if (prepared.remoteJobId.isEmpty() && !prepared.roundDirectory.isEmpty())
                exec::RoundFolders::remove(prepared.roundDirectory);   // never used
            if (!prepared.error.isEmpty())
                finish(store::ExampleStatus::Error, Tr::tr("Execution: %1").arg(prepared.error));
            return;
        }
        launchRound(roundId, index, prepared);
    });
    watcher->setFuture(QtConcurrent::run([place, gitDir = m_gitDir, commit = m_example.commitSha, cache, workspaceKey,
                                          exampleId = m_exampleId, index]() mutable {
        try {
            place.repositoryDirectory = repo::RepositoryCheckout::ensure(gitDir, commit, cache);
            // A fresh directory per attempt (an attempt interrupted by a crash is never reused), in the
            // workspace's own private folder.
            if (place.remoteJobId.isEmpty())
                place.roundDirectory = exec::RoundFolders::prepare(cache, workspaceKey, exampleId, index);
        } catch (const Error &e) {
            place.error = e.message();
        }
        return place;
    }));
}

void ExampleRunner::launchRound(qint64 roundId, int index, const RoundPlace &place)
{
    try {
        store::PipelineStore pipeline(m_services.workspace);
        const auto current = pipeline.round(m_exampleId, index).value();
        const QString executorName = place.executor;
        exec::ExecutionRequest request;
        request.repositoryDirectory = place.repositoryDirectory;
        request.roundDirectory = place.roundDirectory;
        request.remoteJobId = place.remoteJobId;
        request.mainPy = pipeline.blob(current.mainPyBlob);
        request.requirementsTxt = pipeline.blob(current.requirementsBlob);
        request.runSh = pipeline.blob(current.runShBlob);
        request.metadataJson = pipeline.blob(current.metadataBlob);
        request.limits = m_services.config.limits;
        if (request.remoteJobId.isEmpty())
            pipeline.markRoundStarted(roundId, executorName, request.roundDirectory);
        report(u"execute"_s, request.remoteJobId.isEmpty() ? Tr::tr("running round %1").arg(index)
                                                            : Tr::tr("following round %1 (job %2)").arg(index).arg(request.remoteJobId));
        m_remoteJob = !request.remoteJobId.isEmpty();
        m_job = m_services.executor->start(request, this);
        connect(m_job, &exec::ExecutionJob::lineCaptured, this, [this, index](const exec::LogLine &line) {
            Q_EMIT logLine(m_exampleId, index, line);
        });
        connect(m_job, &exec::ExecutionJob::submitted, this,
                [this, roundId, executorName, dir = request.roundDirectory](const QString &jobId) {
                    m_remoteJob = true;
                    try {
                        store::RemoteJobStore(m_services.workspace).record(roundId, executorName, jobId, dir);
                    } catch (const Error &e) {
                        m_job->cancel();   // unrecorded, nobody could ever collect it
                        finish(store::ExampleStatus::Error, e.message());
                    }
                });
        connect(m_job, &exec::ExecutionJob::finished, this,
                [this, roundId, dir = request.roundDirectory](const exec::ExecutionResult &result) {
            m_job->deleteLater();
            m_holdingExecutionSlot = false;
            m_services.releaseExecution();
            // The directory goes once nothing more is read from it (the campaign's retention setting).
            auto release = [this, &dir, &result] {
                if (m_services.releaseRound)
                    m_services.releaseRound(dir, result);
                else
                    m_services.executor->releaseRound(dir, result);
            };
            if (m_cancelled || m_finished)
                return release();
            try {
                if (result.outcome == exec::ExecutionResult::Outcome::Interrupted) {
                    // Its job is gone without a result: the round runs again, like one a crash interrupted.
                    store::RemoteJobStore(m_services.workspace).forget(roundId);
                    m_services.executor->releaseRound(dir, result);   // before the next attempt prepares its folder
                    return next();
                }
                store::PipelineStore(m_services.workspace).saveExecution(roundId, result);
            } catch (const Error &e) {
                return finish(store::ExampleStatus::Error, e.message());
            }
            release();
            next();
        });
    } catch (const Error &e) {
        m_holdingExecutionSlot = false;
        m_services.releaseExecution();
        finish(store::ExampleStatus::Error, Tr::tr("Execution: %1").arg(e.message()));
    }
}

void ExampleRunner::runJudge(const store::RoundRecord &round)
{
    report(u"judge"_s);
    const BuiltPrompt prompt = PromptBuilder(*m_services.protocol, profile(m_services.config.judge)).judge(promptExample(), promptRound(round));
    if (!prompt.ok())
        return finish(store::ExampleStatus::Error, Tr::tr("Judge: %1").arg(prompt.error));
    const qint64 roundId = round.id;
    callModel(u"judge_verdict"_s, m_services.config.judge, prompt.text, roundId, [this, roundId](const llm::LlmResult &r) {
        if (!r.ok())
            return finish(store::ExampleStatus::Error, Tr::tr("Judge: %1").arg(r.error));
        const auto j = parse(r.json);
        const bool finished = j.value("is_finished", false);
        QString errorClass = str(j, "error_class");
        if (finished)
            errorClass.clear();
        store::PipelineStore(m_services.workspace).saveVerdict(roundId, r.json, finished, errorClass == u"none"_s ? QString() : errorClass);
        next();
    });
}

void ExampleRunner::runRepair(const store::RoundRecord &round)
{
    report(u"repair"_s);
    const BuiltPrompt prompt = PromptBuilder(*m_services.protocol, profile(m_services.config.generator)).repair(promptExample(), promptRound(round));
    if (!prompt.ok())
        return finish(store::ExampleStatus::Error, Tr::tr("Repair: %1").arg(prompt.error));
    const int nextIndex = round.index + 1;
    callModel(u"example_repair"_s, m_services.config.generator, prompt.text, round.id, [this, nextIndex](const llm::LlmResult &r) {
        if (!r.ok())
            return finish(store::ExampleStatus::Error, Tr::tr("Repair: %1").arg(r.error));
        const auto j = parse(r.json);
        store::PipelineStore(m_services.workspace)
            .createRound(m_exampleId, nextIndex, u"repaired"_s, str(j, "main_py").toUtf8(), str(j, "requirements_txt").toUtf8(),
                         str(j, "run_sh").toUtf8(), QByteArray::fromStdString(j.value("metadata", nlohmann::ordered_json::object()).dump(1)),
                         dumpField(j, "issues_identified"), dumpField(j, "changes_made"));
        next();
    });
}

void ExampleRunner::finish(store::ExampleStatus status, const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    try {
        store::PipelineStore pipeline(m_services.workspace);
        const llm::CostTotal cost = pipeline.refreshCost(m_exampleId);
        if (!m_services.expertRoundOnly)
            pipeline.setExampleState(m_exampleId, status, u"done"_s, reason);
        ExampleProgress p;
        p.exampleId = m_exampleId;
        p.repository = m_example.repositoryName;
        p.status = status;
        p.stage = u"done"_s;
        const auto rounds = pipeline.rounds(m_exampleId);
        p.round = rounds.isEmpty() ? 0 : rounds.last().index;
        p.maxRounds = m_services.config.maxRounds;
        p.cost = cost;
        p.message = reason;
        Q_EMIT progress(p);
    } catch (const Error &) {
        // The store itself failed; the status stays as it was and a resume will continue.
    }
    Q_EMIT finished(m_exampleId, status);
}

void ExampleRunner::cancel(const QString &reason)
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;   // results still arriving are ignored; the job's own finished() frees its slot
    for (const auto &call : std::as_const(m_calls))
        if (call)
            call->cancel();
    if (m_job && !m_job->isFinished() && !(m_closing && m_remoteJob))
        m_job->cancel();
    finish(store::ExampleStatus::Cancelled, reason);
}

void ExampleRunner::close(const QString &reason)
{
    m_closing = true;
    cancel(reason);
}

void ExampleRunner::pause()
{
    m_paused = true;
}

void ExampleRunner::resume()
{
    m_paused = false;
    if (m_waiting) {
        m_waiting = false;
        QTimer::singleShot(0, this, &ExampleRunner::next);
    }
}

} // namespace wb::pipeline
