// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinecommands.h"

#include "blindnote.h"
#include "artifacts/artifactdescriptions.h"
#include "commandparser.h"
#include "consoleoutput.h"
#include "demo/demoproject.h"
#include "exec/executor.h"
#include "exec/slurmmonitor.h"
#include "exec/slurmsettings.h"
#include "exec/podmanexecutor.h"
#include "llm/llmbatch.h"
#include "llm/llmclient.h"
#include "llm/pricecatalog.h"
#include "llm/providerprofile.h"
#include "pipeline/budgetguard.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignplan.h"
#include "pipeline/campaignprotocol.h"
#include "pipeline/protocol.h"
#include "pipeline/campaignrunner.h"
#include "pipeline/campaignset.h"
#include "pipeline/expertround.h"
#include "review/blindview.h"
#include "store/llmbatchstore.h"
#include "store/pipelinestore.h"
#include "store/remotejobstore.h"
#include "store/repositorystore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <atomic>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::PipelineCommands)
};

int g_signalPipe[2] = {-1, -1};

/**
 * The price catalogue's warnings for the models a run will call (retired, retiring soon, no price, an
 * old catalogue), printed on stderr and returned for --json. A retired model is refused unless
 * @p allowRetired, or @p replay (answers come from recordings, nothing reaches the provider).
 * Throws wb::Error (InvalidInput) with what to do instead.
 */
QStringList checkModels(const QStringList &models, bool allowRetired, bool replay)
{
    const auto prices = llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath());
    const QDate today = QDate::currentDate();
    const QStringList warnings = prices.warnings(models, today);
    for (const QString &w : warnings)
        ConsoleOutput::err(u"codedistiller: warning: "_s + w + u'\n');
    if (const QStringList retired = prices.retired(models, today); !retired.isEmpty() && !allowRetired && !replay)
        throw Error(Tr::tr("%1 is past its retirement date in the price catalogue; the provider no longer answers it. Choose a "
                           "current model (see 'codedistiller llm models'), correct the date in %2 if it is wrong, or pass "
                           "--allow-retired to run it anyway.")
                        .arg(retired.join(u", "_s), llm::PriceCatalog::defaultOverridePath()),
                    Error::Kind::InvalidInput);
    return warnings;
}

extern "C" void onRunSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

/**
 * Runs @p campaignIds at once (run --compare): their rounds share @p executionSlots slots; progress on
 * stderr prefixed by the campaign's model, one summary each. Returns the summaries by campaign id.
 */
QHash<qint64, pipeline::CampaignSummary> runTogether(const std::shared_ptr<store::Workspace> &ws, const QList<qint64> &campaignIds,
                                                   const llm::LlmClientOptions &options, int executionSlots)
{
    pipeline::CampaignSet set(ws, executionSlots);
    QHash<qint64, QString> label;
    QHash<qint64, pipeline::CampaignSummary> summaries;
    QStringList failures;
    QEventLoop loop;
    QObject::connect(&set, &pipeline::CampaignSet::started, &set, [&](qint64 id, const pipeline::CampaignOverview &o) {
        label.insert(id, o.model);
        ConsoleOutput::err(Tr::tr("campaign %1 (%2): %3 repositories\n").arg(o.name, o.model).arg(o.examples));
    });
    QObject::connect(&set, &pipeline::CampaignSet::failedToStart, &set, [&](qint64 id, const QString &message) {
        failures << Tr::tr("campaign %1: %2").arg(id).arg(message);
    });
    QObject::connect(&set, &pipeline::CampaignSet::exampleProgress, &set, [&](const pipeline::ExampleProgress &e) {
        ConsoleOutput::err(u"[%1] [%2] %3 %4 round %5/%6 $%7%8\n"_s.arg(label.value(e.campaignId), e.repository, store::exampleStatusToString(e.status), e.stage)
                               .arg(e.round)
                               .arg(e.maxRounds)
                               .arg(e.cost.toString(4))
                               .arg(e.message.isEmpty() ? QString() : u" — "_s + e.message));
    });
    QObject::connect(&set, &pipeline::CampaignSet::finished, &set,
                     [&](qint64 id, const pipeline::CampaignSummary &s) { summaries.insert(id, s); });
    QObject::connect(&set, &pipeline::CampaignSet::allFinished, &loop, &QEventLoop::quit);

    // SIGINT / SIGTERM: cancel them all cleanly; a second one quits.
    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGINT, onRunSignal);
        std::signal(SIGTERM, onRunSignal);
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    int signals = 0;
    QObject::connect(&notifier, &QSocketNotifier::activated, &set, [&] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        if (++signals > 1)
            ::_exit(130);
        ConsoleOutput::err(Tr::tr("\ncodedistiller: cancelling (press Ctrl+C again to quit at once)\n"));
        set.cancelAll(Tr::tr("Interrupted by the user."));
    });
    for (const qint64 id : campaignIds)
        set.start(id, options);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (summaries.isEmpty() && !failures.isEmpty())
        throw Error(failures.join(u'\n'), Error::Kind::InvalidInput);
    for (const QString &failure : std::as_const(failures))   // the others ran: their summaries follow
        ConsoleOutput::err(u"codedistiller: "_s + failure + u'\n');
    return summaries;
}

QJsonValue jsonOrNull(const QByteArray &json)
{
    if (json.isEmpty())
        return QJsonValue();
    const auto doc = QJsonDocument::fromJson(json);
    return doc.isObject() ? QJsonValue(doc.object()) : doc.isArray() ? QJsonValue(doc.array()) : QJsonValue();
}

// @p status: what to show (the stored word, or "finished" when blind review hides the verdict).
QJsonObject exampleJson(const store::ExampleRecord &e, const QString &status)
{
    QJsonObject o{{u"id"_s, e.id},
                  {u"repository"_s, e.repositoryName},
                  {u"commit"_s, e.commitSha},
                  {u"status"_s, status},
                  {u"stage"_s, e.stage},
                  {u"reason"_s, e.statusReason.isEmpty() ? QJsonValue() : QJsonValue(e.statusReason)},
                  {u"rounds_executed"_s, e.roundsExecuted}};
    e.cost.writeJson(o);
    return o;
}

/** One line for a described artifact ("structure C Cu96 O, 98 atoms"), or empty. */
QString describedAs(const QJsonObject &description)
{
    if (const QJsonObject s = description.value(u"structure"_s).toObject(); !s.isEmpty()) {
        if (s.contains(u"error"_s))
            return Tr::tr("structure, not readable: %1").arg(s.value(u"error"_s).toString());
        return Tr::tr("structure %1, %2 atoms, %3 frame(s)")
            .arg(s.value(u"formula"_s).toString())
            .arg(s.value(u"atoms"_s).toInt())
            .arg(std::max(1, s.value(u"frames"_s).toInt()));
    }
    if (const QJsonObject t = description.value(u"table"_s).toObject(); !t.isEmpty())
        return Tr::tr("table, %1 columns, %2 rows").arg(t.value(u"columns"_s).toArray().size()).arg(t.value(u"rows"_s).toInteger());
    return {};
}
} // namespace

PipelineCommands::PipelineCommands(CliContext &context)
    : m_context(context)
{
}

int PipelineCommands::demo(const QStringList &args)
{
    CommandParser cp(Tr::tr("Run the demo: add the sample repository crystaltoolkit and distil an example of it from "
                            "recorded model responses, with the local executor. No network or key is needed."));
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    const auto ws = m_context.openWorkspace();
    const auto prepared = demo::DemoProject::prepare(ws);
    ConsoleOutput::err(Tr::tr("demo: %1 at %2 (%3 files)\n")
                           .arg(prepared.repository.name, prepared.repository.commitSha.left(12))
                           .arg(prepared.repository.fileCount));
    return run({u"run"_s, u"--resume"_s, demo::DemoProject::campaignName()});
}

int PipelineCommands::run(const QStringList &args)
{
    CommandParser cp(Tr::tr("Distil examples: run a campaign over repositories of the workspace (all when none is named)."));
    auto &p = cp.parser();
    p.addPositionalArgument(u"REPO"_s, Tr::tr("Repository ids or names; none: every repository."), u"[REPO...]"_s);
    const QCommandLineOption campaign(u"campaign"_s, Tr::tr("Name of the new campaign (default: campaign-<time>)."), u"name"_s);
    const QCommandLineOption resume(u"resume"_s, Tr::tr("Continue the campaign NAME where it stopped."), u"name"_s);
    const QCommandLineOption provider(u"provider"_s, Tr::tr("Provider of the models (%1).").arg(llm::ProviderCatalog::instance().ids().join(u", "_s)), u"id"_s);
    const QCommandLineOption baseUrl(u"base-url"_s, Tr::tr("Server base URL."), u"url"_s);
    const QCommandLineOption model(u"model"_s, Tr::tr("Model for summary, generation and repair."), u"model"_s);
    const QCommandLineOption fastModel(u"fast-model"_s, Tr::tr("Model for file classification (default: --model)."), u"model"_s);
    const QCommandLineOption judgeModel(u"judge-model"_s, Tr::tr("Model for the judge (default: --model)."), u"model"_s);
    const QCommandLineOption executor(u"executor"_s, Tr::tr("local, bwrap, podman, slurm or auto (default: auto)."), u"name"_s, u"auto"_s);
    const QCommandLineOption podmanImage(u"podman-image"_s, Tr::tr("Image of the podman executor, kept as the workspace setting "
                                                                   "podman.image; empty: the workbench's own image."), u"image"_s);
    const QCommandLineOption protocolOption(u"protocol"_s, Tr::tr("Distillation protocol: prompts, model settings and limits "
                                                                  "(default %1; see 'codedistiller protocol list').")
                                                               .arg(pipeline::Protocol::defaultName()),
                                            u"name"_s, pipeline::Protocol::defaultName());
    const QCommandLineOption maxRounds(u"max-rounds"_s, Tr::tr("Debug rounds at most (default: the protocol's, 8)."), u"N"_s);
    const QCommandLineOption concurrency(u"concurrency"_s, Tr::tr("Examples in parallel (default 4)."), u"N"_s, u"4"_s);
    const QCommandLineOption budget(u"budget"_s, Tr::tr("Stop new work when the campaign has cost this much (USD). Every model "
                                                        "of the campaign needs a price (see 'codedistiller llm models')."),
                                    u"usd"_s);
    const QCommandLineOption retryErrors(u"retry-errors"_s, Tr::tr("With --resume: also continue the examples that ended in "
                                                                   "ERROR (e.g. a refused connection); their rounds and "
                                                                   "answered calls are kept."));
    const QCommandLineOption timeout(u"round-timeout"_s, Tr::tr("Minutes per round (default: the protocol's, 45)."), u"min"_s);
    const QCommandLineOption python(u"python"_s, Tr::tr("Python interpreter of the rounds (default /usr/bin/python3)."), u"path"_s);
    const QCommandLineOption network(u"network"_s, Tr::tr("Give rounds network access (bwrap: shares the host network)."));
    const QCommandLineOption retention(u"round-retention"_s,
                                       Tr::tr("What becomes of a round's folder once its results are saved: remove "
                                              "(default), keep-failed or keep-all."),
                                       u"policy"_s, exec::toString(exec::RoundRetention::Remove));
    const QCommandLineOption maxFiles(u"classify-files"_s, Tr::tr("Files classified per repository at most (default 40)."), u"N"_s, u"40"_s);
    const QCommandLineOption replay(u"replay"_s, Tr::tr("Answer model calls only from recorded responses."));
    const QCommandLineOption cassette(u"cassette"_s, Tr::tr("Recorded responses (JSON Lines) to answer from."), u"file"_s);
    const QCommandLineOption economy(u"economy"_s, Tr::tr("Classify the files of all repositories in one batch of the provider's "
                                                          "batch API (OpenAI, Anthropic) at the batch price, about half; the "
                                                          "answers take up to 24 hours."));
    const QCommandLineOption batchPoll(u"batch-poll"_s, Tr::tr("Seconds between two questions whether a batch has ended (default 30)."),
                                       u"seconds"_s);
    p.addOptions({campaign, resume, provider, baseUrl, model, fastModel, judgeModel, executor, maxRounds, concurrency, budget,
                  timeout, python, network, retention, maxFiles, replay, cassette, podmanImage});
    const QCommandLineOption executorOption(u"executor-option"_s,
                                            Tr::tr("A site setting of the executor for this campaign, over the workspace's "
                                                   "(e.g. slurm.partition=gpu; see 'codedistiller slurm settings'). Repeatable."),
                                            u"key=value"_s);
    p.addOption(executorOption);
    p.addOption(protocolOption);
    p.addOption(economy);
    p.addOption(batchPoll);
    p.addOption(retryErrors);
    const QCommandLineOption compare(u"compare"_s, Tr::tr("Compare models: one campaign per PROVIDER/MODEL (2 or 3 of them, "
                                                          "instead of --provider and --model) over the same repositories with "
                                                          "the same options, all running at once; their rounds share the "
                                                          "execution slots of one campaign. Repeatable."),
                                     u"provider/model"_s);
    p.addOption(compare);
    const QCommandLineOption allowRetired(u"allow-retired"_s, Tr::tr("Run a model past its retirement date (the price catalogue's "
                                                                    "retires_on) all the same."));
    p.addOption(allowRetired);
    if (const int rc = cp.parse(args, m_context, 0, -1); rc >= 0)
        return rc;
    if (p.isSet(retryErrors) && !p.isSet(resume)) {
        ConsoleOutput::err(Tr::tr("codedistiller: --retry-errors continues a campaign: use it with --resume NAME\n"));
        return UsageError;
    }

    const auto ws = m_context.openWorkspace();
    if (p.isSet(podmanImage))
        ws->setSetting(exec::PodmanExecutor::imageSettingKey(), p.value(podmanImage));
    store::PipelineStore pipeline(ws);
    qint64 campaignId = 0;
    QList<qint64> comparedIds;   // run --compare: the campaigns, one per model
    QStringList runWarnings;     // the models' price and lifecycle warnings, also in --json
    if (p.isSet(resume)) {
        const auto c = pipeline.findCampaign(p.value(resume));
        if (!c)
            throw Error(Tr::tr("No campaign named '%1' (see 'codedistiller status').").arg(p.value(resume)), Error::Kind::NotFound);
        if (p.isSet(executorOption)) {
            ConsoleOutput::err(Tr::tr("codedistiller: --executor-option applies to a new campaign; a resumed one keeps its own "
                                      "(the team's settings: 'codedistiller slurm set')\n"));
            return UsageError;
        }
        if (p.isSet(retention)) {
            ConsoleOutput::err(Tr::tr("codedistiller: --round-retention applies to a new campaign; a resumed one keeps its own\n"));
            return UsageError;
        }
        campaignId = c->id;
        const auto resumed = pipeline::CampaignConfig::fromJson(c->configJson);
        runWarnings = checkModels({resumed.generator.model, resumed.classifier.model, resumed.judge.model}, p.isSet(allowRetired),
                                  p.isSet(replay));
        // Nothing to continue: said, and the campaign's summary follows.
        const auto resumable = pipeline.resumableCampaigns(store::ErrorPolicy::Retry);
        const auto it = std::find_if(resumable.cbegin(), resumable.cend(), [&](const store::ResumableCampaign &r) { return r.id == c->id; });
        const int errors = it == resumable.cend() ? 0 : it->errors;
        if ((it == resumable.cend() || it->unfinished == 0) && (errors == 0 || !p.isSet(retryErrors)))
            ConsoleOutput::err(errors == 0 ? Tr::tr("campaign %1: every example has finished\n").arg(c->name)
                                           : Tr::tr("campaign %1: every example has finished; %n ended in ERROR "
                                                    "(--retry-errors continues them)\n", nullptr, errors).arg(c->name));
    } else {
        // The models to run: --provider and --model, or each --compare PROVIDER/MODEL.
        QList<pipeline::ModelChoice> models;
        for (const QString &value : p.values(compare)) {
            const QString providerId = value.section(u'/', 0, 0).trimmed(), modelId = value.section(u'/', 1).trimmed();
            if (providerId.isEmpty() || modelId.isEmpty()) {
                ConsoleOutput::err(Tr::tr("codedistiller: --compare takes PROVIDER/MODEL, e.g. openai/gpt-5-mini\n"));
                return UsageError;
            }
            models << pipeline::ModelChoice{providerId, modelId, p.value(baseUrl)};
        }
        if (p.isSet(compare) && (models.size() < 2 || models.size() > 3 || p.isSet(provider) || p.isSet(model)
                                 || p.isSet(fastModel) || p.isSet(judgeModel))) {
            ConsoleOutput::err(Tr::tr("codedistiller: --compare takes 2 or 3 models and replaces --provider, --model, "
                                      "--fast-model and --judge-model\n"));
            return UsageError;
        }
        if (!p.isSet(compare) && (!p.isSet(provider) || !p.isSet(model))) {
            ConsoleOutput::err(Tr::tr("codedistiller: run needs --provider and --model (or --resume NAME)\n\n") + p.helpText());
            return UsageError;
        }
        if (models.isEmpty())
            models << pipeline::ModelChoice{p.value(provider), p.value(model), p.value(baseUrl)};
        for (const auto &m : std::as_const(models))
            llm::ProviderCatalog::instance().get(m.provider);
        const pipeline::Protocol protocol = pipeline::Protocol::load(p.value(protocolOption));   // unknown: an error before anything is written
        bool ok[5] = {};
        pipeline::CampaignConfig config;
        config.protocol = protocol.name();
        config.generator = models.first();
        config.classifier = {config.generator.provider, p.isSet(fastModel) ? p.value(fastModel) : config.generator.model, p.value(baseUrl)};
        config.judge = {config.generator.provider, p.isSet(judgeModel) ? p.value(judgeModel) : config.generator.model, p.value(baseUrl)};
        config.executor = p.value(executor);
        config.maxRounds = p.isSet(maxRounds) ? p.value(maxRounds).toInt(&ok[0]) : (ok[0] = true, protocol.maxRounds());
        config.concurrency = p.value(concurrency).toInt(&ok[1]);
        config.limits.wallSeconds = p.isSet(timeout) ? int(p.value(timeout).toDouble(&ok[2]) * 60) : (ok[2] = true, protocol.wallMinutes() * 60);
        config.classifyMaxFiles = p.value(maxFiles).toInt(&ok[3]);
        ok[4] = true;
        if (p.isSet(budget))
            config.budgetUsd = p.value(budget).toDouble(&ok[4]);
        if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !ok[4] || config.maxRounds < 1 || config.concurrency < 1
            || config.limits.wallSeconds < 1 || config.classifyMaxFiles < 0) {
            ConsoleOutput::err(Tr::tr("codedistiller: --max-rounds, --concurrency, --round-timeout, --classify-files and --budget take positive numbers\n"));
            return UsageError;
        }
        config.pythonPath = p.value(python);
        config.limits.network = p.isSet(network);
        const auto retentionPolicy = exec::roundRetentionFromString(p.value(retention));
        if (!retentionPolicy) {
            ConsoleOutput::err(Tr::tr("codedistiller: --round-retention takes %1\n").arg(exec::roundRetentionNames().join(u", "_s)));
            return UsageError;
        }
        config.roundRetention = *retentionPolicy;
        if (p.isSet(economy)) {
            for (const auto &m : std::as_const(models))
                if (!llm::LlmBatch::supported(m.provider)) {
                    ConsoleOutput::err(Tr::tr("codedistiller: --economy needs a provider with a batch API; %1 has none\n")
                                           .arg(m.provider));
                    return UsageError;
                }
            config.classificationMode = u"economy"_s;
        }
        for (const QString &assignment : p.values(executorOption))
            exec::SlurmSettings::parseAssignment(assignment, config.executorOptions);

        QList<qint64> repositories;   // none named: every repository
        const store::RepositoryStore repos(ws);
        for (const QString &ref : p.positionalArguments())
            repositories << repos.resolve(ref).id;
        const QString name = p.isSet(campaign) ? p.value(campaign)
                                               : u"campaign-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        QList<pipeline::CampaignPlan> plans;
        const pipeline::CampaignPlan single(name, config, repositories);
        if (models.size() > 1) {
            for (const auto &m : std::as_const(models))   // a compared model does every stage
                plans << single.withModels(u"%1 %2/%3"_s.arg(name, m.provider, m.model), m);
        } else {
            plans << single;
        }
        // Price and lifecycle warnings, and the refusal of a retired model, before anything is written or sent.
        QStringList used;
        for (const auto &plan : std::as_const(plans))
            used << plan.config().generator.model << plan.config().classifier.model << plan.config().judge.model;
        runWarnings = checkModels(used, p.isSet(allowRetired), p.isSet(replay));
        // Every problem of every plan (executor, budget, repositories, ...) is reported before anything is written.
        for (const auto &plan : std::as_const(plans))
            plan.require(ws);
        for (const auto &plan : std::as_const(plans)) {
            const auto created = plan.create(ws);
            if (plans.size() > 1) {
                comparedIds << created.campaignId;
            } else {
                campaignId = created.campaignId;
                ConsoleOutput::err(Tr::tr("campaign %1: %2 repositories\n").arg(name).arg(created.examples));
            }
        }
    }

    llm::LlmClientOptions options;
    options.replay = p.isSet(replay);
    options.cassettePath = p.value(cassette);
    if (p.isSet(batchPoll)) {
        bool ok = false;
        const double seconds = p.value(batchPoll).toDouble(&ok);
        if (!ok || seconds <= 0) {
            ConsoleOutput::err(Tr::tr("codedistiller: --batch-poll takes a positive number of seconds\n"));
            return UsageError;
        }
        options.batchPollIntervalMs = std::max(1, int(seconds * 1000));
    }
    if (!comparedIds.isEmpty()) {
        const auto summaries = runTogether(ws, comparedIds, options,
                                           pipeline::CampaignConfig::fromJson(pipeline.findCampaign(QString::number(comparedIds.first()))->configJson)
                                               .executionConcurrency);
        QJsonArray campaigns;
        bool clean = true;
        for (const qint64 id : std::as_const(comparedIds)) {
            const auto record = pipeline.findCampaign(QString::number(id));
            const pipeline::CampaignSummary s = summaries.value(id);
            clean = clean && summaries.contains(id) && s.error == 0 && s.cancelled == 0;
            if (m_context.json) {
                QJsonArray examples;
                for (const auto &e : pipeline.examples(id))
                    examples.append(exampleJson(e, store::exampleStatusToString(e.status)));
                QJsonObject o{{u"campaign"_s, record ? record->name : QString()}, {u"success"_s, s.success}, {u"failed"_s, s.failed},
                              {u"error"_s, s.error}, {u"cancelled"_s, s.cancelled}, {u"budget_reached"_s, s.budgetReached},
                              {u"examples"_s, examples}};
                s.cost.writeJson(o);
                campaigns.append(o);
            } else {
                ConsoleOutput::out(Tr::tr("campaign %1: %2 success, %3 failed, %4 error, %5 cancelled, cost %6%7\n")
                                       .arg(record ? record->name : QString())
                                       .arg(s.success)
                                       .arg(s.failed)
                                       .arg(s.error)
                                       .arg(s.cancelled)
                                       .arg(s.cost.toString(4))
                                       .arg(s.budgetReached ? Tr::tr(" (budget reached)") : QString()));
            }
        }
        if (m_context.json)
            ConsoleOutput::json(QJsonObject{{u"campaigns"_s, campaigns}, {u"warnings"_s, QJsonArray::fromStringList(runWarnings)}});
        return clean ? Success : Failure;
    }
    pipeline::CampaignRunner runner(ws, campaignId, options);

    // SIGINT / SIGTERM: cancel cleanly (examples end CANCELLED, nothing half-written); a second one quits.
    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGINT, onRunSignal);
        std::signal(SIGTERM, onRunSignal);
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    int signals = 0;
    QObject::connect(&notifier, &QSocketNotifier::activated, &runner, [&] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        if (++signals > 1)
            ::_exit(130);
        ConsoleOutput::err(Tr::tr("\ncodedistiller: cancelling (press Ctrl+C again to quit at once)\n"));
        runner.cancel(Tr::tr("Interrupted by the user."));
    });

    QObject::connect(&runner, &pipeline::CampaignRunner::exampleProgress, &runner, [](const pipeline::ExampleProgress &e) {
        ConsoleOutput::err(u"[%1] %2 %3 round %4/%5 $%6%7\n"_s.arg(e.repository, store::exampleStatusToString(e.status), e.stage)
                               .arg(e.round)
                               .arg(e.maxRounds)
                               .arg(e.cost.toString(4))
                               .arg(e.message.isEmpty() ? QString() : u" — "_s + e.message));
    });
    QEventLoop loop;
    pipeline::CampaignSummary summary;
    QObject::connect(&runner, &pipeline::CampaignRunner::finished, &loop, [&](const pipeline::CampaignSummary &s) {
        summary = s;
        loop.quit();
    });
    runner.setRetryErrors(p.isSet(retryErrors));
    runner.start();
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    const auto campaignRecord = pipeline.findCampaign(QString::number(campaignId));
    if (m_context.json) {
        QJsonArray examples;
        for (const auto &e : pipeline.examples(campaignId))
            examples.append(exampleJson(e, store::exampleStatusToString(e.status)));
        QJsonObject o{{u"campaign"_s, campaignRecord ? campaignRecord->name : QString()},
                      {u"success"_s, summary.success},
                      {u"failed"_s, summary.failed},
                      {u"error"_s, summary.error},
                      {u"cancelled"_s, summary.cancelled},
                      {u"budget_reached"_s, summary.budgetReached},
                      {u"examples"_s, examples},
                      {u"warnings"_s, QJsonArray::fromStringList(runWarnings)}};
        summary.cost.writeJson(o);
        ConsoleOutput::json(o);
    } else {
        ConsoleOutput::out(Tr::tr("campaign %1: %2 success, %3 failed, %4 error, %5 cancelled, cost %6%7\n")
                               .arg(campaignRecord ? campaignRecord->name : QString())
                               .arg(summary.success)
                               .arg(summary.failed)
                               .arg(summary.error)
                               .arg(summary.cancelled)
                               .arg(summary.cost.toString(4))
                               .arg(summary.budgetReached ? Tr::tr(" (budget reached)") : QString()));
    }
    return summary.error == 0 && summary.cancelled == 0 ? Success : Failure;
}

int PipelineCommands::status(const QStringList &args)
{
    CommandParser cp(Tr::tr("Show campaigns and the state of their examples. In blind mode the judge's verdicts "
                            "(SUCCESS, FAILED) and the models show only for examples the --annotator has judged."));
    const QCommandLineOption campaign(u"campaign"_s, Tr::tr("Only this campaign."), u"name"_s);
    const QCommandLineOption annotator(u"annotator"_s, Tr::tr("Whose view in blind mode."), u"name"_s);
    cp.parser().addOptions({campaign, annotator});
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    const auto ws = m_context.openWorkspace();
    store::PipelineStore pipeline(ws);
    QList<store::CampaignRecord> campaigns;
    if (cp.parser().isSet(campaign)) {
        const auto c = pipeline.findCampaign(cp.parser().value(campaign));
        if (!c)
            throw Error(Tr::tr("No campaign named '%1'.").arg(cp.parser().value(campaign)), Error::Kind::NotFound);
        campaigns << *c;
    } else {
        campaigns = pipeline.campaigns();
    }
    const auto view = review::BlindView::of(ws, cp.parser().value(annotator));
    QJsonArray out;
    QList<QStringList> rows{{u"CAMPAIGN"_s, u"EXAMPLE"_s, u"REPOSITORY"_s, u"STATUS"_s, u"STAGE"_s, u"ROUNDS"_s, u"COST"_s, u"REASON"_s}};
    QString batchLines, protocolLines, costLines, errorLines;
    int hidden = 0;
    for (const auto &c : std::as_const(campaigns)) {
        const QString label = view.campaignLabel(c);
        QJsonArray examples;
        int errors = 0, hiddenHere = 0;
        for (auto e : pipeline.examples(c.id)) {
            errors += e.status == store::ExampleStatus::Error ? 1 : 0;
            const bool masked = store::isVerdict(e.status) && !view.revealed(e.id);
            const QString shown = view.status(e.id, e.status);
            if (masked) {
                e.statusReason.clear();   // "The judge found round 2 finished."
                ++hiddenHere;
            }
            QJsonObject o = exampleJson(e, shown);
            if (view.isBlind())
                o.insert(u"hidden"_s, masked);
            examples.append(o);
            rows.append({label, QString::number(e.id), e.repositoryName, shown, e.stage, QString::number(e.roundsExecuted),
                         e.cost.toString(4), e.statusReason.left(60)});
        }
        const llm::CostTotal cost = pipeline.campaignCost(c.id);
        costLines += Tr::tr("%1: cost %2").arg(label, cost.toString(4));
        if (cost.isUnknown())
            costLines += Tr::tr(" (unknown: none of its %n model call(s) has a price)", nullptr, int(cost.unpricedCalls()));
        else if (!cost.isComplete())
            costLines += Tr::tr(" (at least: %n model call(s) without a price)", nullptr, int(cost.unpricedCalls()));
        costLines += u'\n';
        if (errors > 0)
            errorLines += Tr::tr("%1: %n example(s) ended in ERROR; 'codedistiller run --resume %2 --retry-errors' retries them, "
                                 "keeping their rounds and answered calls.\n", nullptr, errors)
                              .arg(label, label == c.name ? c.name : QString::number(c.id));   // blind: the id, not a telling name
        QJsonArray batches;
        for (const auto &b : store::LlmBatchStore(ws).batches(c.id)) {
            const QString state = b.collectedAt.isValid() ? u"collected"_s : b.status;
            const int failed = b.errored + b.expired + b.cancelled;
            auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
            batches.append(QJsonObject{{u"id"_s, b.id},
                                       {u"purpose"_s, b.purpose},
                                       {u"provider"_s, b.provider},
                                       {u"model"_s, view.isBlind() ? QJsonValue() : QJsonValue(b.model)},
                                       {u"provider_batch_id"_s, orNull(b.providerBatchId)},
                                       {u"status"_s, state},
                                       {u"provider_status"_s, orNull(b.providerStatus)},
                                       {u"requests"_s, b.requestCount},
                                       {u"succeeded"_s, b.succeeded},
                                       {u"failed"_s, failed},
                                       {u"error"_s, orNull(b.error)}});
            batchLines += Tr::tr("%1: batch %2 at %3 (%4): %5%6, %7 requests, %8 succeeded, %9 failed\n")
                              .arg(label, b.providerBatchId.isEmpty() ? QString::number(b.id) : b.providerBatchId, b.provider, b.purpose,
                                   state, b.providerStatus.isEmpty() ? QString() : u" / "_s + b.providerStatus)
                              .arg(b.requestCount)
                              .arg(b.succeeded)
                              .arg(failed);
        }
        const auto config = pipeline::CampaignConfig::fromJson(c.configJson);
        QJsonObject o{{u"id"_s, c.id}, {u"name"_s, label}, {u"status"_s, c.status},
                      {u"protocol"_s, QJsonObject{{u"name"_s, config.protocol},
                                                  {u"hash"_s, config.protocolHash.isEmpty() ? QJsonValue() : QJsonValue(config.protocolHash)}}},
                      {u"error_examples"_s, errors}, {u"examples"_s, examples}, {u"batches"_s, batches}};
        cost.writeJson(o);
        if (view.isBlind())
            o.insert(u"blind"_s, BlindNote::json(view, hiddenHere));
        hidden += hiddenHere;
        out.append(o);
        protocolLines += Tr::tr("%1: protocol %2\n").arg(label, pipeline::CampaignProtocol::label(config));
    }
    if (m_context.json) {
        ConsoleOutput::json(out);
    } else {
        ConsoleOutput::table(rows);
        ConsoleOutput::out(protocolLines + costLines + errorLines + batchLines
                           + BlindNote::text(view, hidden > 0 ? Tr::tr("%n example(s)' verdicts", nullptr, hidden) : QString()));
    }
    return Success;
}

int PipelineCommands::show(const QStringList &args)
{
    CommandParser cp(Tr::tr("Show one example: its rounds, verdicts, logs and artifacts. In blind mode the judge's "
                            "verdicts show only once the --annotator has judged the example."));
    cp.parser().addPositionalArgument(u"EXAMPLE"_s, Tr::tr("Example id (see 'codedistiller status')."));
    const QCommandLineOption roundOption(u"round"_s, Tr::tr("Only this round, with its files and full log."), u"N"_s);
    const QCommandLineOption annotator(u"annotator"_s, Tr::tr("Whose view in blind mode."), u"name"_s);
    cp.parser().addOptions({roundOption, annotator});
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    bool ok = false;
    const qint64 id = cp.parser().positionalArguments().first().toLongLong(&ok);
    if (!ok)
        throw Error(Tr::tr("'%1' is not an example id.").arg(cp.parser().positionalArguments().first()), Error::Kind::InvalidInput);
    const auto ws = m_context.openWorkspace();
    store::PipelineStore pipeline(ws);
    auto example = pipeline.example(id);
    if (!example)
        throw Error(Tr::tr("No example %1.").arg(id), Error::Kind::NotFound);
    // Blind mode: the verdicts (the example's outcome, each round's judgement) wait for the annotator's own.
    const auto view = review::BlindView::of(ws, cp.parser().value(annotator));
    const bool blinded = !view.revealed(id);
    const QString shownStatus = view.status(id, example->status);
    if (blinded && store::isVerdict(example->status))
        example->statusReason.clear();
    const int only = cp.parser().isSet(roundOption) ? cp.parser().value(roundOption).toInt() : 0;
    artifacts::ArtifactDescriber::Options describe;   // trajectories are read with the campaign's Python
    if (const auto campaign = pipeline.findCampaign(QString::number(example->campaignId)))
        describe.pythonPath = pipeline::CampaignConfig::fromJson(campaign->configJson).pythonPath;
    QJsonArray rounds;
    QString text = Tr::tr("Example %1: %2 @ %3 — %4 (%5)%6, cost %7\n")
                       .arg(example->id)
                       .arg(example->repositoryName, example->commitSha.left(12), shownStatus, example->stage,
                            example->statusReason.isEmpty() ? QString() : u": "_s + example->statusReason)
                       .arg(example->cost.toString(4));
    for (auto r : pipeline.rounds(id)) {
        if (only > 0 && r.index != only)
            continue;
        if (blinded) {   // as the workbench's example view: no verdict, error class or repair's account of it
            r.verdictJson.clear();
            r.isFinished.reset();
            r.errorClass.clear();
            r.issuesIdentifiedJson.clear();
            r.changesMadeJson.clear();
        }
        QJsonObject o{{u"round"_s, r.index}, {u"origin"_s, r.origin}, {u"executed"_s, r.executed},
                      {u"outcome"_s, r.outcome}, {u"setup_exit_code"_s, r.setupExitCode ? QJsonValue(*r.setupExitCode) : QJsonValue()},
                      {u"exit_code"_s, r.exitCode ? QJsonValue(*r.exitCode) : QJsonValue()}, {u"duration_ms"_s, r.durationMs},
                      {u"is_finished"_s, r.isFinished ? QJsonValue(*r.isFinished) : QJsonValue()},
                      {u"error_class"_s, r.errorClass}, {u"verdict"_s, jsonOrNull(r.verdictJson)},
                      {u"issues_identified"_s, jsonOrNull(r.issuesIdentifiedJson)}, {u"changes_made"_s, jsonOrNull(r.changesMadeJson)}};
        r.cost.writeJson(o);
        QJsonArray artifacts;
        QString artifactLines;
        // Each artifact with what it holds ("structure", "table", "json"): described now when it never was.
        for (const auto &a : artifacts::ArtifactDescriptions::ofRound(ws, r.id, describe)) {
            QJsonObject artifact{{u"name"_s, a.name}, {u"size_bytes"_s, a.sizeBytes}};
            const QJsonObject description = QJsonDocument::fromJson(a.description).object();
            for (auto it = description.begin(); it != description.end(); ++it)
                artifact.insert(it.key(), it.value());
            artifacts.append(artifact);
            if (const QString what = describedAs(description); !what.isEmpty())
                artifactLines += u"      %1: %2\n"_s.arg(a.name, what);
        }
        o.insert(u"artifacts"_s, artifacts);
        text += Tr::tr("  round %1 (%2): %3, exit %4, %5 s, verdict: %6%7\n")
                    .arg(r.index)
                    .arg(r.origin, r.executed ? r.outcome : Tr::tr("never executed"),
                         r.exitCode ? QString::number(*r.exitCode) : u"-"_s)
                    .arg(double(r.durationMs) / 1000.0, 0, 'f', 1)
                    .arg(r.isFinished ? (*r.isFinished ? Tr::tr("finished") : Tr::tr("not finished"))
                         : blinded   ? Tr::tr("hidden")
                                     : u"-"_s,
                         r.errorClass.isEmpty() ? QString() : u" ("_s + r.errorClass + u')');
        text += artifactLines;
        if (only > 0) {
            o.insert(u"main_py"_s, QString::fromUtf8(pipeline.blob(r.mainPyBlob)));
            o.insert(u"requirements_txt"_s, QString::fromUtf8(pipeline.blob(r.requirementsBlob)));
            o.insert(u"run_sh"_s, QString::fromUtf8(pipeline.blob(r.runShBlob)));
            o.insert(u"metadata"_s, jsonOrNull(pipeline.blob(r.metadataBlob)));
            QJsonArray log;
            text += u"----- main.py\n"_s + QString::fromUtf8(pipeline.blob(r.mainPyBlob)) + u"\n----- log\n"_s;
            for (const auto &l : pipeline.logs(r.id)) {
                log.append(QJsonObject{{u"phase"_s, l.phase}, {u"stream"_s, l.stream}, {u"at_ms"_s, l.atMs}, {u"line"_s, l.line}});
                text += u"%1 %2 | %3\n"_s.arg(l.phase, -6).arg(l.stream, -6).arg(l.line);
            }
            o.insert(u"log"_s, log);
        }
        rounds.append(o);
    }
    if (m_context.json) {
        QJsonObject o = exampleJson(*example, shownStatus);
        o.insert(u"summary"_s, jsonOrNull(example->summaryJson));
        o.insert(u"rounds"_s, rounds);
        if (view.isBlind())
            o.insert(u"blind"_s, BlindNote::json(view, blinded ? 1 : 0));
        ConsoleOutput::json(o);
    } else {
        ConsoleOutput::out(text + BlindNote::text(view, blinded ? Tr::tr("this example's verdicts") : QString()));
    }
    return Success;
}

int PipelineCommands::cancel(const QStringList &args)
{
    CommandParser cp(Tr::tr("Cancel a campaign (by name) or one example (by id), also while another process runs it."));
    cp.parser().addPositionalArgument(u"TARGET"_s, Tr::tr("Campaign name or example id."));
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    const QString target = cp.parser().positionalArguments().first();
    const auto ws = m_context.openWorkspace();
    store::PipelineStore pipeline(ws);
    bool isId = false;
    const qint64 id = target.toLongLong(&isId);
    // Rounds running as Slurm jobs stop too, even when no workbench follows them now.
    auto cancelJobs = [&](qint64 campaignId, qint64 exampleId) {
        for (const auto &job : store::RemoteJobStore(ws).unfinished(campaignId))
            if (job.executor == u"slurm"_s && (exampleId == 0 || job.exampleId == exampleId))
                exec::SlurmMonitor::cancel(job.jobId);
    };
    if (const auto c = pipeline.findCampaign(target); c && (!isId || c->name == target)) {
        pipeline.setCampaignStatus(c->id, u"cancelled"_s);
        cancelJobs(c->id, 0);
        for (const auto &e : pipeline.examples(c->id))
            if (e.status == store::ExampleStatus::Pending || e.status == store::ExampleStatus::Paused)
                pipeline.setExampleState(e.id, store::ExampleStatus::Cancelled, e.stage, Tr::tr("Cancelled by the user."));
        ConsoleOutput::out(Tr::tr("campaign %1 cancelled\n").arg(c->name));
        return Success;
    }
    if (isId && pipeline.example(id)) {
        ws->setSetting(u"cancel_example:%1"_s.arg(id), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        const auto e = pipeline.example(id);
        cancelJobs(e->campaignId, id);
        if (e->status == store::ExampleStatus::Pending || e->status == store::ExampleStatus::Paused)
            pipeline.setExampleState(id, store::ExampleStatus::Cancelled, e->stage, Tr::tr("Cancelled by the user."));
        ConsoleOutput::out(Tr::tr("example %1 cancelled\n").arg(id));
        return Success;
    }
    throw Error(Tr::tr("No campaign or example '%1'.").arg(target), Error::Kind::NotFound);
}

int PipelineCommands::fix(const QStringList &args)
{
    CommandParser cp(Tr::tr("An expert fix: the files in DIR (main.py, run.sh, metadata.json and, optionally, requirements.txt) "
                            "become EXAMPLE's next round, authored by a human, which then runs through the campaign's "
                            "executor. The example's pipeline outcome stays as it was."));
    auto &p = cp.parser();
    p.addPositionalArgument(u"EXAMPLE"_s, Tr::tr("Example id (see 'codedistiller status')."));
    const QCommandLineOption from(u"from"_s, Tr::tr("Folder with the edited files."), u"dir"_s);
    const QCommandLineOption annotator(u"annotator"_s, Tr::tr("Your name."), u"name"_s);
    const QCommandLineOption note(u"note"_s, Tr::tr("What the fix changes (kept with the round)."), u"text"_s);
    const QCommandLineOption judge(u"judge"_s, Tr::tr("Also ask the campaign's judge for a verdict on the round."));
    const QCommandLineOption noRun(u"no-run"_s, Tr::tr("Only store the round; run it later with --run-only."));
    const QCommandLineOption runOnly(u"run-only"_s, Tr::tr("Run the example's newest round, an expert round that has not run yet."));
    const QCommandLineOption replay(u"replay"_s, Tr::tr("Answer model calls only from recorded responses."));
    p.addOptions({from, annotator, note, judge, noRun, runOnly, replay});
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    bool ok = false;
    const qint64 exampleId = p.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok || (!p.isSet(runOnly) && (!p.isSet(from) || !p.isSet(annotator)))) {
        ConsoleOutput::err(Tr::tr("codedistiller: fix needs an example id, --from DIR and --annotator NAME (or --run-only)\n\n")
                           + p.helpText());
        return UsageError;
    }
    const auto ws = m_context.openWorkspace();
    store::PipelineStore pipeline(ws);
    const auto example = pipeline.example(exampleId);
    if (!example)
        throw Error(Tr::tr("Example %1 does not exist (see 'codedistiller status').").arg(exampleId), Error::Kind::NotFound);
    if (!p.isSet(runOnly)) {
        const auto round = pipeline::ExpertRound::create(ws, exampleId, pipeline::ExpertRound::readDirectory(p.value(from)),
                                                         p.value(annotator), p.value(note));
        ConsoleOutput::err(Tr::tr("example %1: stored expert round %2\n").arg(exampleId).arg(round.index));
        if (p.isSet(noRun)) {
            if (m_context.json)
                ConsoleOutput::json(QJsonObject{{u"example"_s, exampleId}, {u"round"_s, round.index}, {u"executed"_s, false}});
            return 0;
        }
    }
    const auto rounds = pipeline.rounds(exampleId);
    if (rounds.isEmpty() || rounds.last().origin != u"human"_s || rounds.last().executed)
        throw Error(Tr::tr("Example %1 has no expert round waiting to run; store one with --from DIR.").arg(exampleId),
                    Error::Kind::InvalidInput);

    llm::LlmClientOptions options;
    options.replay = p.isSet(replay);
    pipeline::CampaignRunner runner(ws, example->campaignId, options);
    QObject::connect(&runner, &pipeline::CampaignRunner::exampleProgress, &runner, [](const pipeline::ExampleProgress &e) {
        ConsoleOutput::err(u"[%1] %2\n"_s.arg(e.repository, e.message.isEmpty() ? e.stage : e.message));
    });
    QEventLoop loop;
    QObject::connect(&runner, &pipeline::CampaignRunner::finished, &loop, &QEventLoop::quit);
    runner.startExpertRound(exampleId, p.isSet(judge));
    loop.exec();

    const auto ran = pipeline.rounds(exampleId).last();
    const QJsonObject verdict = QJsonDocument::fromJson(ran.verdictJson).object();
    if (m_context.json) {
        ConsoleOutput::json(QJsonObject{{u"example"_s, exampleId},
                                        {u"round"_s, ran.index},
                                        {u"executed"_s, ran.executed},
                                        {u"exit_code"_s, ran.exitCode ? QJsonValue(*ran.exitCode) : QJsonValue()},
                                        {u"timed_out"_s, ran.timedOut},
                                        {u"judged"_s, !verdict.isEmpty()},
                                        {u"is_finished"_s, verdict.isEmpty() ? QJsonValue() : QJsonValue(ran.isFinished.value_or(false))},
                                        {u"status"_s, store::exampleStatusToString(pipeline.example(exampleId)->status)}});
    } else {
        ConsoleOutput::out(Tr::tr("round %1 (expert): %2, exit code %3%4\n")
                               .arg(ran.index)
                               .arg(ran.executed ? Tr::tr("ran") : Tr::tr("did not run"))
                               .arg(ran.exitCode ? QString::number(*ran.exitCode) : u"-"_s)
                               .arg(verdict.isEmpty() ? QString()
                                                      : Tr::tr(", judge: %1").arg(ran.isFinished.value_or(false) ? Tr::tr("finished")
                                                                                                                 : Tr::tr("not finished"))));
    }
    return ran.executed ? 0 : 1;
}

} // namespace wb::cli
