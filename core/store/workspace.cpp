// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace.h"

#include "store/schema.h"
#include "store/sqlquery.h"
#include "util/error.h"
#include "util/folders.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <mutex>

#include <unistd.h>

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

Error newerSchema(int version)
{
    return Error(Tr::tr("This workspace uses schema version %1, but this build of CodeDistiller "
                        "Workbench only knows versions up to %2. Update the workbench to open it; "
                        "the workspace was not changed.")
                     .arg(version)
                     .arg(Schema::latestVersion()),
                 Error::Kind::Schema);
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(16);
    return header.isEmpty() || header == QByteArrayView("SQLite format 3\0", 16);
}
// Opens @p path read-only; @p immutable: without its "-wal" and "-shm" files (see openFile).
void setReadOnlyFile(QSqlDatabase &db, const QString &path, bool immutable)
{
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(u"mode=ro&immutable=1"_s);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000"_s);
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000"_s);
    }
}

// The schema version of an existing file, read through a read-only connection. Throws when the file
// is an SQLite database that is not a workspace.
int probeVersion(const QString &path, bool immutable)
{
    const QString name = u"wb-probe-"_s + QUuid::createUuid().toString(QUuid::Id128);
    int version = 0;
    QStringList foreign;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        setReadOnlyFile(db, path, immutable);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            // One snapshot for both reads: another program may be creating the schema meanwhile.
            db.transaction();
            try {
                version = Schema::version(db);
            } catch (const Error &e) {
                error = e.message();
            }
            foreign = db.tables();
            foreign.removeAll(u"schema_meta"_s);
            db.rollback();
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

std::shared_ptr<Workspace> Workspace::open(const QString &where, const QString &cachePath)
{
    return open(WorkspaceLocation::parse(where), cachePath);
}

std::shared_ptr<Workspace> Workspace::open(const WorkspaceLocation &location, const QString &cachePath)
{
    return location.isPostgres() ? openPostgres(location, cachePath) : openFile(location, cachePath);
}

std::shared_ptr<Workspace> Workspace::openFile(const WorkspaceLocation &location, const QString &cachePath)
{
    QString path = location.filePath();
    if (QFileInfo(path).isDir())
        path = QDir(path).filePath(u"workspace.cdw"_s);

    const QFileInfo info(path);
    util::makeFolder(info.absolutePath(), Tr::tr("the workspace folder"));
    if (info.exists() && !looksLikeSqlite(path)) {
        throw Error(Tr::tr("%1 is not a CodeDistiller workspace (it is not an SQLite database).").arg(path),
                    Error::Kind::Schema);
    }
    const bool folderWritable = util::canWriteIn(info.absolutePath());
    if (!info.exists() && !folderWritable) {
        throw Error(Tr::tr("Cannot create the workspace %1: you may not write in the folder %2 (permission "
                           "denied). Choose another location, or ask for write permission.")
                        .arg(path, info.absolutePath()));
    }

    std::shared_ptr<Workspace> ws(new Workspace(WorkspaceLocation::parse(path)));
    if (!cachePath.isEmpty())
        ws->m_cachePath = cachePath;
    // A file or folder this user may not write: read it, change nothing. SQLite creates a "-shm" file
    // beside a WAL database even to read it, which fails in a read-only folder and would leave a file
    // of this user's beside someone else's workspace: unless a "-wal" file holds changes not yet merged
    // into the file, it is read as immutable, which creates nothing.
    const bool readOnly = info.exists()
                          && (!folderWritable || ::access(QFile::encodeName(path).constData(), W_OK) != 0);
    if (readOnly) {
        ws->m_readOnlyReason = folderWritable
                                   ? Tr::tr("you may not write the file %1").arg(path)
                                   : Tr::tr("you may not write in its folder %1").arg(info.absolutePath());
        ws->m_immutable = !QFileInfo::exists(path + u"-wal"_s);
    }
    // Look before touching: a file that is not ours, or is newer than this build, is refused while
    // opened read-only, so not even its journal mode changes.
    const int before = info.exists() && info.size() > 0 ? probeVersion(path, ws->m_immutable) : 0;
    if (before > Schema::latestVersion()) {
        throw newerSchema(before);
    }

    if (readOnly) {
        if (before < Schema::latestVersion()) {
            throw Error(Tr::tr("The workspace %1 needs an upgrade to schema version %2, but %3 (permission "
                               "denied). Open it once with write permission to upgrade it.")
                            .arg(path)
                            .arg(Schema::latestVersion())
                            .arg(ws->m_readOnlyReason));
        }
        ws->database();   // fails here, not in the first query, when it cannot be read either
        return ws;
    }

    util::makeFolder(ws->m_cachePath, Tr::tr("the cache folder"));

    QSqlDatabase db = ws->database();
    {
        // Switching a new file to WAL needs it to itself, and SQLite does not wait for that (no busy
        // handler): another program opening the same new file at this moment makes it fail at once. Try
        // again for a while; a file already in WAL mode answers at once.
        QString journal;
        for (QDeadlineTimer deadline(30000);;) {
            QSqlQuery mode(db);
            if (mode.exec(u"PRAGMA journal_mode = WAL"_s)) {
                journal = mode.next() ? mode.value(0).toString() : QString();
                break;
            }
            const int code = mode.lastError().nativeErrorCode().toInt() & 0xff;   // SQLITE_BUSY, SQLITE_LOCKED
            if ((code != 5 && code != 6) || deadline.hasExpired())
                exec(db, u"PRAGMA journal_mode = WAL"_s);   // throws the store's error for it
            QThread::msleep(20);
        }
        if (journal.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            throw Error(Tr::tr("The workspace %1 cannot use write-ahead logging (journal mode %2).").arg(path, journal),
                        Error::Kind::Database);
    }
    if (before < Schema::latestVersion()) {
        // One program creates or upgrades the file at a time (a team opening it together, a script beside
        // the window): the others wait here and then find the schema current. The backup of an older
        // file is written once, by the program that upgrades it, from the version it finds under the lock.
        QLockFile lock(path + u"-migrate.lock"_s);
        lock.setStaleLockTime(0);   // stale only when its program is gone: an upgrade may take long
        if (!lock.tryLock(300000)) {
            if (lock.error() != QLockFile::LockFailedError) {
                throw Error(Tr::tr("Cannot create %1-migrate.lock beside the workspace (the disk may be full, or "
                                   "you may not write in its folder).")
                                .arg(path),
                            Error::Kind::Database);
            }
            throw Error(Tr::tr("Another program has been upgrading the workspace %1 for five minutes (it holds "
                               "%2-migrate.lock). Wait for it to finish, or close it and try again.")
                            .arg(path, path),
                        Error::Kind::Database);
        }
        const int found = Schema::version(db);
        if (found > 0 && found < Schema::latestVersion()) {
            const QString backup = u"%1.v%2.bak"_s.arg(path).arg(found);
            QFile::remove(backup);
            exec(db, u"VACUUM INTO :file"_s, {{u":file"_s, backup}});
        }
        Schema::migrate(db, ws->dialect());
    }
    if (before == 0)
        ws->setSetting(u"created_by"_s, u"CodeDistiller Workbench " WB_VERSION ""_s);
    return ws;
}

std::shared_ptr<Workspace> Workspace::openPostgres(WorkspaceLocation location, const QString &cachePath)
{
    std::shared_ptr<Workspace> ws(new Workspace(location));
    ws->m_cachePath = !cachePath.isEmpty()
                          ? cachePath
                          : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                                .filePath(u"codedistiller-workbench/postgres/%1-%2-%3"_s.arg(location.host())
                                              .arg(location.port())
                                              .arg(location.database()));
    util::makeFolder(ws->m_cachePath, Tr::tr("the cache folder"));

    QSqlDatabase db = ws->database();
    // One workbench migrates at a time; the others wait here and then find the schema current.
    exec(db, u"SELECT pg_advisory_lock(721077)"_s);
    try {
        const int before = Schema::version(db);
        if (before > Schema::latestVersion()) {
            throw newerSchema(before);
        }
        if (before == 0) {
            QStringList foreign = db.tables();
            foreign.removeAll(u"schema_meta"_s);
            if (!foreign.isEmpty())
                throw Error(Tr::tr("The database %1 already holds other tables (%2); it is not a CodeDistiller "
                                   "workspace and was not changed. Create an empty database for the workspace.")
                                .arg(location.uri(), QStringList(foreign.mid(0, 5)).join(u", "_s)),
                            Error::Kind::Schema);
        }
        Schema::migrate(db, ws->dialect());
        if (before == 0)
            ws->setSetting(u"created_by"_s, u"CodeDistiller Workbench " WB_VERSION ""_s);
    } catch (...) {
        exec(db, u"SELECT pg_advisory_unlock(721077)"_s);
        throw;
    }
    exec(db, u"SELECT pg_advisory_unlock(721077)"_s);
    return ws;
}

QString Workspace::probeServer(const WorkspaceLocation &location)
{
    if (!location.isPostgres())
        return u"SQLite"_s;
    const Workspace probe(location);   // not opened: only a connection of this thread
    QString version;
    {
        QSqlDatabase db = probe.connect(probe.connectionName());
        {
            QSqlQuery q = exec(db, u"SELECT version()"_s);
            version = q.next() ? q.value(0).toString().section(u',', 0, 0) : QString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probe.connectionName());
    return version;
}

Workspace::Workspace(WorkspaceLocation location)
    : m_location(std::move(location))
    , m_connectionPrefix(u"wb-"_s + QUuid::createUuid().toString(QUuid::Id128) + u'-')
{
    if (!m_location.isPostgres()) {
        const QFileInfo info(m_location.filePath());
        m_cachePath = info.absoluteDir().filePath(info.completeBaseName() + u".cache"_s);
    }
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
    QSqlDatabase db = connect(name);
    t_reaper.names << name;
    return db;
}

QSqlDatabase Workspace::connect(const QString &name) const
{
    const bool postgres = m_location.isPostgres();
    QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        throw Error(postgres ? Tr::tr("The Qt PostgreSQL driver (QPSQL) is not available; install libqt6sql6-psql.")
                             : Tr::tr("The Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite."),
                    Error::Kind::Database);
    }
    if (postgres) {
        db.setHostName(m_location.host());
        db.setPort(m_location.port());
        db.setDatabaseName(m_location.database());
        db.setUserName(m_location.user());
        db.setPassword(m_location.password());
        QString options = m_location.connectOptions();
        if (!options.contains(u"connect_timeout="_s))
            options += (options.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=10"_s;
        if (!options.contains(u"application_name="_s))
            options += u";application_name=codedistiller-workbench"_s;
        db.setConnectOptions(options);
    } else if (isReadOnly()) {
        setReadOnlyFile(db, m_location.filePath(), m_immutable);
    } else {
        db.setDatabaseName(m_location.filePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
    }
    if (!db.open()) {
        const QString error = db.lastError().text().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (postgres) {
            throw Error(Tr::tr("Cannot connect to the PostgreSQL workspace %1: %2\nCheck that the server runs and "
                               "accepts connections from this machine, that the database exists, and the password "
                               "(secret store, PGPASSWORD or ~/.pgpass).")
                            .arg(m_location.uri(), error),
                        Error::Kind::Database);
        }
        throw Error(Tr::tr("Cannot open the workspace %1: %2").arg(m_location.filePath(), error), Error::Kind::Database);
    }
    if (postgres) {
        QSqlQuery(db).exec(u"SET client_min_messages = warning"_s);   // utility statements cannot be prepared
    } else {
        exec(db, u"PRAGMA foreign_keys = ON"_s);
        if (!isReadOnly())
            exec(db, u"PRAGMA synchronous = NORMAL"_s);
    }
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
