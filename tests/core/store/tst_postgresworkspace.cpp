// SPDX-License-Identifier: GPL-3.0-or-later
// A team workspace in PostgreSQL: opening, migrating, refusing, and several workbenches at once.
#include "postgrestestserver.h"
#include "tempworkspace.h"

#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/schema.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "store/workspacewatcher.h"
#include "util/error.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlError>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
// A database that is dropped with the object.
struct Database
{
    QString uri = test::PostgresTestServer::createDatabase();
    ~Database() { test::PostgresTestServer::dropDatabase(uri); }
};

// Runs @p work on a plain QPSQL connection to @p uri (not a Workspace), closed afterwards.
template<typename Work>
void withPlainConnection(const QString &uri, Work work)
{
    const store::WorkspaceLocation l = store::WorkspaceLocation::parse(uri);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"plain"_s);
        db.setHostName(l.host());
        db.setPort(l.port());
        db.setDatabaseName(l.database());
        db.setUserName(l.user());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plain"_s);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q = store::exec(db, sql);
    return q.next() ? q.value(0) : QVariant();
}

// One repository, one campaign, @p examples examples.
QList<qint64> seedExamples(const std::shared_ptr<store::Workspace> &ws, int examples)
{
    QSqlDatabase db = ws->database();
    store::exec(db, u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                    "VALUES ('o/r', 'o/r', 'u', '/x', 'abc', 1, 1)"_s);
    store::PipelineStore pipeline(ws);
    const qint64 campaign = pipeline.createCampaign(u"c"_s, "{}");
    QList<qint64> repositories;
    for (int i = 0; i < examples; ++i)
        repositories << 1;
    QList<qint64> ids;
    for (const auto &e : pipeline.addExamples(campaign, repositories))
        ids << e.id;
    return ids;
}
} // namespace

class TstPostgresWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::PostgresTestServer::isConfigured())
            QSKIP("No PostgreSQL test server: run this test through CTest, which starts one (postgres_cluster_start)");
    }

    void opensAndMigratesAnEmptyDatabase()
    {
        Database d;
        QUrl withPassword(d.uri);
        withPassword.setPassword(u"not-needed-but-secret"_s);
        auto ws = store::Workspace::open(withPassword.toString(), QDir::temp().filePath(u"wb-pg-cache"_s));
        QCOMPARE(ws->dialect(), store::SqlDialect::Postgres);
        QCOMPARE(ws->schemaVersion(), store::Schema::latestVersion());
        QVERIFY(!ws->path().contains(u"not-needed"_s));   // the recent list and titles never show it
        QVERIFY(ws->path().startsWith(u"postgresql://"_s));
        QVERIFY(ws->setting(u"created_by"_s).startsWith(u"CodeDistiller Workbench"_s));
        QCOMPARE(scalar(ws->database(), u"SELECT current_setting('application_name')"_s).toString(),
                 u"codedistiller-workbench"_s);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < store::Schema::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    // Each PostgreSQL companion script runs on its own, on top of the versions before it.
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        Database d;
        withPlainConnection(d.uri, [&](QSqlDatabase &db) {
            store::Schema::migrate(db, store::SqlDialect::Postgres, version);
            QCOMPARE(store::Schema::version(db), version);
        });
        auto ws = store::Workspace::open(d.uri);
        QCOMPARE(ws->schemaVersion(), store::Schema::latestVersion());
    }

    void refusesADatabaseThatIsNotAWorkspace()
    {
        Database d;
        withPlainConnection(d.uri, [](QSqlDatabase &db) {
            store::exec(db, u"CREATE TABLE measurements (id INTEGER, value DOUBLE PRECISION)"_s);
        });
        try {
            store::Workspace::open(d.uri);
            QFAIL("opened a foreign database");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"measurements"_s) && e.message().contains(u"not a CodeDistiller workspace"_s),
                     qPrintable(e.message()));
        }
    }

    void anUnreachableServerGivesAnActionableError()
    {
        QTcpServer probe;   // a port nobody listens on once the probe closes
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString uri = u"postgresql://wb@127.0.0.1:%1/curation?connect_timeout=3"_s.arg(port);
        try {
            store::Workspace::open(uri, QDir::temp().filePath(u"wb-pg-cache"_s));
            QFAIL("connected to nothing");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"Cannot connect to the PostgreSQL workspace"_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QString::number(port)), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"PGPASSWORD"_s), qPrintable(e.message()));
        }
    }

    // Two workbenches opening a new team database at the same moment: one migrates, the other waits.
    void concurrentOpenMigratesOnce()
    {
        Database d;
        std::atomic_int failures{0};
        auto open = [&] {
            try {
                auto ws = store::Workspace::open(d.uri, QDir::temp().filePath(u"wb-pg-cache"_s));
                if (ws->schemaVersion() != store::Schema::latestVersion())
                    ++failures;
            } catch (const Error &e) {
                qWarning("%s", qPrintable(e.message()));
                ++failures;
            }
        };
        QThread *a = QThread::create(open);
        QThread *b = QThread::create(open);
        a->start();
        b->start();
        a->wait();
        b->wait();
        delete a;
        delete b;
        QCOMPARE(failures.load(), 0);
    }

    // Two annotators on two workbenches (two Workspace objects, so separate connections), plus the
    // same annotator on both at once: every judgement is kept and each history stays one chain.
    void twoWritersNeverLoseAJudgement()
    {
        test::TempWorkspace first;
        auto second = store::Workspace::open(first.location(), first.path(u"second.cache"_s));
        const QList<qint64> examples = seedExamples(first.workspace(), 10);
        constexpr int rounds = 15;
        std::atomic_int failures{0};
        auto annotate = [&](std::shared_ptr<store::Workspace> ws, QString annotator) {
            try {
                store::JudgementStore judgements(ws);
                for (int i = 0; i < rounds; ++i) {
                    for (const qint64 example : examples) {
                        store::JudgementRecord j;
                        j.exampleId = example;
                        j.annotator = annotator;
                        j.functionCorrect = i % 2 ? store::CriterionAnswer::Yes : store::CriterionAnswer::No;
                        j.decision = i % 2 ? store::Decision::Accept : store::Decision::Reject;
                        judgements.add(j);
                    }
                }
            } catch (const Error &e) {
                qWarning("%s", qPrintable(e.message()));
                ++failures;
            }
        };
        QList<QThread *> threads{QThread::create(annotate, first.workspace(), u"ada"_s),
                                 QThread::create(annotate, second, u"bob"_s),
                                 QThread::create(annotate, first.workspace(), u"carol"_s),
                                 QThread::create(annotate, second, u"carol"_s)};   // carol on both machines
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        QSqlDatabase db = first.workspace()->database();
        const qint64 expected = 4LL * rounds * examples.size();
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM judgements"_s).toLongLong(), expected);
        // One chain per (example, annotator): exactly one judgement is superseded by nobody.
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM judgements j WHERE NOT EXISTS "
                            "(SELECT 1 FROM judgements l WHERE l.supersedes_id = j.id)"_s)
                     .toLongLong(),
                 3LL * examples.size());
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM judgements WHERE supersedes_id IS NULL"_s).toLongLong(),
                 3LL * examples.size());
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM judgements WHERE annotator = 'carol'"_s).toLongLong(),
                 2LL * rounds * examples.size());
    }

    // Another workbench's judgement reaches this one without reopening; our own writes do not echo.
    void watcherHearsOtherWorkbenches()
    {
        test::TempWorkspace mine;
        auto theirs = store::Workspace::open(mine.location(), mine.path(u"theirs.cache"_s));
        const QList<qint64> examples = seedExamples(mine.workspace(), 1);
        store::WorkspaceWatcher watcher(mine.workspace());
        QVERIFY(watcher.isPushed());
        QSignalSpy changed(&watcher, &store::WorkspaceWatcher::changed);

        store::JudgementRecord j;
        j.exampleId = examples.first();
        j.annotator = u"ada"_s;
        j.decision = store::Decision::Accept;
        store::JudgementStore(mine.workspace()).add(j);   // ours: no echo
        QTest::qWait(600);
        QCOMPARE(changed.size(), 0);

        // Theirs, from a thread as the other machine would be.
        QThread *other = QThread::create([&] {
            store::JudgementRecord b = j;
            b.annotator = u"bob"_s;
            store::JudgementStore(theirs).add(b);
        });
        other->start();
        other->wait();
        delete other;
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList{u"judgements"_s});
    }
};

QTEST_GUILESS_MAIN(TstPostgresWorkspace)
#include "tst_postgresworkspace.moc"
