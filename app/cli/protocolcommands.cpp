// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocolcommands.h"

#include "commandgroup.h"
#include "commandparser.h"
#include "consoleoutput.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignprotocol.h"
#include "pipeline/protocol.h"
#include "store/pipelinestore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::ProtocolCommands)
};
} // namespace

ProtocolCommands::ProtocolCommands(CliContext &context)
    : m_context(context)
{
}

int ProtocolCommands::run(const QStringList &args)
{
    return CommandGroup(u"protocol"_s, Tr::tr("Usage: codedistiller protocol list|show NAME|diff A B  (--help on each)\n"))
        .add(u"list"_s, [this](const QStringList &rest) { return list(rest); })
        .add(u"show"_s, [this](const QStringList &rest) { return show(rest); })
        .add(u"diff"_s, [this](const QStringList &rest) { return diff(rest); })
        .run(args);
}

int ProtocolCommands::list(const QStringList &args)
{
    CommandParser cp(Tr::tr("List the distillation protocols: the built-in ones and a lab's own, from %1.")
                         .arg(pipeline::Protocol::searchPath().join(u", "_s)));
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    QJsonArray json;
    QList<QStringList> rows{{u"NAME"_s, u"HASH"_s, u"TITLE"_s, u"FROM"_s}};
    for (const auto &a : pipeline::Protocol::available()) {
        QString hash;
        try {
            hash = pipeline::Protocol::load(a.location).shortHash();
        } catch (const Error &) {
        }
        json.append(QJsonObject{{u"name"_s, a.name}, {u"hash"_s, hash}, {u"title"_s, a.title}, {u"location"_s, a.location},
                                {u"default"_s, a.name == pipeline::Protocol::defaultName()}});
        rows.append({a.name + (a.name == pipeline::Protocol::defaultName() ? u" *"_s : QString()), hash, a.title, a.location});
    }
    if (m_context.json)
        ConsoleOutput::json(json);
    else
        ConsoleOutput::table(rows);
    return Success;
}

int ProtocolCommands::show(const QStringList &args)
{
    CommandParser cp(Tr::tr("Show a protocol: its settings and hash, and with --prompts its prompt templates. NAME may be a protocol "
                            "name, a folder with a protocol.json, or campaign:NAME for the protocol a campaign ran under."));
    cp.parser().addPositionalArgument(u"NAME"_s, Tr::tr("Protocol name, folder, or campaign:NAME."));
    const QCommandLineOption prompts(u"prompts"_s, Tr::tr("Also print the prompt templates."));
    cp.parser().addOption(prompts);
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    const QString name = cp.parser().positionalArguments().first();
    std::optional<pipeline::Protocol> protocol;
    if (name.startsWith(u"campaign:"_s)) {
        const auto ws = m_context.openWorkspace();
        const auto campaign = store::PipelineStore(ws).findCampaign(name.mid(9));
        if (!campaign)
            throw Error(Tr::tr("No campaign '%1' in this workspace.").arg(name.mid(9)), Error::Kind::NotFound);
        protocol = pipeline::CampaignProtocol::recorded(ws, pipeline::CampaignConfig::fromJson(campaign->configJson));
        if (!protocol)
            throw Error(Tr::tr("The campaign '%1' has not run yet (or ran before protocols were recorded): it has no protocol snapshot.")
                            .arg(name.mid(9)),
                        Error::Kind::NotFound);
    } else {
        protocol = pipeline::Protocol::load(name);
    }
    if (m_context.json) {
        QJsonObject o = QJsonDocument::fromJson(protocol->snapshot()).object();
        o.insert(u"hash"_s, protocol->hash());
        if (!cp.parser().isSet(prompts)) {
            o.remove(u"prompts"_s);
            o.remove(u"partials"_s);
            o.remove(u"schemas"_s);
        }
        ConsoleOutput::json(o);
        return Success;
    }
    QString text = Tr::tr("%1 — %2\nhash %3\n\n%4\n\n").arg(protocol->name(), protocol->title(), protocol->hash(), protocol->description());
    QJsonObject settings = QJsonDocument::fromJson(protocol->snapshot()).object();
    for (const QString &key : {u"name"_s, u"title"_s, u"description"_s, u"prompts"_s, u"partials"_s, u"schemas"_s})
        settings.remove(key);
    text += QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Indented));
    if (cp.parser().isSet(prompts)) {
        for (const QString &stage : {u"repository_summary"_s, u"file_classification"_s, u"example_generation"_s, u"judge_verdict"_s,
                                     u"example_repair"_s})
            text += u"\n===== %1 =====\n%2\n"_s.arg(stage, protocol->promptTemplate(stage));
    }
    ConsoleOutput::out(text);
    return Success;
}

int ProtocolCommands::diff(const QStringList &args)
{
    CommandParser cp(Tr::tr("Show how two protocols differ: settings, and prompts as unified diffs. Exit status 0 when they are the "
                            "same, 1 when they differ."));
    cp.parser().addPositionalArgument(u"A"_s, Tr::tr("Protocol name or folder."));
    cp.parser().addPositionalArgument(u"B"_s, Tr::tr("Protocol name or folder."));
    if (const int rc = cp.parse(args, m_context, 2, 2); rc >= 0)
        return rc;
    const QStringList names = cp.parser().positionalArguments();
    const auto a = pipeline::Protocol::load(names.at(0));
    const auto b = pipeline::Protocol::load(names.at(1));
    const QStringList differences = pipeline::Protocol::diff(a, b);
    if (m_context.json) {
        ConsoleOutput::json(QJsonObject{{u"a"_s, QJsonObject{{u"name"_s, a.name()}, {u"hash"_s, a.hash()}}},
                                        {u"b"_s, QJsonObject{{u"name"_s, b.name()}, {u"hash"_s, b.hash()}}},
                                        {u"same"_s, differences.isEmpty()},
                                        {u"differences"_s, QJsonArray::fromStringList(differences)}});
    } else if (differences.isEmpty()) {
        ConsoleOutput::out(Tr::tr("%1 and %2 are the same protocol (%3).\n").arg(a.name(), b.name(), a.shortHash()));
    } else {
        ConsoleOutput::out(Tr::tr("%1 (%2) → %3 (%4): %n difference(s)\n\n", "", int(differences.size()))
                               .arg(a.name(), a.shortHash(), b.name(), b.shortHash())
                           + differences.join(u"\n\n"_s) + u'\n');
    }
    return differences.isEmpty() ? Success : Failure;
}

} // namespace wb::cli
