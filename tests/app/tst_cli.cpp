// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real codedistiller binary and checks its output, JSON and exit codes.
#include "gitfixture.h"
#include "store/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TstCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_repo;
    QString m_sha;

    Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CODEDISTILLER_BIN), args);
        if (!p.waitForFinished(60000))
            qFatal("codedistiller did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QJsonDocument json(const Run &r)
    {
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s\nstderr: %s", r.out.constData(), r.err.constData());
        return doc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(u"ws/cli.cdw"_s);
        m_repo = m_dir.filePath(u"matsci-tool"_s);
        wb::test::GitFixture repo(m_repo);
        repo.addFile("README.md", "# matsci-tool\nRun examples/demo.py\n");
        repo.addFile("LICENSE", "Redistribution and use in source and binary forms, with or without modification... "
                                "this list of conditions and the following disclaimer. Neither the name... may be used to "
                                "endorse or promote products derived from this software without specific prior written permission.");
        repo.addFile("examples/demo.py", "import matsci_tool\n");
        repo.addFile("matsci_tool/__init__.py", "from .core import relax\n");
        repo.addFile("matsci_tool/core.py", "def relax():\n    return 1\n");
        repo.addFile("data/POSCAR", "Si\n1.0\n");
        m_sha = repo.commit();
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("global") << QStringList{u"--help"_s};
        QTest::newRow("init") << QStringList{u"init"_s, u"--help"_s};
        QTest::newRow("add") << QStringList{u"add"_s, u"--help"_s};
        QTest::newRow("repos") << QStringList{u"repos"_s, u"--help"_s};
        QTest::newRow("files") << QStringList{u"files"_s, u"--help"_s};
        QTest::newRow("llm group") << QStringList{u"llm"_s, u"--help"_s};
        QTest::newRow("slurm group") << QStringList{u"slurm"_s, u"-h"_s};
        QTest::newRow("workspace group") << QStringList{u"workspace"_s, u"--help"_s};
        QTest::newRow("slurm jobs") << QStringList{u"slurm"_s, u"jobs"_s, u"--help"_s};
    }

    void help()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage:") || r.out.contains("usage:"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown option") << QStringList{u"--frob"_s, u"repos"_s};
        QTest::newRow("add without sources") << QStringList{u"add"_s};
        QTest::newRow("files without repo") << QStringList{u"files"_s};
        QTest::newRow("bad category") << QStringList{u"files"_s, u"x"_s, u"--category"_s, u"music"_s};
        QTest::newRow("bad source") << QStringList{u"add"_s, u"this is not a source"_s};
        QTest::newRow("workspace without path") << QStringList{u"--workspace"_s};
        QTest::newRow("llm without subcommand") << QStringList{u"llm"_s};
        QTest::newRow("unknown slurm subcommand") << QStringList{u"slurm"_s, u"frobnicate"_s};
        QTest::newRow("unknown workspace subcommand") << QStringList{u"workspace"_s, u"frobnicate"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(QStringList{u"--workspace"_s, m_workspace} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void initAddReposFiles()
    {
        Run r = run({u"--json"_s, u"init"_s, m_workspace});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).object().value(u"schema_version"_s).toInt(), wb::store::Schema::latestVersion());

        // The environment variable names the workspace when --workspace is absent.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CODEDISTILLER_WORKSPACE"_s, m_workspace);
        r = run({u"add"_s, u"--json"_s, m_repo}, env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject added = json(r).object().value(u"added"_s).toArray().first().toObject();
        QCOMPARE(added.value(u"commit"_s).toString(), m_sha);
        QCOMPARE(added.value(u"files"_s).toInt(), 6);
        QCOMPARE(added.value(u"license"_s).toString(), u"BSD-3-Clause"_s);
        QCOMPARE(added.value(u"name"_s).toString(), u"matsci-tool"_s);

        r = run({u"-w"_s, m_workspace, u"add"_s, m_repo});   // text output, and a re-add
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(m_sha.toLatin1()));
        QVERIFY(r.out.contains("6 files"));
        QVERIFY(r.out.contains("BSD-3-Clause"));

        r = run({u"--workspace"_s, m_workspace, u"repos"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray repos = json(r).array();
        QCOMPARE(repos.size(), 1);
        QCOMPARE(repos.first().toObject().value(u"commit"_s).toString(), m_sha);

        r = run({u"--workspace"_s, m_workspace, u"repos"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("ID"));
        QVERIFY(r.out.contains("matsci-tool"));

        r = run({u"--workspace"_s, m_workspace, u"--json"_s, u"files"_s, u"matsci-tool"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray files = json(r).object().value(u"files"_s).toArray();
        QCOMPARE(files.size(), 6);
        int previous = 5;
        for (const auto &f : files) {   // sorted by prior, highest first
            const int prior = f.toObject().value(u"prior"_s).toInt();
            QVERIFY(prior <= previous);
            previous = prior;
        }
        QCOMPARE(files.first().toObject().value(u"prior"_s).toInt(), 5);

        r = run({u"--workspace"_s, m_workspace, u"files"_s, u"1"_s, u"--category"_s, u"data"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("data/POSCAR"));
        QVERIFY(!r.out.contains("examples/demo.py"));
    }

    void failures()
    {
        Run r = run({u"--workspace"_s, m_workspace, u"files"_s, u"no-such-repo"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("No repository named"));

        r = run({u"--workspace"_s, m_workspace, u"--json"_s, u"add"_s, m_dir.filePath(u"missing"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("No such file or folder"));

        QTemporaryDir plain;
        r = run({u"--workspace"_s, m_workspace, u"--json"_s, u"add"_s, plain.path()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(json(r).object().value(u"failed"_s).toArray().size(), 1);

        // A file that is not a workspace is refused with a clear message.
        QFile junk(m_dir.filePath(u"junk.cdw"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database");
        junk.close();
        r = run({u"--workspace"_s, junk.fileName(), u"repos"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not a CodeDistiller workspace"));
    }

    void listFileSources()
    {
        QFile list(m_dir.filePath(u"batch.json"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(QJsonDocument(QJsonArray{QJsonObject{{u"repo_name"_s, m_repo}}}).toJson());
        list.close();
        const Run r = run({u"--workspace"_s, m_dir.filePath(u"list.cdw"_s), u"--json"_s, u"add"_s, list.fileName()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).object().value(u"added"_s).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
