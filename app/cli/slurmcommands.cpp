// SPDX-License-Identifier: GPL-3.0-or-later
#include "slurmcommands.h"

#include "commandparser.h"
#include "commandgroup.h"
#include "consoleoutput.h"
#include "exec/executor.h"
#include "exec/slurmexecutor.h"
#include "exec/slurmjobstate.h"
#include "exec/slurmsettings.h"
#include "store/pipelinestore.h"
#include "store/remotejobstore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::SlurmCommands)
};

QMap<QString, QString> teamSettings(const store::Workspace &ws)
{
    QMap<QString, QString> values;
    for (const QString &key : exec::SlurmSettings::keys())
        if (const QString value = ws.setting(key); !value.isEmpty())
            values.insert(key, value);
    return values;
}

// What each setting means, for `slurm settings`.
QString defaultOf(const QString &key)
{
    if (key == u"slurm.shared_directory"_s)
        return Tr::tr("(the workspace's scratch folder: one machine only)");
    const QString value = exec::SlurmSettings::defaultValue(key);
    return value.isEmpty() ? Tr::tr("(the site's default)") : value;
}
} // namespace

SlurmCommands::SlurmCommands(CliContext &context)
    : m_context(context)
{
}

int SlurmCommands::run(const QStringList &args)
{
    return CommandGroup(u"slurm"_s, Tr::tr("Usage: codedistiller slurm settings|set KEY VALUE|unset KEY|check|jobs [options]  (--help on each)\n"))
        .add(u"settings"_s, [this](const QStringList &rest) { return settings(rest); })
        .add(u"set"_s, [this](const QStringList &rest) { return set(rest, false); })
        .add(u"unset"_s, [this](const QStringList &rest) { return set(rest, true); })
        .add(u"check"_s, [this](const QStringList &rest) { return check(rest); })
        .add(u"jobs"_s, [this](const QStringList &rest) { return jobs(rest); })
        .run(args);
}

int SlurmCommands::settings(const QStringList &args)
{
    CommandParser cp(Tr::tr("Show the team's Slurm settings: workspace settings that every campaign with the slurm executor "
                            "uses unless it overrides them (run --executor-option KEY=VALUE)."));
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    const auto ws = m_context.openWorkspace();
    const auto values = teamSettings(*ws);
    QJsonObject json;
    QList<QStringList> rows{{u"KEY"_s, u"VALUE"_s}};
    for (const QString &key : exec::SlurmSettings::keys()) {
        json.insert(key, values.contains(key) ? QJsonValue(values.value(key)) : QJsonValue());
        rows.append({key, values.contains(key) ? values.value(key) : defaultOf(key)});
    }
    if (m_context.json)
        ConsoleOutput::json(json);
    else
        ConsoleOutput::table(rows);
    return Success;
}

int SlurmCommands::set(const QStringList &args, bool unset)
{
    CommandParser cp(unset ? Tr::tr("Remove a Slurm setting of the team: the default applies again.")
                           : Tr::tr("Set a Slurm setting for everyone who uses this workspace (see 'codedistiller slurm settings'). "
                                    "Keys: %1.")
                                 .arg(exec::SlurmSettings::keys().join(u", "_s)));
    cp.parser().addPositionalArgument(u"KEY"_s, Tr::tr("e.g. slurm.partition (or KEY=VALUE, for values that start with '-')"));
    if (!unset)
        cp.parser().addPositionalArgument(u"VALUE"_s, Tr::tr("e.g. gpu"));
    if (const int rc = cp.parse(args, m_context, 1, unset ? 1 : 2); rc >= 0)
        return rc;
    const QStringList positional = cp.parser().positionalArguments();
    QMap<QString, QString> assignment;
    if (!unset && positional.size() == 1)
        exec::SlurmSettings::parseAssignment(positional.first(), assignment);
    else if (!unset)
        assignment.insert(positional.at(0), positional.at(1));
    else
        assignment.insert(positional.at(0), u""_s);
    const QString key = assignment.firstKey();
    const QString value = assignment.first();
    if (!exec::SlurmSettings::keys().contains(key))
        throw Error(Tr::tr("Unknown Slurm setting '%1' (known: %2).").arg(key, exec::SlurmSettings::keys().join(u", "_s)),
                    Error::Kind::InvalidInput);
    const auto ws = m_context.openWorkspace();
    auto values = teamSettings(*ws);
    values.insert(key, value);
    exec::SlurmSettings::fromMap(values);   // a bad value is refused before it is stored
    ws->setSetting(key, value);
    if (m_context.json)
        ConsoleOutput::json(QJsonObject{{u"key"_s, key}, {u"value"_s, unset ? QJsonValue() : QJsonValue(value)}});
    else
        ConsoleOutput::out(unset ? Tr::tr("%1 removed\n").arg(key) : Tr::tr("%1 = %2\n").arg(key, value));
    return Success;
}

int SlurmCommands::check(const QStringList &args)
{
    CommandParser cp(Tr::tr("Check that Slurm answers from here (sbatch, squeue, scontrol and scancel on PATH, the "
                            "controller up) and list its partitions."));
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    exec::SlurmExecutor::checkAvailable();
    QJsonArray partitions;
    QList<QStringList> rows{{u"PARTITION"_s, u"AVAILABLE"_s, u"NODES"_s, u"STATE"_s}};
    for (const auto &p : exec::SlurmExecutor::partitions()) {
        rows.append({p.name, p.availability, QString::number(p.nodes), p.state});
        partitions.append(QJsonObject{{u"partition"_s, p.name}, {u"available"_s, p.availability}, {u"nodes"_s, p.nodes}, {u"state"_s, p.state}});
    }
    if (m_context.json) {
        ConsoleOutput::json(QJsonObject{{u"available"_s, true}, {u"partitions"_s, partitions}});
    } else {
        ConsoleOutput::out(Tr::tr("Slurm is available.\n"));
        ConsoleOutput::table(rows);
    }
    return Success;
}

int SlurmCommands::jobs(const QStringList &args)
{
    CommandParser cp(Tr::tr("The rounds that are Slurm jobs without a stored result yet, with what Slurm says about them."));
    const QCommandLineOption campaign(u"campaign"_s, Tr::tr("Only this campaign."), u"name"_s);
    cp.parser().addOption(campaign);
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    const auto ws = m_context.openWorkspace();
    qint64 campaignId = 0;
    if (cp.parser().isSet(campaign)) {
        const auto c = store::PipelineStore(ws).findCampaign(cp.parser().value(campaign));
        if (!c)
            throw Error(Tr::tr("No campaign named '%1'.").arg(cp.parser().value(campaign)), Error::Kind::NotFound);
        campaignId = c->id;
    }
    QList<store::RemoteJobRecord> jobs;
    for (const auto &j : store::RemoteJobStore(ws).unfinished(campaignId))
        if (j.executor == u"slurm"_s)
            jobs << j;
    QHash<QString, exec::SlurmJobState> queue;
    QString unreachable;
    if (!jobs.isEmpty()) {
        QProcess squeue;
        squeue.start(u"squeue"_s, {u"--json"_s, u"--me"_s, u"--states=all"_s});
        if (!squeue.waitForFinished(60000) || squeue.exitCode() != 0) {
            unreachable = QString::fromUtf8(squeue.readAllStandardError()).trimmed();
        } else {
            try {
                queue = exec::SlurmJobState::parseQueue(squeue.readAllStandardOutput());
            } catch (const Error &e) {
                unreachable = e.message();
            }
        }
    }
    QJsonArray out;
    QList<QStringList> rows{{u"CAMPAIGN"_s, u"EXAMPLE"_s, u"ROUND"_s, u"JOB"_s, u"STATE"_s, u"DIRECTORY"_s}};
    for (const auto &j : std::as_const(jobs)) {
        const QString state = !unreachable.isEmpty() ? Tr::tr("unknown") : queue.value(j.jobId).state.isEmpty() ? Tr::tr("gone") : queue.value(j.jobId).state;
        rows.append({QString::number(j.campaignId), QString::number(j.exampleId), QString::number(j.roundIndex), j.jobId, state, j.roundDir});
        out.append(QJsonObject{{u"campaign_id"_s, j.campaignId}, {u"example_id"_s, j.exampleId}, {u"round"_s, j.roundIndex},
                               {u"job_id"_s, j.jobId}, {u"state"_s, state}, {u"round_dir"_s, j.roundDir},
                               {u"submitted_at"_s, j.submittedAt.toString(Qt::ISODate)}});
    }
    if (!unreachable.isEmpty())
        ConsoleOutput::err(Tr::tr("codedistiller: Slurm did not answer: %1\n").arg(unreachable));
    if (m_context.json)
        ConsoleOutput::json(out);
    else
        ConsoleOutput::table(rows);
    return unreachable.isEmpty() ? Success : Failure;
}

} // namespace wb::cli
