// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI under hostile conditions: a clone killed with SIGKILL, a workspace the user may only read, a
// repository of another user, and names and messages that carry terminal escape sequences.
// The permission cases need an ordinary user (root ignores permissions) and the ownership cases need
// root (to give a repository away): each skips where it cannot run; CTest runs this test both as root
// and as an ordinary user (tests/support/run_unprivileged.sh).
#include "clirun.h"
#include "fakellmserver.h"
#include "gitfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using wb::test::CliRun;
using wb::test::FakeResponse;

namespace {
QString cliBinary()
{
    // The unprivileged run uses a copy the ordinary user can reach.
    return qEnvironmentVariable("WB_CODEDISTILLER_BIN", QStringLiteral(CODEDISTILLER_BIN));
}

CliRun cli(const QString &workspace, const QStringList &args, const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
    env.remove(u"OPENAI_API_KEY"_s);
    env.remove(u"OPENAI_BASE_URL"_s);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliBinary(), QStringList{u"--workspace"_s, workspace} + args);
    if (!p.waitForFinished(240000))
        qFatal("codedistiller did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString describe(const CliRun &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// Partial clone folders under a workspace's cache.
QStringList partials(const QString &cache)
{
    QStringList found;
    QDirIterator it(cache, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName().contains(u".partial-"_s))
            found << path;
    }
    return found;
}

bool isRoot()
{
    return geteuid() == 0;
}

// A repository big enough that cloning it takes a while: many commits of incompressible files.
void makeLargeRepository(const QString &path)
{
    wb::test::GitFixture repo(path);
    auto *random = QRandomGenerator::global();
    for (int commit = 0; commit < 8; ++commit) {
        for (int i = 0; i < 300; ++i) {
            QByteArray content(16 * 1024, Qt::Uninitialized);
            random->fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
            repo.addFile(QByteArray("data/") + QByteArray::number(commit) + '-' + QByteArray::number(i) + ".bin",
                         content);
        }
        repo.commit("part " + QByteArray::number(commit));
    }
}

const QByteArray kEsc("\x1b");
} // namespace

class TstCliRobustness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Others must reach the fixtures: the ownership cases hand a copy to another user.
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ReadOther | QFile::ExeOther);
        m_repo = m_dir.filePath(u"tool"_s);
        wb::test::GitFixture repo(m_repo);
        repo.addFile("README.md", "# tool\n");
        repo.addFile("tool/core.py", "def run():\n    return 1\n");
        repo.commit();
    }

    // kill -9 during `add` leaves a partial clone; the next `add` removes it (its process is gone) and
    // succeeds, while a partial clone whose owner still runs is left alone.
    void killedCloneIsCleanedUp()
    {
        const QString big = m_dir.filePath(u"big"_s);
        makeLargeRepository(big);
        const QString workspace = m_dir.filePath(u"kill/ws.cdw"_s);
        const QString cache = m_dir.filePath(u"kill/ws.cache"_s);
        QVERIFY2(cli(workspace, {u"init"_s}).exitCode == 0, "init");

        // A clone "in progress" by a live process (this one): its lock is held.
        const QString liveDir = cache + u"/repos/local/other-0123456789.git.partial-live0001"_s;
        QVERIFY(QDir().mkpath(liveDir));
        QLockFile liveLock(liveDir + u".lock"_s);
        QVERIFY(liveLock.tryLock(0));

        // Kill at several points of the transfer: as soon as a new partial folder appears, and later.
        // Each add first removes the leftovers of the one killed before it.
        int killed = 0;
        QStringList seen{liveDir};
        for (const int delayMs : {0, 20, 60, 150, 300}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
            p.setProcessEnvironment(env);
            p.start(cliBinary(), {u"--workspace"_s, workspace, u"add"_s, big});
            QVERIFY(p.waitForStarted());
            QElapsedTimer timer;
            timer.start();
            const auto isNew = [&] {
                const QStringList now = partials(cache);
                return std::any_of(now.begin(), now.end(), [&](const QString &d) { return !seen.contains(d); });
            };
            while (!isNew() && p.state() == QProcess::Running && timer.elapsed() < 60000)
                QThread::msleep(2);
            QThread::msleep(delayMs);
            if (p.state() != QProcess::Running) {
                p.waitForFinished();
                break;   // the clone completed: a mirror now exists, later adds only fetch
            }
            p.kill();   // SIGKILL: no destructor, no cleanup
            p.waitForFinished();
            seen = partials(cache);
            ++killed;
        }
        qInfo("killed %d clones mid-transfer", killed);
        QVERIFY2(killed > 0, "every clone finished before it could be killed; make the fixture larger");
        const QStringList before = partials(cache);
        QVERIFY2(before.size() >= 2, qPrintable(before.join(u'\n')));

        const CliRun r = cli(workspace, {u"--json"_s, u"add"_s, big});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().object().value(u"added"_s).toArray().size(), 1);
        QCOMPARE(partials(cache), QStringList{liveDir});
        QVERIFY(QFileInfo::exists(liveDir + u".lock"_s));

        // Once its owner is gone, the next add removes that one too: the same lock, naming a process
        // that cannot exist on this host.
        liveLock.unlock();
        QVERIFY(QDir().mkpath(liveDir));
        {
            QFile f(liveDir + u".lock"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("2147483646\ncodedistiller\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        }
        QVERIFY(cli(workspace, {u"add"_s, m_repo}).exitCode == 0);
        QVERIFY2(partials(cache).isEmpty(), qPrintable(partials(cache).join(u'\n')));
    }

    // A workspace the user may read but not write: reading commands work (saying once that it is
    // read-only), writing commands fail naming the file or folder and the permission problem.
    void readOnlyWorkspace_data()
    {
        QTest::addColumn<bool>("folderReadOnly");
        QTest::newRow("read-only folder") << true;
        QTest::newRow("read-only file") << false;
    }

    void readOnlyWorkspace()
    {
        QFETCH(bool, folderReadOnly);
        if (isRoot())
            QSKIP("root ignores file permissions; CTest runs this case as an ordinary user (tst_cli_robustness_unprivileged)");
        const QString folder = m_dir.filePath(folderReadOnly ? u"ro-folder"_s : u"ro-file"_s);
        const QString workspace = folder + u"/ws.cdw"_s;
        CliRun r = cli(workspace, {u"add"_s, m_repo});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        // The cache folder is gone too, as after a copy of the workspace file alone.
        QVERIFY(QDir(folder + u"/ws.cache"_s).removeRecursively());
        if (folderReadOnly)
            QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        else
            QVERIFY(::chmod(QFile::encodeName(workspace).constData(), 0444) == 0);
        const auto restore = qScopeGuard([&] {
            ::chmod(QFile::encodeName(folder).constData(), 0755);
            ::chmod(QFile::encodeName(workspace).constData(), 0644);
        });
        const QString blamed = folderReadOnly ? folder : workspace;

        for (const QStringList &args : {QStringList{u"repos"_s}, QStringList{u"files"_s, u"1"_s},
                                        QStringList{u"status"_s}, QStringList{u"report"_s},
                                        QStringList{u"llm"_s, u"calls"_s}, QStringList{u"--json"_s, u"repos"_s}}) {
            r = cli(workspace, args);
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u": "_s + describe(r)));
            QCOMPARE(r.err.count("read-only"), 1);
            QVERIFY2(r.err.contains(blamed.toUtf8()), qPrintable(describe(r)));
        }
        QVERIFY(cli(workspace, {u"repos"_s}).out.contains("tool"));
        QVERIFY(QFileInfo(workspace).size() > 0);
        QVERIFY(!QFileInfo::exists(workspace + u"-shm"_s));   // nothing of ours is left beside it

        // Writing: a clear refusal, no raw SQL as the message.
        r = cli(workspace, {u"add"_s, m_repo});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("read-only") && r.err.contains(blamed.toUtf8()), qPrintable(describe(r)));
        r = cli(workspace, {u"slurm"_s, u"set"_s, u"slurm.partition"_s, u"gpu"_s});
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.err.split('\n');
        const QByteArray message = lines.at(lines.size() > 1 && lines.first().contains("note:") ? 1 : 0);
        QVERIFY2(message.contains("read-only") && message.contains("permission"), qPrintable(describe(r)));
        QVERIFY2(!message.contains("attempt to write"), qPrintable(describe(r)));
        QVERIFY2(r.err.contains("attempt to write a readonly database"), qPrintable(describe(r)));   // the detail line

        // A new workspace in a folder the user may not write.
        if (folderReadOnly) {
            r = cli(folder + u"/new.cdw"_s, {u"init"_s});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(folder.toUtf8()) && r.err.contains("permission denied"), qPrintable(describe(r)));
        }
    }

    // git's "dubious ownership": a repository of another user is refused as such, with the fix; once the
    // fix is applied the repository is added.
    void dubiousOwnership_data()
    {
        QTest::addColumn<QByteArray>("gitconfig");
        QTest::addColumn<bool>("added");
        QTest::newRow("no safe.directory") << QByteArray() << false;
        QTest::newRow("another safe.directory") << QByteArray("[safe]\n\tdirectory = /somewhere/else\n") << false;
        QTest::newRow("the suggested fix") << QByteArray("FIX") << true;
    }

    void dubiousOwnership()
    {
        QFETCH(QByteArray, gitconfig);
        QFETCH(bool, added);
        if (!isRoot())
            QSKIP("giving a repository to another user needs root");
        QTemporaryDir dir(m_dir.filePath(u"owner-XXXXXX"_s));
        QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ReadOther | QFile::ExeOther);
        const QString repo = dir.filePath(u"foreign"_s);
        {
            wb::test::GitFixture fixture(repo);
            fixture.addFile("README.md", "# foreign\n");
            fixture.commit();
        }
        QProcess chown;
        chown.start(u"chown"_s, {u"-R"_s, u"nobody"_s, repo});
        QVERIFY(chown.waitForFinished() && chown.exitCode() == 0);

        const QString home = dir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(home));
        QProcessEnvironment env;
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
        const QString workspace = dir.filePath(u"ws.cdw"_s);
        if (gitconfig == "FIX") {
            // Run exactly what the message says, the way a user would.
            CliRun refused = cli(workspace, {u"add"_s, repo + u"/.git"_s}, env);
            const QByteArray marker("git config --global --add safe.directory ");
            const qsizetype at = refused.err.indexOf(marker);
            QVERIFY2(at >= 0, qPrintable(describe(refused)));
            const QString path = QString::fromUtf8(refused.err.mid(at + marker.size()).split('\n').first());
            QProcess git;
            QProcessEnvironment gitEnv = QProcessEnvironment::systemEnvironment();
            gitEnv.insert(u"HOME"_s, home);
            git.setProcessEnvironment(gitEnv);
            git.start(u"git"_s, {u"config"_s, u"--global"_s, u"--add"_s, u"safe.directory"_s, path});
            QVERIFY(git.waitForFinished() && git.exitCode() == 0);
        } else if (!gitconfig.isEmpty()) {
            QFile f(home + u"/.gitconfig"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(gitconfig);
        }

        const CliRun r = cli(workspace, {u"add"_s, repo}, env);
        if (added) {
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            return;
        }
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.contains("not a Git repository"), qPrintable(describe(r)));
        QVERIFY2(r.err.contains("belongs to another user (nobody)"), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QByteArray("git config --global --add safe.directory " + repo.toUtf8())), qPrintable(describe(r)));
    }

    // Terminal escape sequences in a repository's name, a file name and a server's error message are
    // shown escaped on the terminal; JSON carries them escaped by JSON itself.
    void controlCharacters()
    {
        const QString evilName = u"evil\x1b]0;pwned\x07\x1b[2Jrepo"_s;
        const QString repo = m_dir.filePath(evilName);
        {
            wb::test::GitFixture fixture(repo);
            fixture.addFile("README.md", "# evil\n");
            fixture.addFile("src/\x1b[2Jclear.py", "print(1)\n");
            fixture.commit();
        }
        const QString workspace = m_dir.filePath(u"escape/ws.cdw"_s);
        CliRun r = cli(workspace, {u"add"_s, repo});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(!r.out.contains(kEsc) && !r.err.contains(kEsc), r.out.toHex().constData());
        QVERIFY2(r.out.contains("evil\\x1b]0;pwned\\x07\\x1b[2Jrepo"), r.out.constData());

        for (const QStringList &args : {QStringList{u"repos"_s}, QStringList{u"files"_s, u"1"_s},
                                        QStringList{u"add"_s, repo + u"/missing"_s}}) {
            r = cli(workspace, args);
            QVERIFY2(!r.out.contains(kEsc) && !r.err.contains(kEsc), qPrintable(args.join(u' ') + u": "_s + describe(r)));
            QVERIFY2(r.out.contains("\\x1b") || r.err.contains("\\x1b"), qPrintable(describe(r)));
        }

        // JSON: escaped by the encoder, and the name reads back exactly.
        r = cli(workspace, {u"--json"_s, u"repos"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(kEsc));
        QVERIFY(r.out.contains("\\u001b"));
        QCOMPARE(r.json().array().first().toObject().value(u"name"_s).toString(), evilName);

        // A server's error message.
        wb::test::FakeLlmServer server;
        server.enqueue(FakeResponse::error(
            400, {{"error", {{"message", "bad request \x1b]0;pwned\x07\x1b[2J"}, {"type", "invalid_request_error"}}}}));
        QProcessEnvironment env;
        env.insert(u"OPENAI_API_KEY"_s, u"sk-test-robust-0123456789abcdef"_s);
        env.insert(u"OPENAI_BASE_URL"_s, server.openAiBaseUrl());
        r = cli(workspace, {u"llm"_s, u"ping"_s, u"--provider"_s, u"openai"_s, u"--model"_s, u"gpt-5-mini"_s}, env);
        QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("bad request"), qPrintable(describe(r)));
        QVERIFY2(!r.out.contains(kEsc) && !r.err.contains(kEsc), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TstCliRobustness)
#include "tst_cli_robustness.moc"
