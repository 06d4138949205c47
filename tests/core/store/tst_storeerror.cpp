// SPDX-License-Identifier: GPL-3.0-or-later
// Store errors a user can act on: what failed, which workspace file, what to do, and SQLite's own
// text only as a second line.
#include "store/sqlquery.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
enum class Situation { DiskFull, ReadOnly, Locked, LockedTransaction, Corrupt };

// A connection of its own to @p path, closed and removed with the object.
struct Connection
{
    QString name = u"tst-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db;

    Connection(const QString &path, const QString &options)
    {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (!db.open())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
    }
    ~Connection()
    {
        store::releaseCachedStatements(name);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};
} // namespace

class TstStoreError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapped_data()
    {
        QTest::addColumn<Situation>("situation");
        QTest::addColumn<QStringList>("advice");    // in the first line
        QTest::addColumn<QString>("detail");        // SQLite's text, in the second line

        QTest::newRow("disk full (max_page_count)") << Situation::DiskFull
                                                    << QStringList{u"the disk is full"_s, u"Free some space"_s}
                                                    << u"database or disk is full"_s;
        QTest::newRow("read-only") << Situation::ReadOnly
                                   << QStringList{u"read-only"_s, u"permission"_s}
                                   << u"attempt to write a readonly database"_s;
        QTest::newRow("locked") << Situation::Locked
                                << QStringList{u"locked by another process"_s, u"Wait"_s} << u"database is locked"_s;
        QTest::newRow("locked, transaction") << Situation::LockedTransaction
                                             << QStringList{u"locked by another process"_s} << u"database is locked"_s;
        QTest::newRow("corrupt") << Situation::Corrupt
                                 << QStringList{u"damaged"_s, u"Restore it from a backup"_s} << u"not a database"_s;
    }

    void mapped()
    {
        QFETCH(Situation, situation);
        QFETCH(QStringList, advice);
        QFETCH(QString, detail);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"ws.cdw"_s);
        std::function<void()> write;
        std::unique_ptr<Connection> mine;
        std::unique_ptr<Connection> other;
        std::shared_ptr<store::Workspace> ws;
        const QString insert = u"INSERT INTO settings (key, value) VALUES (:k, :v)"_s;

        switch (situation) {
        case Situation::DiskFull: {
            // The file may not grow past its current size: SQLite answers SQLITE_FULL, as on a full disk.
            ws = store::Workspace::open(path);
            QSqlDatabase db = ws->database();
            QSqlQuery pages = store::exec(db, u"PRAGMA page_count"_s);
            QVERIFY(pages.next());
            store::exec(db, u"PRAGMA max_page_count = %1"_s.arg(pages.value(0).toInt()));
            write = [&] { ws->setSetting(u"big"_s, QString(4 * 1024 * 1024, u'x')); };
            break;
        }
        case Situation::ReadOnly:
            store::Workspace::open(path);
            mine = std::make_unique<Connection>(path, u"QSQLITE_OPEN_READONLY"_s);
            write = [&] { store::exec(mine->db, insert, {{u":k"_s, u"a"_s}, {u":v"_s, u"b"_s}}); };
            break;
        case Situation::Locked:
        case Situation::LockedTransaction:
            store::Workspace::open(path);
            other = std::make_unique<Connection>(path, u"QSQLITE_BUSY_TIMEOUT=0"_s);
            store::exec(other->db, u"BEGIN IMMEDIATE"_s);   // another writer, holding its lock
            mine = std::make_unique<Connection>(path, u"QSQLITE_BUSY_TIMEOUT=50"_s);
            if (situation == Situation::Locked)
                write = [&] { store::exec(mine->db, insert, {{u":k"_s, u"a"_s}, {u":v"_s, u"b"_s}}); };
            else
                write = [&] { store::Transaction tx(mine->db); };
            break;
        case Situation::Corrupt: {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, '\x5a'));
            f.close();
            mine = std::make_unique<Connection>(path, QString());
            write = [&] { store::exec(mine->db, u"SELECT count(*) FROM settings"_s); };
            break;
        }
        }

        try {
            write();
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(int(e.kind()), int(Error::Kind::Database));
            const QStringList lines = e.message().split(u'\n');
            QCOMPARE(lines.size(), 2);
            QVERIFY2(lines.first().contains(path), qPrintable(e.message()));
            for (const QString &words : std::as_const(advice))
                QVERIFY2(lines.first().contains(words), qPrintable(e.message()));
            QVERIFY2(!lines.first().contains(detail), qPrintable(e.message()));
            QVERIFY2(lines.last().startsWith(u"Detail: "_s) && lines.last().contains(detail), qPrintable(e.message()));
        }
        if (other)
            store::exec(other->db, u"ROLLBACK"_s);
    }

    // The classification itself, for codes a test cannot easily provoke (PostgreSQL's SQLSTATEs).
    void classify_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cause");
        QTest::newRow("sqlite full") << u"13"_s << QString() << int(store::StoreError::Cause::DiskFull);
        QTest::newRow("sqlite extended readonly") << u"1032"_s << QString() << int(store::StoreError::Cause::ReadOnly);
        QTest::newRow("sqlite busy") << u"5"_s << QString() << int(store::StoreError::Cause::Locked);
        QTest::newRow("sqlite corrupt") << u"11"_s << QString() << int(store::StoreError::Cause::Corrupt);
        QTest::newRow("sqlite cannot open") << u"14"_s << QString() << int(store::StoreError::Cause::Unreadable);
        QTest::newRow("no code, text") << QString() << u"database or disk is full"_s << int(store::StoreError::Cause::DiskFull);
        QTest::newRow("postgres disk full") << u"53100"_s << QString() << int(store::StoreError::Cause::DiskFull);
        QTest::newRow("postgres read-only") << u"25006"_s << QString() << int(store::StoreError::Cause::ReadOnly);
        QTest::newRow("postgres lock") << u"55P03"_s << QString() << int(store::StoreError::Cause::Locked);
        QTest::newRow("postgres corrupt") << u"XX001"_s << QString() << int(store::StoreError::Cause::Corrupt);
        QTest::newRow("postgres syntax") << u"42601"_s << QString() << int(store::StoreError::Cause::Other);
    }

    void classify()
    {
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(int, cause);
        QCOMPARE(int(store::StoreError::classify(QSqlError(text, text, QSqlError::StatementError, code))), cause);
    }
};

QTEST_GUILESS_MAIN(TstStoreError)
#include "tst_storeerror.moc"
