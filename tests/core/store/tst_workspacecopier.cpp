// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite -> PostgreSQL -> SQLite, losslessly, and the refusals on the way.
#include "curationfixture.h"
#include "postgrestestserver.h"

#include "store/blobstore.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "store/workspacecopier.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstWorkspaceCopier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_databases;

    QString newPostgres()
    {
        m_databases << test::PostgresTestServer::createDatabase();
        return m_databases.last();
    }

    // A paper-like workspace plus what the fixture does not make: binary blobs with every byte value, a
    // file path that is not UTF-8, a log line holding NUL, and a superseded judgement.
    std::shared_ptr<store::Workspace> richSqliteWorkspace(const QString &name)
    {
        auto ws = store::Workspace::open(m_dir.filePath(name));
        test::CurationFixture::buildPaperLike(ws, 6);
        QByteArray everyByte;
        for (int i = 0; i < 256; ++i)
            everyByte.append(char(i));
        store::BlobStore(ws).put(everyByte.repeated(50));
        QSqlDatabase db = ws->database();
        store::exec(db, u"INSERT INTO files (repository_id, path, path_bytes, object_sha, kind, category, prior) "
                        "VALUES (1, 'caf\\xE9.py', :raw, 'abc', 'file', 'code', 3)"_s,
                    {{u":raw"_s, QVariant(QByteArray("caf\xE9.py"))}});
        store::exec(db, u"INSERT INTO round_logs (round_id, seq, phase, stream, at_ms, line) "
                        "VALUES ((SELECT MIN(id) FROM rounds), 9999, 'run', 'stdout', 5, :l)"_s,
                    {{u":l"_s, QVariant(u"before"_s + QChar(0) + u"after"_s)}});
        store::JudgementRecord j;
        j.exampleId = store::PipelineStore(ws).examples(1).first().id;
        j.annotator = u"dora"_s;
        j.decision = store::Decision::Reject;
        store::JudgementStore(ws).add(j);
        j.decision = store::Decision::Accept;
        store::JudgementStore(ws).add(j);   // supersedes the first
        return ws;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::PostgresTestServer::isConfigured())
            QSKIP("No PostgreSQL test server: run this test through CTest, which starts one (postgres_cluster_start)");
    }

    void cleanupTestCase()
    {
        for (const QString &uri : std::as_const(m_databases))
            test::PostgresTestServer::dropDatabase(uri);
    }

    void roundTripIsLossless()
    {
        auto sqlite = richSqliteWorkspace(u"source.cdw"_s);
        auto postgres = store::Workspace::open(newPostgres(), m_dir.filePath(u"pg.cache"_s));
        QStringList tablesSeen;
        store::WorkspaceCopier there(sqlite, postgres);
        there.setProgress([&](const QString &table, qint64 done, qint64 total) {
            QVERIFY(done <= total);
            if (!tablesSeen.contains(table))
                tablesSeen << table;
        });
        const auto report = there.run();
        QVERIFY(report.rows.value(u"judgements"_s) > 20);
        QVERIFY(report.rows.value(u"blobs"_s) > 0);
        QVERIFY(tablesSeen.contains(u"rounds"_s));
        QCOMPARE(report.nulCharactersReplaced, 1);

        const auto source = store::WorkspaceCopier::digest(*sqlite);
        const auto inPostgres = store::WorkspaceCopier::digest(*postgres);
        QCOMPARE(inPostgres.keys(), source.keys());
        for (auto it = source.cbegin(); it != source.cend(); ++it) {
            if (it.key() == u"round_logs"_s)
                continue;   // the one NUL became U+2400, checked below
            QVERIFY2(inPostgres.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        QSqlQuery line = store::exec(postgres->database(), u"SELECT line FROM round_logs WHERE seq = 9999"_s);
        QVERIFY(line.next());
        QCOMPARE(line.value(0).toString(), u"before\u2400after"_s);

        // Back into a new SQLite file: identical to what PostgreSQL holds.
        auto back = store::Workspace::open(m_dir.filePath(u"back.cdw"_s));
        store::WorkspaceCopier(postgres, back).run();
        QCOMPARE(store::WorkspaceCopier::digest(*back), inPostgres);

        // The team keeps working in PostgreSQL: new rows get fresh ids after the copied ones.
        store::JudgementRecord j;
        j.exampleId = store::PipelineStore(postgres).examples(1).first().id;
        j.annotator = u"erin"_s;
        j.decision = store::Decision::Accept;
        const auto added = store::JudgementStore(postgres).add(j);
        QSqlQuery max = store::exec(sqlite->database(), u"SELECT MAX(id) FROM judgements"_s);
        QVERIFY(max.next());
        QVERIFY(added.id > max.value(0).toLongLong());
    }

    void refusesANonEmptyDestination()
    {
        auto sqlite = richSqliteWorkspace(u"twice.cdw"_s);
        auto postgres = store::Workspace::open(newPostgres(), m_dir.filePath(u"pg2.cache"_s));
        store::WorkspaceCopier(sqlite, postgres).run();
        const auto before = store::WorkspaceCopier::digest(*postgres);
        try {
            store::WorkspaceCopier(sqlite, postgres).run();
            QFAIL("copied into a populated workspace");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"is not empty"_s), qPrintable(e.message()));
        }
        QCOMPARE(store::WorkspaceCopier::digest(*postgres), before);
    }

    void cancelLeavesTheDestinationEmpty()
    {
        auto sqlite = richSqliteWorkspace(u"cancel.cdw"_s);
        auto postgres = store::Workspace::open(newPostgres(), m_dir.filePath(u"pg3.cache"_s));
        const auto empty = store::WorkspaceCopier::digest(*postgres);
        std::atomic_bool cancelled{false};
        store::WorkspaceCopier copier(sqlite, postgres);
        copier.setCancelFlag(&cancelled);
        copier.setProgress([&](const QString &table, qint64, qint64) {
            if (table == u"judgements"_s)
                cancelled = true;
        });
        QVERIFY_THROWS_EXCEPTION(Error, copier.run());
        QCOMPARE(store::WorkspaceCopier::digest(*postgres), empty);
    }
};

QTEST_GUILESS_MAIN(TstWorkspaceCopier)
#include "tst_workspacecopier.moc"
