// SPDX-License-Identifier: GPL-3.0-or-later
// Several programs opening the same new or older workspace at once (a team starting the workbench and a
// script together): every one of them opens it, the schema is migrated exactly once, an older file is
// backed up once from the version it had.
#include "store/schema.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class TstCliOpenRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentFirstOpen_data()
    {
        QTest::addColumn<int>("processes");
        QTest::addColumn<int>("olderVersion");   // 0: a new file
        QTest::newRow("2 at once, new") << 2 << 0;
        QTest::newRow("4 at once, new") << 4 << 0;
        QTest::newRow("8 at once, new") << 8 << 0;
        QTest::newRow("8 at once, from v1") << 8 << 1;
        QTest::newRow("8 at once, from the previous version")
            << 8 << wb::store::Schema::latestVersion() - 1;
    }

    void concurrentFirstOpen()
    {
        QFETCH(int, processes);
        QFETCH(int, olderVersion);
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
        for (int attempt = 0; attempt < 10; ++attempt) {
            const QString ws = dir.filePath(u"race-%1.cdw"_s.arg(attempt));
            if (olderVersion > 0) {
                {
                    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
                    db.setDatabaseName(ws);
                    QVERIFY(db.open());
                    wb::store::Schema::migrate(db, wb::store::SqlDialect::Sqlite, olderVersion);
                }
                QSqlDatabase::removeDatabase(u"old"_s);
            }
            std::vector<std::unique_ptr<QProcess>> all;
            for (int i = 0; i < processes; ++i) {
                auto p = std::make_unique<QProcess>();
                p->setProcessEnvironment(env);
                p->start(QStringLiteral(CODEDISTILLER_BIN), {u"--workspace"_s, ws, u"repos"_s, u"--json"_s});
                all.push_back(std::move(p));
            }
            for (auto &p : all) {
                QVERIFY(p->waitForFinished(60000));
                QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            }
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
                db.setDatabaseName(ws);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_meta WHERE key = 'version'"_s));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), 1);
                QVERIFY(q.exec(u"SELECT value FROM schema_meta WHERE key = 'version'"_s));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), wb::store::Schema::latestVersion());
            }
            QSqlDatabase::removeDatabase(u"check"_s);
            if (olderVersion > 0)
                QVERIFY2(QFile::exists(u"%1.v%2.bak"_s.arg(ws).arg(olderVersion)), "no backup of the older file");
            QVERIFY2(!QFile::exists(ws + u"-migrate.lock"_s), "the upgrade lock stayed behind");
        }
    }
};

QTEST_GUILESS_MAIN(TstCliOpenRace)
#include "tst_cli_openrace.moc"
