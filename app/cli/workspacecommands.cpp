// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecommands.h"

#include "commandparser.h"
#include "commandgroup.h"
#include "consoleoutput.h"
#include "exchange/reviewbundle.h"
#include "store/workspace.h"
#include "store/workspacecopier.h"
#include "store/workspacelocation.h"
#include "util/error.h"
#include "util/secretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::WorkspaceCommands)
};

QString usage()
{
    return Tr::tr("Usage: codedistiller [--workspace PATH|URI] workspace info | copy --to PATH|URI | verify PATH|URI | "
                  "password [--forget] URI | bundle --to FILE.cdw | merge-reviews BUNDLE.cdw\n");
}

std::shared_ptr<store::Workspace> openOther(const QString &where)
{
    store::WorkspaceLocation location = store::WorkspaceLocation::parse(where);
    location.fillPasswordFromSecretStore();
    return store::Workspace::open(location);
}

QJsonObject digestJson(const QMap<QString, QByteArray> &digest)
{
    QJsonObject o;
    for (auto it = digest.cbegin(); it != digest.cend(); ++it)
        o.insert(it.key(), QString::fromLatin1(it.value()));
    return o;
}
} // namespace

WorkspaceCommands::WorkspaceCommands(CliContext &context)
    : m_context(context)
{
}

int WorkspaceCommands::run(const QStringList &args)
{
    return CommandGroup(u"workspace"_s, usage())
        .add(u"info"_s, [this](const QStringList &rest) { return info(rest); })
        .add(u"copy"_s, [this](const QStringList &rest) { return copy(rest); })
        .add(u"verify"_s, [this](const QStringList &rest) { return verify(rest); })
        .add(u"password"_s, [this](const QStringList &rest) { return password(rest); })
        .add(u"bundle"_s, [this](const QStringList &rest) { return bundle(rest); })
        .add(u"merge-reviews"_s, [this](const QStringList &rest) { return mergeReviews(rest); })
        .run(args);
}

int WorkspaceCommands::info(const QStringList &args)
{
    CommandParser cp(Tr::tr("Where the workspace lives, its engine and schema version."));
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    const auto ws = m_context.openWorkspace();
    const QString engine = ws->dialect() == store::SqlDialect::Postgres ? u"postgresql"_s : u"sqlite"_s;
    if (m_context.json) {
        ConsoleOutput::json(QJsonObject{{u"location"_s, ws->path()},
                                        {u"engine"_s, engine},
                                        {u"schema_version"_s, ws->schemaVersion()},
                                        {u"cache"_s, ws->cachePath()}});
    } else {
        ConsoleOutput::out(Tr::tr("%1\n  engine %2, schema version %3\n  cache %4\n")
                               .arg(ws->path(), engine)
                               .arg(ws->schemaVersion())
                               .arg(ws->cachePath()));
    }
    return 0;
}

int WorkspaceCommands::copy(const QStringList &args)
{
    CommandParser cp(Tr::tr("Copy every row of the workspace (--workspace) into a new, empty workspace: an SQLite "
                            "file or a PostgreSQL database (postgresql://user@host:port/db). Ids, histories and "
                            "blobs are kept; the copy is checked table by table afterwards."));
    const QCommandLineOption to(u"to"_s, Tr::tr("The destination: a new workspace file or an empty PostgreSQL database."),
                                u"path|uri"_s);
    cp.parser().addOption(to);
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    if (cp.parser().value(to).isEmpty())
        throw Error(Tr::tr("copy needs --to PATH|URI."), Error::Kind::InvalidInput);
    const auto source = m_context.openWorkspace();
    const auto destination = openOther(cp.parser().value(to));
    if (destination->path() == source->path())
        throw Error(Tr::tr("The source and the destination are the same workspace."), Error::Kind::InvalidInput);

    QElapsedTimer clock;
    clock.start();
    store::WorkspaceCopier copier(source, destination);
    QString lastTable;
    copier.setProgress([&](const QString &table, qint64 done, qint64 total) {
        if (m_context.json)
            return;
        if (table != lastTable && !lastTable.isEmpty())
            ConsoleOutput::err(u"\n"_s);
        lastTable = table;
        ConsoleOutput::err(u"\r%1 %2/%3"_s.arg(table).arg(done).arg(total));
    });
    const auto report = copier.run();
    if (!lastTable.isEmpty() && !m_context.json)
        ConsoleOutput::err(u"\n"_s);

    // Check: the same digest per table on both sides (log lines that held NUL are the known exception).
    const auto before = store::WorkspaceCopier::digest(*source);
    const auto after = store::WorkspaceCopier::digest(*destination);
    QStringList differing;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (after.value(it.key()) != it.value() && !(it.key() == u"round_logs"_s && report.nulCharactersReplaced > 0))
            differing << it.key();

    qint64 rows = 0;
    QJsonObject perTable;
    for (auto it = report.rows.cbegin(); it != report.rows.cend(); ++it) {
        rows += it.value();
        perTable.insert(it.key(), it.value());
    }
    if (m_context.json) {
        ConsoleOutput::json(QJsonObject{{u"from"_s, source->path()},
                                        {u"to"_s, destination->path()},
                                        {u"rows"_s, perTable},
                                        {u"nul_characters_replaced"_s, report.nulCharactersReplaced},
                                        {u"seconds"_s, clock.elapsed() / 1000.0},
                                        {u"verified"_s, differing.isEmpty()}});
    } else {
        ConsoleOutput::out(Tr::tr("%1 rows in %2 tables copied to %3 in %4 s.\n")
                               .arg(rows)
                               .arg(report.rows.size())
                               .arg(destination->path())
                               .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
        if (report.nulCharactersReplaced > 0)
            ConsoleOutput::out(Tr::tr("%1 NUL characters in log lines were written as U+2400, which PostgreSQL can store.\n")
                                   .arg(report.nulCharactersReplaced));
        if (differing.isEmpty())
            ConsoleOutput::out(Tr::tr("Verified: every table has the same content in both workspaces.\n"));
    }
    if (!differing.isEmpty()) {
        ConsoleOutput::err(Tr::tr("codedistiller: the copy differs from the source in: %1\n").arg(differing.join(u", "_s)));
        return 1;
    }
    return 0;
}

int WorkspaceCommands::bundle(const QStringList &args)
{
    CommandParser cp(Tr::tr("Write a review bundle: the whole workspace in one self-contained file (all blobs inside, no "
                            "cache folder) that a colleague opens offline to review; `workspace merge-reviews` brings "
                            "their reviews back."));
    const QCommandLineOption to(u"to"_s, Tr::tr("The bundle to write (a new .cdw file)."), u"path"_s);
    cp.parser().addOption(to);
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    if (cp.parser().value(to).isEmpty())
        throw Error(Tr::tr("bundle needs --to PATH."), Error::Kind::InvalidInput);
    const auto report = exchange::ReviewBundle::write(m_context.openWorkspace(), cp.parser().value(to));
    if (m_context.json)
        ConsoleOutput::json(QJsonObject{{u"bundle"_s, cp.parser().value(to)}, {u"bytes"_s, report.bytes}, {u"rows"_s, report.rows}});
    else
        ConsoleOutput::out(Tr::tr("Review bundle %1 written: %2 rows, %3 MB.\n")
                               .arg(cp.parser().value(to))
                               .arg(report.rows)
                               .arg(double(report.bytes) / 1e6, 0, 'f', 1));
    return 0;
}

int WorkspaceCommands::mergeReviews(const QStringList &args)
{
    CommandParser cp(Tr::tr("Bring the reviews of a review bundle back into the workspace: judgements, line comments, gold "
                            "decisions and blind comparisons made in it. Append-only: nothing is changed or lost, merging "
                            "twice adds nothing; disagreements show in the adjudication queue."));
    cp.parser().addPositionalArgument(u"BUNDLE"_s, Tr::tr("The review bundle (.cdw) a colleague sent back."));
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    const auto report = exchange::ReviewBundle::merge(m_context.openWorkspace(), cp.parser().positionalArguments().constFirst());
    if (m_context.json) {
        ConsoleOutput::json(QJsonObject{{u"judgements"_s, report.judgements},
                                        {u"annotations"_s, report.annotations},
                                        {u"adjudications"_s, report.adjudications},
                                        {u"pairwise"_s, report.pairwise},
                                        {u"already_there"_s, report.alreadyThere},
                                        {u"annotators"_s, QJsonArray::fromStringList(report.annotators)},
                                        {u"conflicts"_s, QJsonArray::fromStringList(report.conflicts)},
                                        {u"skipped"_s, QJsonArray::fromStringList(report.skipped)}});
    } else {
        ConsoleOutput::out(Tr::tr("Merged %1 judgements, %2 line comments, %3 gold decisions and %4 comparisons (%5 were here "
                                  "already) from %6.\n")
                               .arg(report.judgements)
                               .arg(report.annotations)
                               .arg(report.adjudications)
                               .arg(report.pairwise)
                               .arg(report.alreadyThere)
                               .arg(report.annotators.isEmpty() ? Tr::tr("nobody") : report.annotators.join(u", "_s)));
        for (const QString &c : report.conflicts)
            ConsoleOutput::out(Tr::tr("conflict: %1\n").arg(c));
        for (const QString &s : report.skipped)
            ConsoleOutput::err(Tr::tr("skipped: %1\n").arg(s));
    }
    return 0;
}

int WorkspaceCommands::verify(const QStringList &args)
{
    CommandParser cp(Tr::tr("Compare the workspace (--workspace) with another, table by table, whatever engines they use."));
    cp.parser().addPositionalArgument(u"OTHER"_s, Tr::tr("The other workspace: a file or a PostgreSQL URI."));
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    const auto mine = store::WorkspaceCopier::digest(*m_context.openWorkspace());
    const auto theirs = store::WorkspaceCopier::digest(*openOther(cp.parser().positionalArguments().first()));
    QStringList differing;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it)
        if (theirs.value(it.key()) != it.value())
            differing << it.key();
    if (m_context.json)
        ConsoleOutput::json(QJsonObject{{u"identical"_s, differing.isEmpty()}, {u"tables"_s, digestJson(mine)},
                                        {u"differing"_s, QJsonArray::fromStringList(differing)}});
    else if (differing.isEmpty())
        ConsoleOutput::out(Tr::tr("Identical: %1 tables.\n").arg(mine.size()));
    else
        ConsoleOutput::out(Tr::tr("Different tables: %1\n").arg(differing.join(u", "_s)));
    return differing.isEmpty() ? 0 : 1;
}

int WorkspaceCommands::password(const QStringList &args)
{
    CommandParser cp(Tr::tr("Save the password of a PostgreSQL workspace in the desktop's secret store, read from "
                            "standard input (it never goes to settings or the command line). --forget removes it."));
    const QCommandLineOption forget(u"forget"_s, Tr::tr("Remove the saved password."));
    cp.parser().addOption(forget);
    cp.parser().addPositionalArgument(u"URI"_s, Tr::tr("postgresql://user@host:port/database"));
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    const auto location = store::WorkspaceLocation::parse(cp.parser().positionalArguments().first());
    if (!location.isPostgres())
        throw Error(Tr::tr("Only PostgreSQL workspaces have passwords."), Error::Kind::InvalidInput);
    QString error;
    if (cp.parser().isSet(forget)) {
        if (!SecretStore::remove(location.secretKey(), &error))
            throw Error(Tr::tr("Cannot remove the password: %1").arg(error));
        ConsoleOutput::out(Tr::tr("Password for %1 removed.\n").arg(location.uri()));
        return 0;
    }
    QTextStream in(stdin);
    const QString secret = in.readLine();
    if (secret.isEmpty())
        throw Error(Tr::tr("No password on standard input."), Error::Kind::InvalidInput);
    if (!SecretStore::write(location.secretKey(), secret, &error))
        throw Error(Tr::tr("Cannot save the password: %1. Use ~/.pgpass or PGPASSWORD instead.").arg(error));
    ConsoleOutput::out(Tr::tr("Password for %1 saved in the secret store.\n").arg(location.uri()));
    return 0;
}

} // namespace wb::cli
