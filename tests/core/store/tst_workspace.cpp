// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/repositorystore.h"
#include "store/schema.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "postgrestestserver.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q = store::exec(db, sql);
    return q.next() ? q.value(0) : QVariant();
}

// A database at an older schema version, made the way that version made it, with one row of its data.
void makeOldWorkspace(const QString &path, int version)
{
    const QString name = u"old-%1"_s.arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        store::Schema::migrate(db, store::SqlDialect::Sqlite, version);
        if (version >= 1) {
            store::exec(db, u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                            "VALUES ('o/r', 'o/r', 'https://example.invalid/o/r', '/x', 'abc', 1, 1)"_s);
            store::exec(db, u"INSERT INTO files (repository_id, path, object_sha, kind, category, prior) "
                            "VALUES (1, 'main.py', 'def', 'file', 'code', 3)"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

class TstWorkspace : public QObject
{
    Q_OBJECT

    static void skipUnlessSqlite()
    {
        if (test::TempWorkspace::isPostgres())
            QSKIP("SQLite file behaviour: covered by the SQLite run of this test");
    }

private Q_SLOTS:
    void createsSchemaWalAndCache()
    {
        test::TempWorkspace tmp;
        auto ws = tmp.workspace();
        QCOMPARE(ws->schemaVersion(), store::Schema::latestVersion());
        QVERIFY(store::Schema::latestVersion() >= 3);
        if (test::TempWorkspace::isPostgres()) {
            QCOMPARE(ws->dialect(), store::SqlDialect::Postgres);
            QVERIFY(scalar(ws->database(), u"SELECT version()"_s).toString().startsWith(u"PostgreSQL"_s));
        } else {
            QCOMPARE(ws->dialect(), store::SqlDialect::Sqlite);
            QCOMPARE(scalar(ws->database(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
            QCOMPARE(scalar(ws->database(), u"PRAGMA foreign_keys"_s).toInt(), 1);
        }
        QVERIFY(QFileInfo(ws->cachePath()).isDir());
        const QStringList tables = ws->database().tables();
        for (const QString &t : {u"repositories"_s, u"files"_s, u"campaigns"_s, u"examples"_s, u"rounds"_s,
                                 u"round_logs"_s, u"artifacts"_s, u"blobs"_s, u"llm_calls"_s, u"file_classifications"_s,
                                 u"judgements"_s, u"annotations"_s, u"adjudications"_s, u"settings"_s})
            QVERIFY2(tables.contains(t), qPrintable(t));
    }

    void reopenKeepsData()
    {
        skipUnlessSqlite();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.cdw"_s);
        {
            auto ws = store::Workspace::open(path);
            ws->setSetting(u"annotator"_s, u"ada"_s);
        }
        auto ws = store::Workspace::open(path);
        QCOMPARE(ws->setting(u"annotator"_s), u"ada"_s);
        QCOMPARE(ws->setting(u"missing"_s, u"fallback"_s), u"fallback"_s);
    }

    void directoryMeansWorkspaceFileInside()
    {
        skipUnlessSqlite();
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.path());
        QCOMPARE(ws->path(), dir.filePath(u"workspace.cdw"_s));
    }

    void rejectsFilesThatAreNotWorkspaces()
    {
        skipUnlessSqlite();
        QTemporaryDir dir;
        const QString text = dir.filePath(u"notes.txt"_s);
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("just some notes\n");
        }
        try {
            store::Workspace::open(text);
            QFAIL("opened a text file");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(u"not a CodeDistiller workspace"_s));
        }

        const QString foreign = dir.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            store::exec(db, u"CREATE TABLE customers (id INTEGER)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = fileHash(foreign);
        QVERIFY_THROWS_EXCEPTION(Error, store::Workspace::open(foreign));
        QCOMPARE(fileHash(foreign), before);
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        skipUnlessSqlite();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.cdw"_s);
        {
            auto ws = store::Workspace::open(path);
            store::exec(ws->database(), u"UPDATE schema_meta SET value = '999' WHERE key = 'version'"_s);
            store::exec(ws->database(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        const QByteArray before = fileHash(path);
        try {
            store::Workspace::open(path);
            QFAIL("opened a newer workspace");
        } catch (const Error &e) {
            QCOMPARE(int(e.kind()), int(Error::Kind::Schema));
            QVERIFY(e.message().contains(u"999"_s));
            QVERIFY(e.message().contains(u"Update the workbench"_s));
        }
        QCOMPARE(fileHash(path), before);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < store::Schema::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        skipUnlessSqlite();
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.cdw"_s);
        makeOldWorkspace(path, version);
        auto ws = store::Workspace::open(path);
        QCOMPARE(ws->schemaVersion(), store::Schema::latestVersion());
        if (version >= 1) {
            QVERIFY2(QFile::exists(u"%1.v%2.bak"_s.arg(path).arg(version)), "no backup before migrating");
            const auto repos = store::RepositoryStore(ws).repositories();
            QCOMPARE(repos.size(), 1);
            QCOMPARE(repos.first().name, u"o/r"_s);
            QCOMPARE(store::RepositoryStore(ws).files(repos.first().id).size(), 1);
        }
        // The migrated schema accepts the newest tables' rows.
        store::exec(ws->database(), u"INSERT INTO campaigns (name, config_json, created_at) VALUES ('c', '{}', 1)"_s);
    }

    void judgementsAreAppendOnly()
    {
        test::TempWorkspace tmp;
        QSqlDatabase db = tmp.workspace()->database();
        store::exec(db, u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                        "VALUES ('o/r', 'o/r', 'u', '/x', 'abc', 1, 1)"_s);
        store::exec(db, u"INSERT INTO campaigns (name, config_json, created_at) VALUES ('c', '{}', 1)"_s);
        store::exec(db, u"INSERT INTO examples (campaign_id, repository_id, commit_sha) VALUES (1, 1, 'abc')"_s);
        store::exec(db, u"INSERT INTO judgements (example_id, annotator, decision, created_at) VALUES (1, 'ada', 'accept', 1)"_s);
        QVERIFY_THROWS_EXCEPTION(Error, store::exec(db, u"UPDATE judgements SET decision = 'reject'"_s));
        QVERIFY_THROWS_EXCEPTION(Error, store::exec(db, u"DELETE FROM judgements"_s));
        // Deleting the example itself still cascades.
        store::exec(db, u"DELETE FROM examples WHERE id = 1"_s);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM judgements"_s).toInt(), 0);
    }

    void concurrentWritersFromTwoThreads()
    {
        test::TempWorkspace tmp;
        auto ws = tmp.workspace();
        constexpr int perThread = 300;
        std::atomic_int failures{0};
        QStringList errors;
        QMutex errorLock;
        auto writer = [&](int thread) {
            try {
                QSqlDatabase db = ws->database();
                for (int i = 0; i < perThread; ++i) {
                    store::Transaction tx(db);
                    store::exec(db, u"INSERT INTO settings (key, value) VALUES (:k, :v)"_s,
                                {{u":k"_s, u"t%1-%2"_s.arg(thread).arg(i)}, {u":v"_s, QString::number(i)}});
                    tx.commit();
                }
            } catch (const Error &e) {
                ++failures;
                QMutexLocker lock(&errorLock);
                errors << e.message();
            }
        };
        QThread *a = QThread::create(writer, 1);
        QThread *b = QThread::create(writer, 2);
        a->start();
        b->start();
        // The main thread keeps reading meanwhile: WAL readers are never blocked by the writers.
        int reads = 0;
        while (!a->isFinished() || !b->isFinished()) {
            scalar(ws->database(), u"SELECT COUNT(*) FROM settings"_s);
            ++reads;
            QThread::msleep(1);
        }
        a->wait();
        b->wait();
        delete a;
        delete b;
        QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));
        QCOMPARE(scalar(ws->database(), u"SELECT COUNT(*) FROM settings WHERE key LIKE 't%'"_s).toInt(), 2 * perThread);
        QVERIFY(reads > 0);
    }

    // Several programs opening a new database at once migrate it once (an advisory lock on PostgreSQL,
    // the write lock on SQLite, the version looked at again inside it); none fails.
    void concurrentFirstOpenMigratesOnce()
    {
        QTemporaryDir dir;
        const QString location = test::TempWorkspace::isPostgres() ? test::PostgresTestServer::createDatabase()
                                                                   : dir.filePath(u"race.cdw"_s);
        std::atomic_int failures{0};
        QStringList errors;
        QMutex errorLock;
        QList<QThread *> threads;
        for (int i = 0; i < 6; ++i) {
            threads << QThread::create([&, i] {
                try {
                    auto ws = store::Workspace::open(location, dir.filePath(u"cache-%1"_s.arg(i)));
                    QSqlDatabase db = ws->database();
                    store::Schema::version(db);
                } catch (const Error &e) {
                    ++failures;
                    QMutexLocker lock(&errorLock);
                    errors << e.message();
                }
            });
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            t->wait();
            delete t;
        }
        QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));
        auto ws = store::Workspace::open(location, dir.filePath(u"cache"_s));
        QCOMPARE(store::Schema::version(ws->database()), store::Schema::latestVersion());
        ws.reset();
        if (test::TempWorkspace::isPostgres())
            test::PostgresTestServer::dropDatabase(location);
    }

    void connectionsArePerThread()
    {
        test::TempWorkspace tmp;
        auto ws = tmp.workspace();
        const QString mainName = ws->database().connectionName();
        QString otherName;
        QThread *t = QThread::create([&] { otherName = ws->database().connectionName(); });
        t->start();
        t->wait();
        delete t;
        QVERIFY(!otherName.isEmpty());
        QVERIFY(mainName != otherName);
        // The thread has ended: its connection is closed and removed as the thread's storage goes,
        // which may finish a moment after wait() returns.
        QTRY_VERIFY(!QSqlDatabase::contains(otherName));
    }
};

QTEST_GUILESS_MAIN(TstWorkspace)
#include "tst_workspace.moc"
