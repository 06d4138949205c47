// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitfixture.h"
#include "repo/inventorybuilder.h"
#include "repo/notebook.h"
#include "repo/repositoryfetcher.h"
#include "repo/repositoryingestor.h"
#include "store/repositorystore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <ctime>
#include <utime.h>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

const QByteArray kMit = "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
                        "software... The above copyright notice and this permission notice shall be included in all "
                        "copies or substantial portions of the Software.\n";

const store::FileRecord *find(const QList<store::FileRecord> &files, const QString &path)
{
    for (const auto &f : files)
        if (f.path == path)
            return &f;
    return nullptr;
}

int countRows(const std::shared_ptr<store::Workspace> &ws, const QString &table)
{
    QSqlQuery q = store::exec(ws->database(), u"SELECT COUNT(*) FROM "_s + table);
    return q.next() ? q.value(0).toInt() : -1;
}

// Answers every HTTP request with 401 and a Basic challenge, as a private repository would.
class UnauthorizedServer : public QThread
{
public:
    quint16 port() const { return m_port; }
    void startAndWait()
    {
        start();
        while (m_port == 0)
            QThread::msleep(5);
    }
    void stop() { m_stop = true; wait(); }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        while (!m_stop) {
            if (!server.waitForNewConnection(50))
                continue;
            QTcpSocket *socket = server.nextPendingConnection();
            socket->waitForReadyRead(2000);
            socket->readAll();
            socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"git\"\r\n"
                          "Content-Length: 0\r\nConnection: close\r\n\r\n");
            socket->waitForBytesWritten(2000);
            socket->disconnectFromHost();
            delete socket;
        }
    }

private:
    std::atomic<quint16> m_port{0};
    std::atomic_bool m_stop{false};
};

} // namespace

class TstIngestion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_repoPath;
    QString m_firstCommit;
    QString m_submoduleCommit;

private Q_SLOTS:
    void initTestCase()
    {
        // A repository with every kind of entry the inventory has to handle.
        m_repoPath = m_tmp.filePath(u"pyfoo"_s);
        test::GitFixture sub(m_tmp.filePath(u"subrepo"_s));
        sub.addFile("lib.py", "x = 1\n");
        m_submoduleCommit = sub.commit();

        test::GitFixture repo(m_repoPath);
        repo.addFile("README.md", "# pyfoo\nSee examples/relax.py and `pyfoo` CLI.\n");
        repo.addFile("LICENSE", kMit);
        repo.addFile("setup.py", "setup(name='pyfoo', entry_points={'console_scripts': ['pyfoo=pyfoo.cli:main']})\n");
        repo.addFile("pyfoo/__init__.py", "");
        repo.addFile("pyfoo/cli.py", "def main():\n    print('hi')\n");
        repo.addFile("examples/relax.py", "from pyfoo import cli\ncli.main()\n");
        repo.addFile("examples/tutorial.ipynb",
                     "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"import pyfoo\\n\"]}, {\"cell_type\": \"markdown\", \"source\": \"x\"}]}");
        repo.addFile("scripts/run.sh", "#!/bin/sh\npython -m pyfoo\n", true);
        repo.addFile("data/structure.png", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        repo.addFile("data/big.h5", "version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123456789\n");
        repo.addSymlink("docs/link-to-readme.md", "../README.md");
        repo.addSymlink("escape", "/etc/passwd");
        repo.addSubmodule("vendor/sub", m_submoduleCommit, "https://example.invalid/sub.git");
        repo.addFile("caf\xe9/latin1-\xff.py", "print('latin-1 name')\n");               // not UTF-8
        repo.addFile("docs/\xc3\xa9t\xc3\xa9.md", "# \xe9t\xe9 in Latin-1 content\n");  // UTF-8 name, Latin-1 content
        repo.addFile("no-newline.txt", "a\nb");
        repo.addLargeFile("data/huge.bin", 40 * 1024 * 1024);
        m_firstCommit = repo.commit("first");
    }

    void inventoryMatchesTheTree()
    {
        test::TempWorkspace tmp;
        QList<repo::TransferProgress> reports;
        repo::InventoryOptions options;
        options.maxContentBytes = 8 * 1024 * 1024;
        const repo::RepositoryIngestor ingestor(tmp.workspace(), options);
        const auto record = ingestor.ingest(repo::SourceSpec::parse(m_repoPath), nullptr,
                                            [&](const repo::TransferProgress &p) { reports << p; });

        QCOMPARE(record.commitSha, m_firstCommit);
        QCOMPARE(record.defaultBranch, u"main"_s);
        QCOMPARE(record.name, u"pyfoo"_s);
        QCOMPARE(record.licenseSpdx, u"MIT"_s);
        QCOMPARE(record.licenseSource, u"LICENSE"_s);
        QCOMPARE(record.fileCount, 18);   // 17 entries + .gitmodules, like `git ls-tree -r HEAD`
        QVERIFY(QFileInfo(record.localPath).isDir());
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.last().phase, repo::TransferProgress::Phase::Done);

        const auto files = store::RepositoryStore(tmp.workspace()).files(record.id);
        QCOMPARE(files.size(), 18);

        const auto *readme = find(files, u"README.md"_s);
        QVERIFY(readme);
        QCOMPARE(readme->prior, 5);
        QCOMPARE(int(readme->category), int(store::FileCategory::Docs));
        QCOMPARE(readme->lineCount.value(), 2);

        const auto *cli = find(files, u"pyfoo/cli.py"_s);
        QVERIFY(cli);
        QCOMPARE(cli->prior, 5);
        QVERIFY(cli->priorReason.contains(u"entry point"_s));

        const auto *example = find(files, u"examples/relax.py"_s);
        QCOMPARE(example->prior, 5);
        QCOMPARE(example->language, u"Python"_s);

        const auto *script = find(files, u"scripts/run.sh"_s);
        QVERIFY(script->isExecutable);
        QCOMPARE(int(script->category), int(store::FileCategory::Script));

        const auto *png = find(files, u"data/structure.png"_s);
        QVERIFY(png->isBinary);
        QVERIFY(!png->lineCount.has_value());
        QCOMPARE(png->prior, 1);

        const auto *lfs = find(files, u"data/big.h5"_s);
        QVERIFY(lfs->isLfsPointer);
        QVERIFY(!lfs->isBinary);

        const auto *link = find(files, u"docs/link-to-readme.md"_s);
        QCOMPARE(int(link->kind), int(store::FileKind::Symlink));
        QCOMPARE(link->symlinkTarget, u"../README.md"_s);
        const auto *escape = find(files, u"escape"_s);
        QCOMPARE(escape->symlinkTarget, u"/etc/passwd"_s);   // recorded, never followed
        QCOMPARE(escape->sizeBytes, qint64(11));

        const auto *sub = find(files, u"vendor/sub"_s);
        QCOMPARE(int(sub->kind), int(store::FileKind::Submodule));
        QCOMPARE(sub->objectSha, m_submoduleCommit);

        const auto *latin = find(files, u"caf\\xe9/latin1-\\xff.py"_s);
        QVERIFY2(latin, "non-UTF-8 name not escaped as expected");
        QCOMPARE(latin->pathBytes, QByteArray("caf\xe9/latin1-\xff.py"));
        QCOMPARE(latin->language, u"Python"_s);

        const auto *accent = find(files, u"docs/été.md"_s);
        QVERIFY(accent);
        QVERIFY(accent->pathBytes.isEmpty());
        QCOMPARE(accent->lineCount.value(), 1);

        QCOMPARE(find(files, u"no-newline.txt"_s)->lineCount.value(), 2);

        const auto *huge = find(files, u"data/huge.bin"_s);
        QCOMPARE(huge->sizeBytes, qint64(40 * 1024 * 1024));
        QVERIFY(huge->contentSkipped);
        QVERIFY(!huge->lineCount.has_value());

        QCOMPARE(record.sizeBytes, [&] { qint64 s = 0; for (const auto &f : files) s += f.sizeBytes; return s; }());
    }

    void notebookCellsFromThePinnedCommit()
    {
        test::TempWorkspace tmp;
        const auto record = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_repoPath));
        const auto content = repo::InventoryBuilder::readFile(record.localPath, record.commitSha, "examples/tutorial.ipynb");
        QVERIFY(content.has_value());
        QCOMPARE(repo::Notebook::codeCells(*content), QStringList{u"import pyfoo\n"_s});
        QVERIFY(!repo::InventoryBuilder::readFile(record.localPath, record.commitSha, "missing.py").has_value());
        const auto latin = repo::InventoryBuilder::readFile(record.localPath, record.commitSha, "caf\xe9/latin1-\xff.py");
        QCOMPARE(latin.value(), QByteArray("print('latin-1 name')\n"));
    }

    void readdingFetchesAndPinsTheNewCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"evolving"_s);
        test::GitFixture repo(path);
        repo.addFile("a.py", "a = 1\n");
        const QString first = repo.commit("one");

        test::TempWorkspace tmp;
        const repo::RepositoryIngestor ingestor(tmp.workspace());
        const auto r1 = ingestor.ingest(repo::SourceSpec::parse(path));
        QCOMPARE(r1.commitSha, first);
        QCOMPARE(r1.fileCount, 1);
        const QString mirror = r1.localPath;
        {
            QFile marker(mirror + u"/wb-test-marker"_s);
            QVERIFY(marker.open(QIODevice::WriteOnly));
        }

        repo.addFile("b.py", "b = 2\n");
        const QString second = repo.commit("two");
        const auto r2 = ingestor.ingest(repo::SourceSpec::parse(path));
        QCOMPARE(r2.id, r1.id);
        QCOMPARE(r2.commitSha, second);
        QCOMPARE(r2.fileCount, 2);
        QCOMPARE(r2.localPath, mirror);
        QVERIFY2(QFile::exists(mirror + u"/wb-test-marker"_s), "the mirror was recloned instead of fetched");
        QCOMPARE(countRows(tmp.workspace(), u"repositories"_s), 1);
        QCOMPARE(countRows(tmp.workspace(), u"files"_s), 2);
    }

    void bareRepositoriesAndOtherBranchNames()
    {
        QTemporaryDir dir;
        test::GitFixture repo(dir.filePath(u"tool.git"_s), true, "trunk");
        repo.addFile("x.f90", "program x\nend program x\n");
        const QString sha = repo.commit();
        test::TempWorkspace tmp;
        const auto r = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(dir.filePath(u"tool.git"_s)));
        QCOMPARE(r.commitSha, sha);
        QCOMPARE(r.defaultBranch, u"trunk"_s);
        QCOMPARE(r.name, u"tool"_s);
        QVERIFY(r.licenseSpdx.isEmpty());
    }

    void shallowLocalRepositoryIsReadInPlace()
    {
        // A `git clone --depth 1` look-alike: the boundary commit is listed in .git/shallow and its
        // parent object is absent.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shallow"_s);
        test::GitFixture repo(path);
        repo.addFile("a.py", "a = 1\n");
        const QString first = repo.commit("one");
        repo.addFile("b.py", "b = 2\n");
        const QString second = repo.commit("two");
        {
            QFile shallow(path + u"/.git/shallow"_s);
            QVERIFY(shallow.open(QIODevice::WriteOnly));
            shallow.write(second.toLatin1() + '\n');
        }
        QVERIFY(QFile::remove(path + u"/.git/objects/"_s + first.left(2) + u'/' + first.mid(2)));

        test::TempWorkspace tmp;
        const auto r = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(path));
        QCOMPARE(r.commitSha, second);
        QCOMPARE(r.fileCount, 2);
        QCOMPARE(r.defaultBranch, u"main"_s);
        QVERIFY2(r.localPath.startsWith(QFileInfo(path).canonicalFilePath()), qPrintable(r.localPath));
        QVERIFY(!QFileInfo::exists(tmp.workspace()->cachePath() + u"/repos/local"_s)
                || QDir(tmp.workspace()->cachePath() + u"/repos/local"_s).isEmpty());
        const auto content = repo::InventoryBuilder::readFile(r.localPath, r.commitSha, "b.py");
        QCOMPARE(content.value(), QByteArray("b = 2\n"));
    }

    void emptyRepositoryIsAClearErrorAndLeavesNothing()
    {
        QTemporaryDir dir;
        { test::GitFixture empty(dir.filePath(u"empty"_s)); }
        test::TempWorkspace tmp;
        try {
            repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(dir.filePath(u"empty"_s)));
            QFAIL("ingested an empty repository");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"empty repository"_s), qPrintable(e.message()));
        }
        QCOMPARE(countRows(tmp.workspace(), u"repositories"_s), 0);
        QVERIFY(QDir(tmp.workspace()->cachePath() + u"/repos/local"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void notAGitRepository()
    {
        QTemporaryDir dir;
        test::TempWorkspace tmp;
        try {
            repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(dir.path()));
            QFAIL("ingested a plain folder");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"not a Git repository"_s), qPrintable(e.message()));
        }
    }

    void cancelledCloneLeavesNothing()
    {
        test::TempWorkspace tmp;
        std::atomic_bool cancel{false};
        int calls = 0;
        try {
            repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_repoPath), &cancel,
                                                             [&](const repo::TransferProgress &p) {
                                                                 ++calls;
                                                                 if (p.phase != repo::TransferProgress::Phase::Connecting)
                                                                     cancel = true;
                                                             });
            QFAIL("the ingest was not cancelled");
        } catch (const Error &e) {
            QCOMPARE(int(e.kind()), int(Error::Kind::Cancelled));
        }
        QVERIFY(calls > 0);
        QCOMPARE(countRows(tmp.workspace(), u"repositories"_s), 0);
        QCOMPARE(countRows(tmp.workspace(), u"files"_s), 0);
        const QDir local(tmp.workspace()->cachePath() + u"/repos/local"_s);
        QVERIFY2(local.entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty(),
                 qPrintable(local.entryList(QDir::NoDotAndDotDot | QDir::AllEntries).join(u", "_s)));
    }

    void cancelDuringInventoryKeepsThePreviousInventory()
    {
        test::TempWorkspace tmp;
        const repo::RepositoryIngestor ingestor(tmp.workspace());
        const auto first = ingestor.ingest(repo::SourceSpec::parse(m_repoPath));
        std::atomic_bool cancel{false};
        QVERIFY_THROWS_EXCEPTION(Error, ingestor.ingest(repo::SourceSpec::parse(m_repoPath), &cancel,
                                                        [&](const repo::TransferProgress &p) {
                                                            if (p.phase == repo::TransferProgress::Phase::Inventory)
                                                                cancel = true;
                                                        }));
        // The transaction rolled back: the old inventory and the mirror are intact.
        QCOMPARE(store::RepositoryStore(tmp.workspace()).fileCount(first.id), first.fileCount);
        QVERIFY(QFileInfo(first.localPath).isDir());
    }

    void leftoversOfAKilledProcessAreCleared()
    {
        test::TempWorkspace tmp;
        const repo::RepositoryIngestor ingestor(tmp.workspace());
        const auto first = ingestor.ingest(repo::SourceSpec::parse(m_repoPath));
        // As if a fetch and a first clone had been killed an hour ago: a ref lock and a partial clone.
        const QString lock = first.localPath + u"/refs/heads/main.lock"_s;
        const QString partial = first.localPath + u".partial-dead0001"_s;
        QVERIFY(QDir().mkpath(partial));
        {
            QFile f(lock);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("0000000000000000000000000000000000000000\n");
        }
        const time_t old = time(nullptr) - 7200;
        const utimbuf times{old, old};
        for (const QString &path : {lock, partial})
            QCOMPARE(utime(QFile::encodeName(path).constData(), &times), 0);
        const auto again = ingestor.ingest(repo::SourceSpec::parse(m_repoPath));
        QCOMPARE(again.commitSha, first.commitSha);
        QVERIFY(!QFile::exists(lock));
        QVERIFY(!QFileInfo::exists(partial));
    }

    void otherWritersProceedWhileAnInventoryRuns()
    {
        test::TempWorkspace tmp;
        bool wrote = false;
        QString error;
        bool tried = false;
        repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_repoPath), nullptr,
                                                         [&](const repo::TransferProgress &p) {
            if (p.phase != repo::TransferProgress::Phase::Inventory || tried)
                return;
            tried = true;
            // Another process's writer with a short busy timeout: it fails if the inventory holds the lock.
            QThread *t = QThread::create([&] {
                {
                    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
                    db.setDatabaseName(tmp.workspace()->path());
                    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=200"_s);
                    QSqlQuery q(db);
                    wrote = db.open() && q.exec(u"BEGIN IMMEDIATE"_s)
                            && q.exec(u"INSERT INTO settings (key, value) VALUES ('other', 'writer')"_s)
                            && q.exec(u"COMMIT"_s);
                    if (!wrote)
                        error = q.lastError().text();
                }
                QSqlDatabase::removeDatabase(u"other-writer"_s);
            });
            t->start();
            t->wait();
            delete t;
        });
        QVERIFY(tried);
        QVERIFY2(wrote, qPrintable(error));
        QCOMPARE(tmp.workspace()->setting(u"other"_s), u"writer"_s);
    }

    void authenticationRequired()
    {
        UnauthorizedServer server;
        server.startAndWait();
        test::TempWorkspace tmp;
        const QString url = u"http://127.0.0.1:%1/private/repo.git"_s.arg(server.port());
        try {
            repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(url));
            QFAIL("cloned without credentials");
        } catch (const Error &e) {
            QCOMPARE(int(e.kind()), int(Error::Kind::Authentication));
            QVERIFY2(e.message().contains(u"authentication required"_s), qPrintable(e.message()));
        }
        server.stop();
        QCOMPARE(countRows(tmp.workspace(), u"repositories"_s), 0);
    }

    void deadEndpoint()
    {
        // A port nothing listens on: the error names the source and does not hang.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        test::TempWorkspace tmp;
        try {
            repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(u"http://127.0.0.1:%1/a/b.git"_s.arg(port)));
            QFAIL("cloned from a dead endpoint");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"127.0.0.1"_s), qPrintable(e.message()));
        }
    }

    void mirrorPathsAreSanitised()
    {
        const repo::RepositoryFetcher fetcher(u"/cache"_s);
        const QString p = fetcher.mirrorPath(repo::SourceSpec::parse(u"https://evil.example/..%2F..%2Fetc/passwd"_s));
        QVERIFY2(p.startsWith(u"/cache/repos/evil.example/"_s), qPrintable(p));
        QVERIFY2(!p.contains(u"/../"_s), qPrintable(p));
        QVERIFY(fetcher.mirrorPath(repo::SourceSpec::parse(u"a/b"_s)) != fetcher.mirrorPath(repo::SourceSpec::parse(u"a/b_"_s)));
    }

    void hostileNames()
    {
        QTemporaryDir dir;
        test::GitFixture repo(dir.filePath(u"hostile"_s));
        repo.addFile("evil\nname.py", "x\n");
        repo.addFile("\x1b[31mred.py", "x\n");
        repo.addFile("-rf", "x\n");
        repo.addFile("sp ace/$(touch pwned).sh", "x\n");
        repo.commit();
        test::TempWorkspace tmp;
        const auto r = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(dir.filePath(u"hostile"_s)));
        QCOMPARE(r.fileCount, 4);
        const auto files = store::RepositoryStore(tmp.workspace()).files(r.id);
        QVERIFY(find(files, u"evil\\x0aname.py"_s));
        QCOMPARE(find(files, u"evil\\x0aname.py"_s)->pathBytes, QByteArray("evil\nname.py"));
        QVERIFY(find(files, u"\\x1b[31mred.py"_s));
        QVERIFY(find(files, u"-rf"_s));
        QVERIFY(find(files, u"sp ace/$(touch pwned).sh"_s));
        QVERIFY(!QFile::exists(u"pwned"_s));
        const auto content = repo::InventoryBuilder::readFile(r.localPath, r.commitSha, "evil\nname.py");
        QCOMPARE(content.value(), QByteArray("x\n"));
    }

    void manyFiles()
    {
        QTemporaryDir dir;
        test::GitFixture repo(dir.filePath(u"many"_s));
        for (int i = 0; i < 3000; ++i)
            repo.addFile(QByteArray("pkg/mod") + QByteArray::number(i / 100) + "/f" + QByteArray::number(i) + ".py",
                         "x = " + QByteArray::number(i) + "\n");
        repo.commit();
        test::TempWorkspace tmp;
        const auto r = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(dir.filePath(u"many"_s)));
        QCOMPARE(r.fileCount, 3000);
        QCOMPARE(countRows(tmp.workspace(), u"files"_s), 3000);
    }
};

QTEST_GUILESS_MAIN(TstIngestion)
#include "tst_ingestion.moc"
