// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace.h"

#include "store/schema.h"
#include "store/sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <mutex>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::Workspace)
};

// Closes the connections a thread opened when that thread ends (thread_local destructor).
struct ConnectionReaper
{
    QStringList names;
    ~ConnectionReaper()
    {
        for (const QString &name : std::as_const(names)) {
            releaseCachedStatements(name);
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isValid())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ConnectionReaper t_reaper;

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(16);
    return header.isEmpty() || header == QByteArrayView("SQLite format 3\0", 16);
}
// The schema version of an existing file, read through a read-only connection. Throws when the file
// is an SQLite database that is not a workspace.
int probeVersion(const QString &path)
{
    const QString name = u"wb-probe-"_s + QUuid::createUuid().toString(QUuid::Id128);
    int version = 0;
    QStringList foreign;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000"_s);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            try {
                version = Schema::version(db);
            } catch (const Error &e) {
                error = e.message();
            }
            foreign = db.tables();
            foreign.removeAll(u"schema_meta"_s);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        throw Error(Tr::tr("Cannot read the workspace %1: %2").arg(path, error), Error::Kind::Database);
    if (version == 0 && !foreign.isEmpty())
        throw Error(Tr::tr("%1 is an SQLite database but not a CodeDistiller workspace; it was not changed.").arg(path),
                    Error::Kind::Schema);
    return version;
}
} // namespace

QString Workspace::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"codedistiller-workbench/default.cdw"_s);
}

std::shared_ptr<Workspace> Workspace::open(const QString &requested)
{
    if (requested.trimmed().isEmpty())
        throw Error(Tr::tr("No workspace path given."), Error::Kind::InvalidInput);
    QString path = QFileInfo(requested).absoluteFilePath();
    if (QFileInfo(path).isDir())
        path = QDir(path).filePath(u"workspace.cdw"_s);

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    if (info.exists() && !looksLikeSqlite(path)) {
        throw Error(Tr::tr("%1 is not a CodeDistiller workspace (it is not an SQLite database).").arg(path),
                    Error::Kind::Schema);
    }

    std::shared_ptr<Workspace> ws(new Workspace(path));
    // Look before touching: a file that is not ours, or is newer than this build, is refused while
    // opened read-only, so not even its journal mode changes.
    const int before = info.exists() && info.size() > 0 ? probeVersion(path) : 0;
    if (before > Schema::latestVersion()) {
        throw Error(Tr::tr("This workspace uses schema version %1, but this build of CodeDistiller "
                           "Workbench only knows versions up to %2. Update the workbench to open it; "
                           "the workspace was not changed.")
                        .arg(before)
                        .arg(Schema::latestVersion()),
                    Error::Kind::Schema);
    }

    if (!QDir().mkpath(ws->m_cachePath))
        throw Error(Tr::tr("Cannot create the cache folder %1.").arg(ws->m_cachePath));

    QSqlDatabase db = ws->database();
    {
        QSqlQuery mode = exec(db, u"PRAGMA journal_mode = WAL"_s);
        const QString journal = mode.next() ? mode.value(0).toString() : QString();
        if (journal.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            throw Error(Tr::tr("The workspace %1 cannot use write-ahead logging (journal mode %2).").arg(path, journal),
                        Error::Kind::Database);
    }
    if (before > 0 && before < Schema::latestVersion()) {
        const QString backup = u"%1.v%2.bak"_s.arg(path).arg(before);
        QFile::remove(backup);
        exec(db, u"VACUUM INTO :file"_s, {{u":file"_s, backup}});
    }
    Schema::migrate(db, ws->dialect());
    if (before == 0)
        ws->setSetting(u"created_by"_s, u"CodeDistiller Workbench " WB_VERSION ""_s);
    return ws;
}

Workspace::Workspace(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(u"wb-"_s + QUuid::createUuid().toString(QUuid::Id128) + u'-')
{
    const QFileInfo info(m_path);
    m_cachePath = info.absoluteDir().filePath(info.completeBaseName() + u".cache"_s);
}

Workspace::~Workspace()
{
    // Only the calling thread's connection can be closed here; other threads close theirs on exit.
    const QString name = connectionName();
    releaseCachedStatements(name);
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        t_reaper.names.removeAll(name);
    }
}

QString Workspace::connectionName() const
{
    return m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
}

QSqlDatabase Workspace::database() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!db.isValid())
        throw Error(Tr::tr("The Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite."),
                    Error::Kind::Database);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(Tr::tr("Cannot open the workspace %1: %2").arg(m_path, error), Error::Kind::Database);
    }
    t_reaper.names << name;
    exec(db, u"PRAGMA foreign_keys = ON"_s);
    exec(db, u"PRAGMA synchronous = NORMAL"_s);
    return db;
}

int Workspace::schemaVersion() const
{
    return Schema::version(database());
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q = exec(database(), u"SELECT value FROM settings WHERE key = :k"_s, {{u":k"_s, key}});
    return q.next() ? q.value(0).toString() : fallback;
}

void Workspace::setSetting(const QString &key, const QString &value)
{
    exec(database(),
         u"INSERT INTO settings (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
         {{u":k"_s, key}, {u":v"_s, value}});
}

} // namespace wb::store
