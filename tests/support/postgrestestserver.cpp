// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrestestserver.h"

#include "store/workspacelocation.h"
#include "util/error.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {
// Runs @p sql on a short-lived administration connection.
void administer(const QString &sql)
{
    const store::WorkspaceLocation admin = store::WorkspaceLocation::parse(PostgresTestServer::adminUri());
    const QString name = u"wb-test-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(admin.host());
        db.setPort(admin.port());
        db.setDatabaseName(admin.database());
        db.setUserName(admin.user());
        db.setPassword(admin.password());
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        throw Error(u"PostgreSQL test server: %1: %2"_s.arg(sql, error), Error::Kind::Database);
}
} // namespace

QString PostgresTestServer::adminUri()
{
    const QString direct = qEnvironmentVariable("WB_TEST_POSTGRES");
    if (!direct.isEmpty())
        return direct;
    const QString file = qEnvironmentVariable("WB_TEST_POSTGRES_FILE");
    if (file.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(u"WB_TEST_POSTGRES_FILE names %1, which cannot be read: the PostgreSQL test cluster did not start "
                    "(see the output of the postgres_cluster_start test)."_s.arg(file));
    return QString::fromUtf8(f.readAll()).trimmed();
}

bool PostgresTestServer::isConfigured()
{
    return !qEnvironmentVariableIsEmpty("WB_TEST_POSTGRES") || !qEnvironmentVariableIsEmpty("WB_TEST_POSTGRES_FILE");
}

QString PostgresTestServer::createDatabase()
{
    const QString database = u"wbtest_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    administer(u"CREATE DATABASE %1"_s.arg(database));
    QUrl url(adminUri());
    url.setPath(u'/' + database);
    return url.toString();
}

void PostgresTestServer::dropDatabase(const QString &uri)
{
    const QString database = QUrl(uri).path().mid(1);
    if (database.startsWith(u"wbtest_"_s))
        administer(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database));
}

} // namespace wb::test
