// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schema.h"

#include "store/sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::Schema)
};

struct Migration
{
    QString baseFile;
    QString name;
};

// Version -> script, from the resource folder; the numbering must have no gaps.
const std::map<int, Migration> &migrations()
{
    static const std::map<int, Migration> all = [] {
        std::map<int, Migration> result;
        const QDir dir(u":/wb/store/schema"_s);
        const auto entries = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        for (const QString &file : entries) {
            const QStringList parts = file.split(u'.');
            if (parts.size() != 2) // dialect-specific companions are looked up per migration
                continue;
            const int version = file.left(4).toInt();
            result.emplace(version, Migration{dir.filePath(file), parts.first()});
        }
        return result;
    }();
    return all;
}

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void ensureMetaTable(QSqlDatabase &db)
{
    exec(db, u"CREATE TABLE IF NOT EXISTS schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
}
} // namespace

int Schema::latestVersion()
{
    return migrations().empty() ? 0 : migrations().rbegin()->first;
}

int Schema::version(const QSqlDatabase &db)
{
    if (!db.tables().contains(u"schema_meta"_s))
        return 0;
    QSqlQuery q = exec(db, u"SELECT value FROM schema_meta WHERE key = 'version'"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

void Schema::migrate(QSqlDatabase &db, SqlDialect dialect, int targetVersion)
{
    const int latest = latestVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    const int current = version(db);
    if (current > latest) {
        throw Error(Tr::tr("This workspace uses schema version %1, but this build of CodeDistiller "
                           "Workbench only knows versions up to %2. Update the workbench to open it; "
                           "the workspace was not changed.")
                        .arg(current)
                        .arg(latest),
                    Error::Kind::Schema);
    }
    for (int v = current + 1; v <= targetVersion; ++v) {
        const auto it = migrations().find(v);
        if (it == migrations().end())
            throw Error(Tr::tr("Schema migration %1 is missing from this build.").arg(v), Error::Kind::Schema);
        QString script = readResource(it->second.baseFile);
        const QString companion = u":/wb/store/schema/%1.%2.sql"_s.arg(it->second.name, dialectName(dialect));
        if (QFile::exists(companion))
            script += u'\n' + readResource(companion);
        script = applyDialect(script, dialect);

        // Several processes may open a new or older workspace at once: take the write lock first, then
        // look again whether another one has applied this migration meanwhile.
        Transaction tx(db);
        if (dialect == SqlDialect::Postgres)
            exec(db, u"SELECT pg_advisory_xact_lock(7262150015)"_s);
        if (version(db) >= v)
            continue;
        ensureMetaTable(db);
        for (const QString &statement : splitSqlStatements(script)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                throw Error(Tr::tr("Schema migration %1 (%2) failed: %3")
                                .arg(v)
                                .arg(it->second.name, q.lastError().text()),
                            Error::Kind::Schema);
            }
        }
        exec(db, u"DELETE FROM schema_meta WHERE key = 'version'"_s);
        exec(db, u"INSERT INTO schema_meta (key, value) VALUES ('version', :v)"_s, {{u":v"_s, QString::number(v)}});
        tx.commit();
    }
}

} // namespace wb::store
