// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitfixture.h"
#include "repo/sourcespec.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using wb::repo::SourceSpec;

class TstSourceSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remote_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");

        QTest::newRow("https") << u"https://github.com/materialsproject/pymatgen"_s
                               << u"https://github.com/materialsproject/pymatgen"_s
                               << u"https://github.com/materialsproject/pymatgen"_s << u"materialsproject/pymatgen"_s;
        QTest::newRow("https .git and slash") << u"https://GitHub.com/materialsproject/pymatgen.git/"_s
                                              << u"https://GitHub.com/materialsproject/pymatgen.git/"_s
                                              << u"https://github.com/materialsproject/pymatgen"_s << u"materialsproject/pymatgen"_s;
        QTest::newRow("gitlab subgroup") << u"https://gitlab.com/ase/ase.git"_s << u"https://gitlab.com/ase/ase.git"_s
                                         << u"https://gitlab.com/ase/ase"_s << u"ase/ase"_s;
        QTest::newRow("ssh url") << u"ssh://git@example.org:2222/group/tool.git"_s
                                 << u"ssh://git@example.org:2222/group/tool.git"_s << u"ssh://example.org:2222/group/tool"_s
                                 << u"group/tool"_s;
        QTest::newRow("scp-like") << u"git@github.com:owner/name.git"_s << u"git@github.com:owner/name.git"_s
                                  << u"ssh://github.com/owner/name"_s << u"owner/name"_s;
        QTest::newRow("git protocol") << u"git://example.org/a/b"_s << u"git://example.org/a/b"_s
                                      << u"git://example.org/a/b"_s << u"a/b"_s;
        QTest::newRow("shorthand") << u"materialsproject/pymatgen"_s << u"https://github.com/materialsproject/pymatgen.git"_s
                                   << u"https://github.com/materialsproject/pymatgen"_s << u"materialsproject/pymatgen"_s;
        QTest::newRow("shorthand whitespace") << u"  CederGroupHub/chgnet \n"_s
                                              << u"https://github.com/CederGroupHub/chgnet.git"_s
                                              << u"https://github.com/CederGroupHub/chgnet"_s << u"CederGroupHub/chgnet"_s;
    }

    void remote()
    {
        QFETCH(QString, input);
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QString, name);
        const SourceSpec spec = SourceSpec::parse(input);
        QCOMPARE(int(spec.kind), int(SourceSpec::Kind::Remote));
        QCOMPARE(spec.url, url);
        QCOMPARE(spec.key, key);
        QCOMPARE(spec.name, name);
    }

    void local()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"my-repo.git"_s));
        const QString bare = dir.filePath(u"my-repo.git"_s);
        SourceSpec spec = SourceSpec::parse(bare);
        QCOMPARE(int(spec.kind), int(SourceSpec::Kind::Local));
        QCOMPARE(spec.name, u"my-repo"_s);
        QCOMPARE(spec.url, QFileInfo(bare).canonicalFilePath());
        QVERIFY(spec.key.startsWith(u"file://"_s));
        // file:// URLs are local paths too, with the same identity.
        QCOMPARE(SourceSpec::parse(u"file://"_s + bare).key, spec.key);
    }

    // Every way of naming one local repository gives the same source: its work tree.
    void localAliases_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("asUrl");
        QTest::newRow("path") << u"repo"_s << false;
        QTest::newRow("trailing slash") << u"repo/"_s << false;
        QTest::newRow(".git folder") << u"repo/.git"_s << false;
        QTest::newRow(".git folder with slash") << u"repo/.git/"_s << false;
        QTest::newRow("dot segments") << u"repo/../repo/./"_s << false;
        QTest::newRow("symlink") << u"link"_s << false;
        QTest::newRow("symlink, .git") << u"link/.git"_s << false;
        QTest::newRow("symlink to .git") << u"gitlink"_s << false;
        QTest::newRow("file URL") << u"repo"_s << true;
        QTest::newRow("file URL of .git") << u"repo/.git"_s << true;
        QTest::newRow("file URL with slash") << u"repo/"_s << true;
    }

    void localAliases()
    {
        QFETCH(QString, relative);
        QFETCH(bool, asUrl);
        QTemporaryDir dir;
        const QString repo = dir.filePath(u"repo"_s);
        {
            wb::test::GitFixture fixture(repo);
            fixture.addFile("README.md", "# repo\n");
            fixture.commit();
        }
        QVERIFY(QFile::link(repo, dir.filePath(u"link"_s)));
        QVERIFY(QFile::link(repo + u"/.git"_s, dir.filePath(u"gitlink"_s)));
        const QString canonical = QFileInfo(repo).canonicalFilePath();

        const QString path = dir.filePath(relative);
        const SourceSpec spec = SourceSpec::parse(asUrl ? u"file://"_s + path : path);
        QCOMPARE(int(spec.kind), int(SourceSpec::Kind::Local));
        QCOMPARE(spec.url, canonical);
        QCOMPARE(spec.key, QUrl::fromLocalFile(canonical).toString());
        QCOMPARE(spec.name, u"repo"_s);
    }

    // A folder that happens to be called ".git" but is not its parent's Git folder is left alone.
    void foreignDotGit()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"plain/.git"_s));
        const SourceSpec spec = SourceSpec::parse(dir.filePath(u"plain/.git"_s));
        QVERIFY(spec.url.endsWith(u"/plain/.git"_s));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << u"   "_s << int(wb::Error::Kind::InvalidInput);
        QTest::newRow("words") << u"not a repository"_s << int(wb::Error::Kind::InvalidInput);
        QTest::newRow("ftp") << u"ftp://example.org/a/b"_s << int(wb::Error::Kind::InvalidInput);
        QTest::newRow("host only") << u"https://github.com/"_s << int(wb::Error::Kind::InvalidInput);
        QTest::newRow("missing path") << u"/definitely/not/here/repo"_s << int(wb::Error::Kind::NotFound);
        QTest::newRow("traversal shorthand") << u"no-such-owner/.."_s << int(wb::Error::Kind::InvalidInput);
        QTest::newRow("newline injection") << u"owner/name\n--upload-pack=evil"_s << int(wb::Error::Kind::InvalidInput);
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(int, kind);
        try {
            SourceSpec::parse(input);
            QFAIL("accepted invalid input");
        } catch (const wb::Error &e) {
            QCOMPARE(int(e.kind()), kind);
            QVERIFY(!e.message().isEmpty());
        }
    }

    void listFiles()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(u"repos.txt"_s);
        const QString json = dir.filePath(u"batch.json"_s);
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# materials science\nmaterialsproject/pymatgen\n\n  https://gitlab.com/ase/ase.git  # ASE\n");
            QFile g(json);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write("[{\"repo_name\": \"CederGroupHub/chgnet\", \"stars\": 10}, {\"repo_name\": \"https://github.com/a/b\"}]");
        }
        QCOMPARE(SourceSpec::readList(text), (QStringList{u"materialsproject/pymatgen"_s, u"https://gitlab.com/ase/ase.git"_s}));
        QCOMPARE(SourceSpec::readList(json), (QStringList{u"CederGroupHub/chgnet"_s, u"https://github.com/a/b"_s}));
        QCOMPARE(SourceSpec::expand({u"x/y"_s, json}),
                 (QStringList{u"x/y"_s, u"CederGroupHub/chgnet"_s, u"https://github.com/a/b"_s}));
    }

    void badListFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("json without repo_name") << QByteArray("[{\"name\": \"x\"}]");
        QTest::newRow("truncated json") << QByteArray("[{\"repo_name\": ");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3);
    }

    void badListFiles()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QVERIFY_THROWS_EXCEPTION(wb::Error, SourceSpec::readList(path));
    }
};

QTEST_APPLESS_MAIN(TstSourceSpec)
#include "tst_sourcespec.moc"
