// SPDX-License-Identifier: GPL-3.0-or-later
// Where rounds live: private folders, one per workspace, removed once collected unless kept.
#include "exec/executionjob.h"
#include "exec/executor.h"
#include "exec/roundfolders.h"
#include "roundoutput.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wb::exec;
using wb::test::RoundOutput;

namespace {
struct stat statOf(const QString &path)
{
    struct stat st{};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st;
}

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}
} // namespace

class TstRoundFolders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_example = 100;
    QStringList m_keys;   ///< made under the work root, removed at the end (root's is shared)

    // The work root as Executor::workRoot() gives it: the workspace's cache, or root's scratch folder.
    QString workRoot(const QString &name) const
    {
        const QString cache = m_dir.filePath(name);
        QDir().mkpath(cache);
        return Executor::scratchRoot(cache);
    }

    ExecutionResult run(const Executor &executor, const QString &roundDirectory, const QByteArray &mainPy)
    {
        ExecutionRequest request;
        request.roundDirectory = roundDirectory;
        request.mainPy = mainPy;
        request.runSh = "true\n";
        ExecutionJob *job = executor.start(request, this);
        QSignalSpy spy(job, &ExecutionJob::finished);
        if (!spy.wait(120000))
            qFatal("the round did not finish");
        job->deleteLater();
        return spy.first().first().value<ExecutionResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);   // the rounds' user passes through
    }

    void cleanupTestCase()
    {
        for (const QString &folder : std::as_const(m_keys))
            RoundFolders::remove(folder);
    }

    void workspacesOfTheSameNameGetTheirOwnFolders()
    {
        const QString a = RoundFolders::workspaceKey(u"/data/lab-a/thesis.cdw"_s);
        const QString b = RoundFolders::workspaceKey(u"/data/lab-b/thesis.cdw"_s);
        QVERIFY(a.startsWith(u"thesis-"_s) && b.startsWith(u"thesis-"_s));
        QVERIFY(a != b);
        QCOMPARE(RoundFolders::workspaceKey(u"/data/lab-a/thesis.cdw"_s), a);
        QVERIFY(RoundFolders::workspaceKey(u"postgresql://me@db.example.org:5432/team"_s).startsWith(u"team-"_s));
        QVERIFY(!RoundFolders::workspaceKey(u"/x/../../evil name.cdw"_s).contains(u'/'));

        const QString root = workRoot(u"cache-same-name"_s);
        m_keys << root + u"/rounds/"_s + a << root + u"/rounds/"_s + b;
        const QString first = RoundFolders::prepare(root, a, 1, 1);
        const QString second = RoundFolders::prepare(root, b, 1, 1);
        QVERIFY(QFileInfo(first).absolutePath() != QFileInfo(second).absolutePath());
    }

    void foldersArePrivate()
    {
        const QString root = workRoot(u"cache-private"_s);
        // A folder an older version left world-readable becomes private too.
        QVERIFY(QDir().mkpath(root + u"/rounds"_s));
        ::chmod(QFile::encodeName(root + u"/rounds"_s).constData(), 0755);
        const QString key = RoundFolders::workspaceKey(m_dir.filePath(u"private.cdw"_s));
        m_keys << root + u"/rounds/"_s + key;
        const QString round = RoundFolders::prepare(root, key, 3, 1);
        QVERIFY(!QFileInfo::exists(round));
        const bool asRoot = ::geteuid() == 0;
        for (const QString &folder : QStringList{root + u"/rounds"_s, root + u"/rounds/"_s + key, QFileInfo(round).absolutePath()}) {
            const struct stat st = statOf(folder);
            QCOMPARE(st.st_uid, ::geteuid());
            QCOMPARE(int(st.st_mode & 07777), asRoot ? 0710 : 0700);
            if (asRoot)
                QCOMPARE(int(st.st_gid), Executor::roundUid());   // only root and the rounds' user pass
        }

        // A real round runs there (as nobody under root) and its folder is the round's user's alone.
        const auto local = Executor::create(u"local"_s);
        const ExecutionResult r = run(*local, round, "import os\nopen('to_save/x.txt', 'w').write('ok')\nprint(oct(os.stat('.').st_mode & 0o777))\n");
        QVERIFY2(r.succeeded(), qPrintable(r.message + u'\n' + RoundOutput::text(r)));
        QVERIFY2(RoundOutput::text(r, u"stdout"_s).contains(u"0o700"_s), qPrintable(RoundOutput::text(r)));
        QVERIFY(RoundOutput::artifact(r, u"to_save/x.txt"_s));
        const struct stat st = statOf(round);
        QCOMPARE(int(st.st_mode & 07777), 0700);
        QCOMPARE(int(st.st_uid), asRoot ? Executor::roundUid() : int(::geteuid()));
        if (asRoot) {   // anyone else (a third user) cannot even reach it
            QProcess ls;
            ls.start(u"setpriv"_s, {u"--reuid=4242"_s, u"--regid=4242"_s, u"--clear-groups"_s, u"--"_s, u"/bin/ls"_s, round});
            QVERIFY(ls.waitForFinished(10000));
            QVERIFY(ls.exitCode() != 0);
        }
    }

    void retentionDecidesWhatStays_data()
    {
        QTest::addColumn<QString>("retention");
        QTest::addColumn<bool>("fails");
        QTest::addColumn<bool>("kept");
        QTest::newRow("remove, success") << u"remove"_s << false << false;
        QTest::newRow("remove, failure") << u"remove"_s << true << false;
        QTest::newRow("keep-failed, success") << u"keep-failed"_s << false << false;
        QTest::newRow("keep-failed, failure") << u"keep-failed"_s << true << true;
        QTest::newRow("keep-all, success") << u"keep-all"_s << false << true;
    }
    void retentionDecidesWhatStays()
    {
        QFETCH(QString, retention);
        QFETCH(bool, fails);
        QFETCH(bool, kept);
        ExecutorSettings settings;
        settings.retention = roundRetentionFromString(retention).value();
        const auto local = Executor::create(u"local"_s, settings);
        const QString root = workRoot(u"cache-retention"_s);
        const QString key = RoundFolders::workspaceKey(m_dir.filePath(u"r.cdw"_s));
        m_keys << root + u"/rounds/"_s + key;
        const QString round = RoundFolders::prepare(root, key, ++m_example, 1);
        const ExecutionResult r = run(*local, round, fails ? "raise SystemExit(3)\n" : "open('to_save/x', 'w').write('x')\n");
        QCOMPARE(r.succeeded(), !fails);
        QVERIFY(QFileInfo(round).isDir());   // collected, not yet saved: still there
        QVERIFY(local->releaseRound(round, r));
        QCOMPARE(QFileInfo::exists(round), kept);
        QCOMPARE(QFileInfo::exists(QFileInfo(round).absolutePath()), kept);   // the example's folder goes with its last round
    }

    void removalNeverFollowsLinks()
    {
        const QString host = m_dir.filePath(u"home"_s);
        QVERIFY(write(host + u"/.ssh/id_ed25519"_s, "key"));
        const QString round = m_dir.filePath(u"removal/example-1/round-1"_s);
        QVERIFY(write(round + u"/to_save/a.txt"_s, "a"));
        QVERIFY(write(round + u"/locked/inner/b.txt"_s, "b"));
        QVERIFY(write(round + u"/readonly/c.txt"_s, "c"));
        QCOMPARE(::symlink(QFile::encodeName(host).constData(), QFile::encodeName(round + u"/retain"_s).constData()), 0);
        QCOMPARE(::symlink(QFile::encodeName(host + u"/.ssh/id_ed25519"_s).constData(),
                           QFile::encodeName(round + u"/to_save/key"_s).constData()), 0);
        QCOMPARE(::mkfifo(QFile::encodeName(round + u"/fifo"_s).constData(), 0600), 0);
        ::chmod(QFile::encodeName(round + u"/locked/inner"_s).constData(), 0);
        ::chmod(QFile::encodeName(round + u"/locked"_s).constData(), 0);
        ::chmod(QFile::encodeName(round + u"/readonly"_s).constData(), 0500);
        QVERIFY(RoundFolders::remove(round));
        QVERIFY(!QFileInfo::exists(round));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"removal/example-1"_s)));
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"removal"_s)));   // not the workbench's example folder: stays
        QVERIFY(QFileInfo::exists(host + u"/.ssh/id_ed25519"_s));
        QVERIFY(RoundFolders::remove(round));   // already gone
        // A round directory replaced by a link: the link goes, not what it points to.
        const QString linked = m_dir.filePath(u"removal/round-2"_s);
        QCOMPARE(::symlink(QFile::encodeName(host).constData(), QFile::encodeName(linked).constData()), 0);
        QVERIFY(RoundFolders::remove(linked));
        QVERIFY(QFileInfo::exists(host + u"/.ssh/id_ed25519"_s));
    }
};

QTEST_GUILESS_MAIN(TstRoundFolders)
#include "tst_roundfolders.moc"
