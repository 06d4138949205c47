// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "adjudicationcommands.h"
#include "agentpreviewcommand.h"
#include "commandparser.h"
#include "comparisoncommands.h"
#include "consoleoutput.h"
#include "llmcommands.h"
#include "exchangecommands.h"
#include "pipelinecommands.h"
#include "protocolcommands.h"
#include "searchcommands.h"
#include "reviewcommands.h"
#include "slurmcommands.h"
#include "workspacecommands.h"
#include "repo/licensedetector.h"
#include "repo/repositoryingestor.h"
#include "repo/sourcespec.h"
#include "store/repositorystore.h"
#include "store/schema.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::CliApplication)
};

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

QJsonObject toJson(const store::RepositoryRecord &r)
{
    return QJsonObject{{u"id"_s, r.id},
                       {u"name"_s, r.name},
                       {u"url"_s, r.url},
                       {u"source"_s, r.source},
                       {u"commit"_s, r.commitSha},
                       {u"default_branch"_s, r.defaultBranch.isEmpty() ? QJsonValue() : QJsonValue(r.defaultBranch)},
                       {u"commit_time"_s, r.commitTime.isValid() ? QJsonValue(r.commitTime.toString(Qt::ISODate)) : QJsonValue()},
                       {u"license"_s, r.licenseSpdx.isEmpty() ? QJsonValue() : QJsonValue(r.licenseSpdx)},
                       {u"license_source"_s, r.licenseSource.isEmpty() ? QJsonValue() : QJsonValue(r.licenseSource)},
                       {u"files"_s, r.fileCount},
                       {u"size_bytes"_s, r.sizeBytes},
                       {u"local_path"_s, r.localPath}};
}

QJsonObject toJson(const store::FileRecord &f)
{
    QJsonObject o{{u"path"_s, f.path},
                  {u"kind"_s, store::toString(f.kind)},
                  {u"category"_s, store::toString(f.category)},
                  {u"prior"_s, f.prior},
                  {u"prior_score"_s, f.priorScore},
                  {u"prior_reason"_s, f.priorReason},
                  {u"readme_named"_s, f.readmeNamed},
                  {u"language"_s, f.language.isEmpty() ? QJsonValue() : QJsonValue(f.language)},
                  {u"size_bytes"_s, f.sizeBytes},
                  {u"lines"_s, f.lineCount ? QJsonValue(*f.lineCount) : QJsonValue()},
                  {u"binary"_s, f.isBinary},
                  {u"lfs_pointer"_s, f.isLfsPointer},
                  {u"executable"_s, f.isExecutable},
                  {u"content_skipped"_s, f.contentSkipped},
                  {u"object"_s, f.objectSha}};
    if (f.kind == store::FileKind::Symlink)
        o.insert(u"symlink_target"_s, f.symlinkTarget);
    if (!f.pathBytes.isEmpty())
        o.insert(u"path_bytes_hex"_s, QString::fromLatin1(f.pathBytes.toHex()));
    return o;
}

QString flagsOf(const store::FileRecord &f)
{
    QStringList flags;
    if (f.kind == store::FileKind::Symlink) flags << u"symlink"_s;
    if (f.kind == store::FileKind::Submodule) flags << u"submodule"_s;
    if (f.isBinary) flags << u"binary"_s;
    if (f.isLfsPointer) flags << u"lfs"_s;
    if (f.contentSkipped) flags << u"large"_s;
    if (f.isExecutable) flags << u"exec"_s;
    return flags.join(u',');
}
} // namespace

CliApplication::CliApplication(QStringList arguments)
    : m_arguments(std::move(arguments))
{
}

int CliApplication::printUsage(bool toStderr)
{
    const QString text = Tr::tr(
        "Usage: codedistiller [--workspace PATH|URI] [--json] COMMAND [options]\n"
        "\n"
        "Distil runnable examples from scientific repositories, headless.\n"
        "\n"
        "Commands:\n"
        "  init [PATH]        create or open a workspace and migrate it to the current schema\n"
        "  add SOURCE...      clone or fetch repositories and take their file inventories\n"
        "                     (URLs, local paths, owner/name, list files: text or batch JSON)\n"
        "  repos              list the workspace's repositories\n"
        "  files REPO         a repository's inventory, most relevant first\n"
        "  run [REPO...]      distil examples: a campaign over repositories (--provider, --model; --resume NAME)\n"
        "  status             campaigns and the state of their examples\n"
        "  show EXAMPLE       one example's rounds, verdicts, logs and artifacts\n"
        "  cancel TARGET      cancel a campaign (name) or an example (id), also while it runs elsewhere\n"
        "  fix EXAMPLE        an expert fix: --from DIR --annotator NAME stores the files as a human round and runs it\n"
        "                     (--judge, --no-run, --run-only)\n"
        "  demo               add the sample repository and run the demo campaign from recorded responses\n"
        "  judge EXAMPLE      record your judgement (--annotator, --ran, --shows-function, --correct, --decision)\n"
        "  agreement          Cohen's/Fleiss' kappa and Krippendorff's alpha: judge vs annotators, annotators\n"
        "  annotate EXAMPLE   comment on a line (--round N --file main.py|requirements.txt|run.sh|metadata.json|log\n"
        "                     --line N --text TEXT --annotator NAME)\n"
        "  annotations EXAMPLE  an example's line comments\n"
        "  adjudicate [EXAMPLE]  the disagreements to adjudicate (--campaign); with EXAMPLE record a gold value\n"
        "                     (--criterion C --value V --reason TEXT --adjudicator NAME)\n"
        "  report             the paper's Table 1 per campaign and the error classes (--format md|csv|json,\n"
        "                     --error-classes)\n"
        "  error-class EXAMPLE  correct the judge's error class of a round (--round N --class C --annotator NAME\n"
        "                     [--reason TEXT]; --history)\n"
        "  matrix             repositories × campaigns: judge's verdict, human decision, disagreements\n"
        "                     (--campaign NAME ..., --disagreements, --annotator NAME for blind mode)\n"
        "  pairwise-summary   blind A/B comparisons: wins, ties, losses and win rate per campaign pair\n"
        "  search QUERY...    ranked full-text search of the examples (--limit N, --accepted-only, --rebuild);\n"
        "                     search --coverage: repositories without an accepted example, vague summaries, duplicates\n"
        "  export             the vetted library: --format codescientist|folders|jsonl|git --out DIR [--verify]\n"
        "  verify-export DIR  re-run an exported library's folders and record whether they still run\n"
        "  import-codedistiller DIR...  runs of the original CodeDistiller (current_state.json folders)\n"
        "  agent-preview IDEA what CodeScientist would do with today's export: the index's size, its fit per model;\n"
        "                     with --model PROVIDER/MODEL the codeblocks its planner picks for IDEA\n"
        "  workspace info|copy|verify|password|bundle|merge-reviews\n"
        "                     where the workspace lives; copy it between SQLite and PostgreSQL (--to PATH|URI),\n"
        "                     compare two workspaces, save a PostgreSQL password in the secret store; a review\n"
        "                     bundle for a colleague (bundle --to FILE.cdw) and their reviews back (merge-reviews)\n"
        "  slurm settings|set|unset|check|jobs\n"
        "                     the team's Slurm settings (partition, account, modules, shared folder...), whether\n"
        "                     Slurm answers, the rounds running as Slurm jobs\n"
        "  protocol list|show NAME|diff A B\n"
        "                     the distillation protocols (prompts, model settings, limits) and how they differ\n"
        "  llm ping|calls|models|export-cassette\n"
        "                     talk to a model once, list recorded calls, show the price catalogue\n"
        "\n"
        "Global options:\n"
        "  -w, --workspace PATH   workspace file, or a team workspace in PostgreSQL:\n"
        "                         postgresql://user@host:port/database[?sslmode=verify-full&sslrootcert=FILE]\n"
        "                         (default: $CODEDISTILLER_WORKSPACE, else %1)\n"
        "  --json                 machine-readable JSON on stdout\n"
        "  -h, --help             this help; 'codedistiller COMMAND --help' for a command\n"
        "  -v, --version          the version\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 usage error.\n")
                             .arg(store::Workspace::defaultPath());
    if (toStderr)
        ConsoleOutput::err(text);
    else
        ConsoleOutput::out(text);
    return toStderr ? UsageError : Success;
}

int CliApplication::exec()
{
    // Global options come before the command; everything after it belongs to the command.
    QStringList rest = m_arguments.mid(1);
    m_context.workspacePath = qEnvironmentVariable("CODEDISTILLER_WORKSPACE");
    while (!rest.isEmpty() && rest.first().startsWith(u'-')) {
        const QString opt = rest.takeFirst();
        if (opt == u"-h"_s || opt == u"--help"_s)
            return printUsage(false);
        if (opt == u"-v"_s || opt == u"--version"_s) {
            ConsoleOutput::out(u"codedistiller " WB_VERSION "\n"_s);
            return Success;
        }
        if (opt == u"--json"_s) {
            m_context.json = true;
        } else if (opt == u"-w"_s || opt == u"--workspace"_s) {
            if (rest.isEmpty()) {
                ConsoleOutput::err(Tr::tr("codedistiller: %1 needs a path\n").arg(opt));
                return UsageError;
            }
            m_context.workspacePath = rest.takeFirst();
        } else if (opt.startsWith(u"--workspace="_s)) {
            m_context.workspacePath = opt.mid(12);
        } else {
            ConsoleOutput::err(Tr::tr("codedistiller: unknown option '%1'\n").arg(opt));
            return printUsage(true);
        }
    }
    if (rest.isEmpty())
        return printUsage(true);
    const QString command = rest.takeFirst();
    const QStringList args = QStringList{u"codedistiller "_s + command} + rest;
    try {
        if (command == u"init"_s)
            return runInit(args);
        if (command == u"add"_s)
            return runAdd(args);
        if (command == u"repos"_s)
            return runRepos(args);
        if (command == u"files"_s)
            return runFiles(args);
        if (command == u"llm"_s)
            return LlmCommands(m_context).run(args);
        if (command == u"run"_s)
            return PipelineCommands(m_context).run(args);
        if (command == u"status"_s)
            return PipelineCommands(m_context).status(args);
        if (command == u"show"_s)
            return PipelineCommands(m_context).show(args);
        if (command == u"fix"_s)
            return PipelineCommands(m_context).fix(args);
        if (command == u"cancel"_s)
            return PipelineCommands(m_context).cancel(args);
        if (command == u"demo"_s)
            return PipelineCommands(m_context).demo(args);
        if (command == u"judge"_s)
            return ReviewCommands(m_context).judge(args);
        if (command == u"agreement"_s)
            return ReviewCommands(m_context).agreement(args);
        if (command == u"report"_s)
            return ReviewCommands(m_context).report(args);
        if (command == u"error-class"_s)
            return ReviewCommands(m_context).errorClass(args);
        if (command == u"annotate"_s)
            return AdjudicationCommands(m_context).annotate(args);
        if (command == u"annotations"_s)
            return AdjudicationCommands(m_context).annotations(args);
        if (command == u"adjudicate"_s)
            return AdjudicationCommands(m_context).adjudicate(args);
        if (command == u"search"_s)
            return SearchCommands(m_context).search(args);
        if (command == u"export"_s)
            return ExchangeCommands(m_context).exportLibrary(args);
        if (command == u"verify-export"_s)
            return ExchangeCommands(m_context).verifyExport(args);
        if (command == u"import-codedistiller"_s)
            return ExchangeCommands(m_context).importCodeDistiller(args);
        if (command == u"agent-preview"_s)
            return AgentPreviewCommand(m_context).run(args);
        if (command == u"matrix"_s)
            return ComparisonCommands(m_context).matrix(args);
        if (command == u"pairwise-summary"_s)
            return ComparisonCommands(m_context).pairwiseSummary(args);
        if (command == u"workspace"_s)
            return WorkspaceCommands(m_context).run(args);
        if (command == u"slurm"_s)
            return SlurmCommands(m_context).run(args);
        if (command == u"protocol"_s)
            return ProtocolCommands(m_context).run(args);
        if (command == u"help"_s)
            return printUsage(false);
    } catch (const Error &e) {
        ConsoleOutput::err(u"codedistiller: "_s + e.message() + u'\n');
        return e.kind() == Error::Kind::InvalidInput ? UsageError : Failure;
    } catch (const std::exception &e) {
        ConsoleOutput::err(Tr::tr("codedistiller: unexpected error: %1\n").arg(QString::fromUtf8(e.what())));
        return Failure;
    }
    ConsoleOutput::err(Tr::tr("codedistiller: unknown command '%1'\n\n").arg(command));
    return printUsage(true);
}

int CliApplication::runInit(const QStringList &args)
{
    CommandParser cp(Tr::tr("Create a workspace (or open an existing one and migrate it to the current schema)."));
    cp.parser().addPositionalArgument(u"PATH"_s, Tr::tr("Workspace file or folder (default: the --workspace path)."),
                                    u"[PATH]"_s);
    if (const int rc = cp.parse(args, m_context, 0, 1); rc >= 0)
        return rc;
    if (!cp.parser().positionalArguments().isEmpty())
        m_context.workspacePath = cp.parser().positionalArguments().first();
    const auto ws = m_context.openWorkspace();
    if (m_context.json) {
        ConsoleOutput::json(QJsonObject{{u"path"_s, ws->path()},
                                        {u"cache"_s, ws->cachePath()},
                                        {u"schema_version"_s, ws->schemaVersion()}});
    } else {
        ConsoleOutput::out(Tr::tr("Workspace %1 (schema %2), clones in %3\n")
                               .arg(ws->path())
                               .arg(ws->schemaVersion())
                               .arg(ws->cachePath()));
    }
    return Success;
}

int CliApplication::runAdd(const QStringList &args)
{
    CommandParser cp(Tr::tr("Clone (or fetch) repositories into the workspace and take their file inventories."));
    cp.parser().addPositionalArgument(u"SOURCE"_s,
                                    Tr::tr("https/ssh/git/file URL, local path, owner/name, or a list file "
                                           "(one source per line, or CodeDistiller batch JSON)."),
                                    u"SOURCE..."_s);
    if (const int rc = cp.parse(args, m_context, 1, -1); rc >= 0)
        return rc;

    const QStringList sources = repo::SourceSpec::expand(cp.parser().positionalArguments());
    // Validate every source before touching the network: a typo fails fast and costs nothing.
    QList<repo::SourceSpec> specs;
    for (const QString &s : sources)
        specs << repo::SourceSpec::parse(s);

    const auto ws = m_context.openWorkspace();
    const repo::RepositoryIngestor ingestor(ws);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    QJsonArray added;
    QJsonArray failed;
    ConsoleOutput::Progress progressLine;
    for (const repo::SourceSpec &spec : std::as_const(specs)) {
        if (g_interrupted)
            break;
        try {
            const auto record = ingestor.ingest(spec, &g_interrupted, [&](const repo::TransferProgress &p) {
                progressLine.update(spec.name + u": "_s + p.describe());
            });
            progressLine.clear();
            added.append(toJson(record));
            if (!m_context.json) {
                ConsoleOutput::out(u"%1\t%2\t%3\t%4 files\t%5\n"_s.arg(record.id)
                                       .arg(record.name, record.commitSha)
                                       .arg(record.fileCount)
                                       .arg(record.licenseSpdx.isEmpty() ? u"unknown licence"_s : record.licenseSpdx));
            }
        } catch (const Error &e) {
            progressLine.clear();
            if (e.kind() == Error::Kind::Cancelled)
                g_interrupted = true;
            failed.append(QJsonObject{{u"source"_s, spec.input}, {u"error"_s, e.message()}});
            ConsoleOutput::err(u"codedistiller: %1: %2\n"_s.arg(spec.input, e.message()));
        }
    }
    if (m_context.json)
        ConsoleOutput::json(QJsonObject{{u"added"_s, added}, {u"failed"_s, failed}});
    if (g_interrupted)
        ConsoleOutput::err(Tr::tr("codedistiller: interrupted; nothing half-written was kept\n"));
    return failed.isEmpty() && !g_interrupted ? Success : Failure;
}

int CliApplication::runRepos(const QStringList &args)
{
    CommandParser cp(Tr::tr("List the repositories of the workspace."));
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    const auto ws = m_context.openWorkspace();
    const auto repos = store::RepositoryStore(ws).repositories();
    if (m_context.json) {
        QJsonArray array;
        for (const auto &r : repos)
            array.append(toJson(r));
        ConsoleOutput::json(array);
        return Success;
    }
    QList<QStringList> rows{{u"ID"_s, u"NAME"_s, u"COMMIT"_s, u"FILES"_s, u"SIZE"_s, u"LICENCE"_s, u"BRANCH"_s}};
    for (const auto &r : repos) {
        rows.append({QString::number(r.id), r.name, r.commitSha.left(12), QString::number(r.fileCount),
                     QLocale::c().formattedDataSize(r.sizeBytes, 1, QLocale::DataSizeTraditionalFormat),
                     r.licenseSpdx.isEmpty() ? u"-"_s : r.licenseSpdx, r.defaultBranch});
    }
    ConsoleOutput::table(rows);
    return Success;
}

int CliApplication::runFiles(const QStringList &args)
{
    CommandParser cp(Tr::tr("Show a repository's file inventory, most relevant first."));
    cp.parser().addPositionalArgument(u"REPO"_s, Tr::tr("Repository id, name (owner/name) or URL."));
    const QCommandLineOption categoryOption(u"category"_s, Tr::tr("Only files of this category (code, docs, script, notebook, data, other)."),
                                            Tr::tr("category"));
    const QCommandLineOption minPriorOption(u"min-prior"_s, Tr::tr("Only files with a prior of at least N."), u"N"_s);
    cp.parser().addOption(categoryOption);
    cp.parser().addOption(minPriorOption);
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    static const QStringList categories{u"code"_s, u"docs"_s, u"script"_s, u"notebook"_s, u"data"_s, u"other"_s};
    const QString category = cp.parser().value(categoryOption);
    if (!category.isEmpty() && !categories.contains(category)) {
        ConsoleOutput::err(Tr::tr("codedistiller: unknown category '%1' (one of: %2)\n").arg(category, categories.join(u", "_s)));
        return UsageError;
    }
    int minPrior = 1;
    if (cp.parser().isSet(minPriorOption)) {
        bool ok = false;
        minPrior = cp.parser().value(minPriorOption).toInt(&ok);
        if (!ok || minPrior < 1 || minPrior > 5) {
            ConsoleOutput::err(Tr::tr("codedistiller: --min-prior takes a number from 1 to 5\n"));
            return UsageError;
        }
    }

    const auto ws = m_context.openWorkspace();
    const store::RepositoryStore repositories(ws);
    const auto repoRecord = repositories.resolve(cp.parser().positionalArguments().first());
    QList<store::FileRecord> files = repositories.files(repoRecord.id);
    files.removeIf([&](const store::FileRecord &f) {
        return f.prior < minPrior || (!category.isEmpty() && store::toString(f.category) != category);
    });
    if (m_context.json) {
        QJsonArray array;
        for (const auto &f : std::as_const(files))
            array.append(toJson(f));
        ConsoleOutput::json(QJsonObject{{u"repository"_s, toJson(repoRecord)}, {u"files"_s, array}});
        return Success;
    }
    QList<QStringList> rows{{u"PRIOR"_s, u"CATEGORY"_s, u"LANGUAGE"_s, u"LINES"_s, u"SIZE"_s, u"FLAGS"_s, u"PATH"_s}};
    for (const auto &f : std::as_const(files)) {
        rows.append({QString::number(f.prior), store::toString(f.category), f.language.isEmpty() ? u"-"_s : f.language,
                     f.lineCount ? QString::number(*f.lineCount) : u"-"_s, QString::number(f.sizeBytes),
                     flagsOf(f).isEmpty() ? u"-"_s : flagsOf(f),
                     f.kind == store::FileKind::Symlink ? f.path + u" -> "_s + f.symlinkTarget : f.path});
    }
    ConsoleOutput::table(rows);
    return Success;
}

} // namespace wb::cli
