// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspacelocation.h"
#include "util/error.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using store::WorkspaceLocation;

class TstWorkspaceLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesConnectionUris_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("options");

        QTest::newRow("full") << u"postgresql://ada@db.lab.example:6543/curation"_s << u"db.lab.example"_s << 6543
                              << u"curation"_s << u"ada"_s << QString() << u"postgresql://ada@db.lab.example:6543/curation"_s
                              << QString();
        QTest::newRow("default port, short scheme") << u"postgres://bob@10.0.0.5/team"_s << u"10.0.0.5"_s << 5432
                                                    << u"team"_s << u"bob"_s << QString()
                                                    << u"postgresql://bob@10.0.0.5:5432/team"_s << QString();
        QTest::newRow("password is kept out of the uri")
            << u"postgresql://ada:s3cr%40t@h:5432/db"_s << u"h"_s << 5432 << u"db"_s << u"ada"_s << u"s3cr@t"_s
            << u"postgresql://ada@h:5432/db"_s << QString();
        QTest::newRow("tls options pass through")
            << u"postgresql://ada@h/db?sslmode=verify-full&sslrootcert=/etc/ssl/lab%20ca.pem"_s << u"h"_s << 5432
            << u"db"_s << u"ada"_s << QString() << u"postgresql://ada@h:5432/db?sslmode=verify-full&sslrootcert=/etc/ssl/lab%20ca.pem"_s
            << u"sslmode='verify-full';sslrootcert='/etc/ssl/lab ca.pem'"_s;
        QTest::newRow("user and password as options")
            << u"postgresql://h/db?user=carol&password=pw"_s << u"h"_s << 5432 << u"db"_s << u"carol"_s << u"pw"_s
            << u"postgresql://carol@h:5432/db"_s << QString();
    }

    void parsesConnectionUris()
    {
        QFETCH(QString, text);
        QVERIFY(WorkspaceLocation::isConnectionUri(text));
        const WorkspaceLocation l = WorkspaceLocation::parse(text);
        QVERIFY(l.isPostgres());
        QTEST(l.host(), "host");
        QTEST(l.port(), "port");
        QTEST(l.database(), "database");
        QTEST(l.user(), "user");
        QTEST(l.password(), "password");
        QTEST(l.uri(), "uri");
        QTEST(l.connectOptions(), "options");
        QVERIFY(!l.uri().contains(u"s3cr"_s));
        QVERIFY(!l.secretKey().contains(l.password().isEmpty() ? u"\u0001"_s : l.password()));
        // What uri() gives opens the same place again.
        const WorkspaceLocation again = WorkspaceLocation::parse(l.uri());
        QCOMPARE(again.uri(), l.uri());
        QCOMPARE(again.connectOptions(), l.connectOptions());
    }

    void refusesBadUris_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no database") << u"postgresql://ada@h:5432/"_s << u"names no database"_s;
        QTest::newRow("unknown option") << u"postgresql://ada@h/db?sslmod=require"_s << u"'sslmod' is not supported"_s;
        QTest::newRow("semicolon") << u"postgresql://ada@h/db?application_name=a%3Bb"_s << u"may not contain ';'"_s;
        QTest::newRow("empty path") << u"  "_s << u"No workspace path"_s;
    }

    void refusesBadUris()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            WorkspaceLocation::parse(text);
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QCOMPARE(e.kind(), Error::Kind::InvalidInput);
        }
    }

    void filePathsStayFiles()
    {
        const WorkspaceLocation l = WorkspaceLocation::parse(u"relative/team.cdw"_s);
        QVERIFY(!l.isPostgres());
        QCOMPARE(l.uri(), QDir::current().absoluteFilePath(u"relative/team.cdw"_s));
        QCOMPARE(l.displayName(), u"team.cdw"_s);
        QVERIFY(!WorkspaceLocation::isConnectionUri(u"/home/ada/postgres.cdw"_s));
    }
};

QTEST_GUILESS_MAIN(TstWorkspaceLocation)
#include "tst_workspacelocation.moc"
