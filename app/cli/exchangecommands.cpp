// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangecommands.h"

#include "commandparser.h"
#include "consoleoutput.h"
#include "exchange/codedistillerimporter.h"
#include "exchange/exporttarget.h"
#include "exchange/exportverifier.h"
#include "exchange/libraryexport.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::ExchangeCommands)
};
} // namespace

ExchangeCommands::ExchangeCommands(CliContext &context)
    : m_context(context)
{
}

int ExchangeCommands::exportLibrary(const QStringList &args)
{
    CommandParser cp(Tr::tr("Export the vetted library: by default the examples an annotator accepted (and none "
                            "rejected) whose final round the judge found finished, from repositories with a "
                            "permissive licence.\n"
                            "The output folder must be empty or new (for codescientist: its codeblocks/codedistiller/); "
                            "--force replaces the files the export writes there and keeps every other file. The git "
                            "format creates its own repository and never writes into one it did not create, nor into "
                            "a folder inside a repository. API keys the workbench knows are removed from everything "
                            "written."));
    auto &p = cp.parser();
    const QCommandLineOption format(u"format"_s, Tr::tr("codescientist, folders, jsonl or git."), u"format"_s);
    const QCommandLineOption out(u"out"_s, Tr::tr("Output folder (for codescientist: a CodeScientist checkout or any folder)."), u"dir"_s);
    const QCommandLineOption all(u"all"_s, Tr::tr("Every successful example, judged by a human or not."));
    const QCommandLineOption acceptedOnly(u"accepted-only"_s, Tr::tr("Only accepted examples (the default)."));
    const QCommandLineOption campaign(u"campaign"_s, Tr::tr("Only this campaign."), u"name"_s);
    const QCommandLineOption allowLicense(u"allow-licence"_s, Tr::tr("Let this licence (SPDX id, or 'unknown') through the gate; repeatable."),
                                          u"spdx"_s);
    const QCommandLineOption reason(u"reason"_s, Tr::tr("Why the licence gate is overridden (recorded with each example)."), u"text"_s);
    const QCommandLineOption force(u"force"_s, Tr::tr("Export into a folder that is not empty, replacing the files the export writes "
                                                      "(other files are kept)."));
    const QCommandLineOption verify(u"verify"_s, Tr::tr("Afterwards re-run every exported folder from a clean copy (folders and git "
                                                        "formats) and record the result in manifest.jsonl and provenance.json."));
    const QCommandLineOption executor(u"executor"_s, Tr::tr("With --verify: run through this executor (default: each campaign's)."),
                                      u"name"_s);
    const QCommandLineOption timeout(u"timeout"_s, Tr::tr("With --verify: minutes per example (default: the campaign's limit)."),
                                     u"minutes"_s);
    p.addOptions({format, out, all, acceptedOnly, campaign, allowLicense, reason, force, verify, executor, timeout});
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    const QString fmt = p.value(format);
    const auto target = exchange::LibraryExport::formatNamed(fmt);
    if (!target || p.value(out).isEmpty())
        throw Error(Tr::tr("export needs --format codescientist|folders|jsonl|git and --out DIR."), Error::Kind::InvalidInput);
    if (p.isSet(all) && p.isSet(acceptedOnly))
        throw Error(Tr::tr("--all and --accepted-only contradict each other."), Error::Kind::InvalidInput);
    if (p.isSet(verify) && !exchange::LibraryExport::writesFolders(*target))
        throw Error(Tr::tr("--verify needs --format folders or git (the formats that write runnable folders)."), Error::Kind::InvalidInput);
    const exchange::ExportVerifier::Options verifyOptions = verifierOptions(p.value(executor), p.value(timeout));

    exchange::LibraryExport::Request request;
    request.format = *target;
    request.outDir = p.value(out);
    request.replace = p.isSet(force);
    request.selection.acceptedOnly = !p.isSet(all);
    request.selection.campaign = p.value(campaign);
    request.selection.allowLicenses = p.values(allowLicense);
    request.selection.overrideReason = p.value(reason);
    const auto exported = exchange::LibraryExport::run(m_context.openWorkspace(), request);
    for (const QString &why : exported.excluded)
        ConsoleOutput::err(Tr::tr("excluded: %1\n").arg(why));

    QJsonObject result{{u"format"_s, fmt}, {u"out"_s, p.value(out)}, {u"excluded"_s, QJsonArray::fromStringList(exported.excluded)}};
    const int written = exported.written;
    if (*target == exchange::ExportTarget::Format::CodeScientist) {
        result.insert(u"names"_s, QJsonArray::fromStringList(exported.names));
        result.insert(u"index_bytes"_s, exported.indexBytes);
        result.insert(u"index_tokens_estimate"_s, exported.indexBytes / 4);
    } else if (*target == exchange::ExportTarget::Format::Git) {
        result.insert(u"commits"_s, exported.commits);
    }
    result.insert(u"written"_s, written);
    if (!m_context.json)
        ConsoleOutput::out(Tr::tr("%1 examples exported to %2 (%3); %4 excluded\n")
                               .arg(written)
                               .arg(p.value(out), fmt)
                               .arg(exported.excluded.size()));
    int rc = 0;
    if (p.isSet(verify) && written > 0)
        rc = verifyInto(p.value(out), verifyOptions, result);
    if (m_context.json)
        ConsoleOutput::json(result);
    return rc;
}

exchange::ExportVerifier::Options ExchangeCommands::verifierOptions(const QString &executor, const QString &minutes)
{
    exchange::ExportVerifier::Options options;
    options.executor = executor;
    if (!minutes.isEmpty()) {
        bool ok = false;
        const double m = minutes.toDouble(&ok);
        if (!ok || m <= 0)
            throw Error(Tr::tr("--timeout needs a positive number of minutes, not '%1'.").arg(minutes), Error::Kind::InvalidInput);
        options.timeoutSeconds = std::max(1, int(m * 60));
    }
    return options;
}

int ExchangeCommands::verifyInto(const QString &dir, const exchange::ExportVerifier::Options &options, QJsonObject &result)
{
    exchange::ExportVerifier verifier(m_context.openWorkspace(), dir, options);
    QList<exchange::ExportVerifier::Result> results;
    QString error;
    QEventLoop loop;
    QObject::connect(&verifier, &exchange::ExportVerifier::progress, &loop, [](int done, int total, const QString &folder) {
        ConsoleOutput::err(Tr::tr("verifying %1/%2: %3\n").arg(done + 1).arg(total).arg(folder));
    });
    QObject::connect(&verifier, &exchange::ExportVerifier::verified, &loop, [this](const exchange::ExportVerifier::Result &r) {
        if (m_context.json)
            return;
        QString line = u"%1: %2"_s.arg(r.folder, r.outcomeText());
        if (r.outcome == exchange::ExportVerifier::Result::Outcome::Ran)
            line += r.missingFiles.isEmpty() ? Tr::tr(", produced the expected output (%n file(s))", nullptr, int(r.expectedFiles.size()))
                                             : Tr::tr(", did not produce %1").arg(r.missingFiles.join(u", "_s));
        else if (!r.lastErrorLine.isEmpty())
            line += u" — "_s + r.lastErrorLine;
        else if (!r.message.isEmpty())
            line += u" — "_s + r.message;
        ConsoleOutput::out(line + u'\n');
    });
    QObject::connect(&verifier, &exchange::ExportVerifier::finished, &loop,
                     [&](const QList<exchange::ExportVerifier::Result> &r, const QString &e) {
                         results = r;
                         error = e;
                         loop.quit();
                     });
    verifier.start();
    loop.exec();
    QJsonArray out;
    int good = 0;
    for (const auto &r : std::as_const(results)) {
        out.append(r.toJson());
        good += r.producedExpected() ? 1 : 0;
    }
    result.insert(u"verification"_s, out);
    if (!error.isEmpty()) {
        result.insert(u"verification_error"_s, error);
        ConsoleOutput::err(error + u'\n');
    }
    if (!m_context.json)
        ConsoleOutput::out(Tr::tr("%1 of %2 examples ran and produced their expected output\n").arg(good).arg(results.size()));
    return error.isEmpty() && good == results.size() ? 0 : 1;
}

int ExchangeCommands::verifyExport(const QStringList &args)
{
    CommandParser cp(Tr::tr("Re-run every example folder of an export (folders or git format) from a clean copy, through an "
                            "executor, with the repository at its pinned commit from this workspace; report per example "
                            "whether main.py ran and produced the files of expected_output/ again, and record it in "
                            "manifest.jsonl and provenance.json. Exit status 1 when any example failed."));
    auto &p = cp.parser();
    p.addPositionalArgument(u"DIR"_s, Tr::tr("The export folder."));
    const QCommandLineOption executor(u"executor"_s, Tr::tr("Run through this executor (default: each campaign's)."), u"name"_s);
    const QCommandLineOption timeout(u"timeout"_s, Tr::tr("Minutes per example (default: the campaign's limit)."), u"minutes"_s);
    p.addOptions({executor, timeout});
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    const QString dir = p.positionalArguments().constFirst();
    QJsonObject result{{u"out"_s, dir}};
    const int rc = verifyInto(dir, verifierOptions(p.value(executor), p.value(timeout)), result);
    if (m_context.json)
        ConsoleOutput::json(result);
    return rc;
}

int ExchangeCommands::importCodeDistiller(const QStringList &args)
{
    CommandParser cp(Tr::tr("Import runs of the original CodeDistiller: run folders (with current_state.json) or the "
                            "folders that hold them. Importing twice changes nothing; broken folders are reported.\n"
                            "Run folders are read as untrusted: a DIR named here is followed if it is a symbolic link "
                            "(you chose it), but nothing below it may be one. Links, FIFOs, devices, files over the "
                            "size limits and paths in current_state.json that lead outside the run folder (path_out "
                            "with '..') are refused and listed; the rest is imported."));
    cp.parser().addPositionalArgument(u"DIR"_s, Tr::tr("Run folders or output folders."), u"DIR..."_s);
    if (const int rc = cp.parse(args, m_context, 1, -1); rc >= 0)
        return rc;
    const auto result = exchange::CodeDistillerImporter::import(m_context.openWorkspace(), cp.parser().positionalArguments());
    for (const QString &problem : result.problems)
        ConsoleOutput::err(Tr::tr("problem: %1\n").arg(problem));
    for (const QString &refused : result.refused)
        ConsoleOutput::err(Tr::tr("refused: %1\n").arg(refused));
    if (m_context.json)
        ConsoleOutput::json(QJsonObject{{u"imported"_s, result.imported},
                                        {u"skipped"_s, result.skipped},
                                        {u"problems"_s, QJsonArray::fromStringList(result.problems)},
                                        {u"refused"_s, QJsonArray::fromStringList(result.refused)}});
    else
        ConsoleOutput::out(Tr::tr("%1 runs imported, %2 already there, %3 problems, %4 files refused\n")
                               .arg(result.imported)
                               .arg(result.skipped)
                               .arg(result.problems.size())
                               .arg(result.refused.size()));
    return result.imported == 0 && result.skipped == 0 && !result.problems.isEmpty() ? 1 : 0;
}

} // namespace wb::cli
