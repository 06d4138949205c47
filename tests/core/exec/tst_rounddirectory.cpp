// SPDX-License-Identifier: GPL-3.0-or-later
// Collecting a round that generated code has turned against the workbench: nothing from outside the round
// may be stored, whatever the round left in place of its folders and files.
#include "exec/rounddirectory.h"
#include "exec/roundfilereader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wb::exec;

namespace {
const QByteArray kSecret = "HOST-SECRET-not-the-round's";

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

bool link(const QString &target, const QString &path)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData()) == 0;
}

QString leaked(const QList<Artifact> &artifacts)
{
    for (const Artifact &a : artifacts)
        if (a.content.contains(kSecret))
            return a.name;
    return {};
}
} // namespace

class TstRoundDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_host;   ///< stands for the user's files: an .ssh-like folder with a key
    int m_round = 0;

    // A round directory with a proper to_save/ file, retain/ file, log.json and results.json.
    QString makeRound()
    {
        const QString round = m_dir.filePath(u"round-%1"_s.arg(++m_round));
        write(round + u"/to_save/plot.txt"_s, "plot");
        write(round + u"/retain/state.txt"_s, "state");
        write(round + u"/log.json"_s, "[]");
        write(round + u"/results.json"_s, "{}");
        return round;
    }

    static QStringList names(const QList<Artifact> &artifacts)
    {
        QStringList out;
        for (const Artifact &a : artifacts)
            out << a.name;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_host = m_dir.filePath(u"home/.ssh"_s);
        QVERIFY(write(m_host + u"/id_ed25519"_s, kSecret));
        QVERIFY(write(m_host + u"/keys/deeper"_s, kSecret));
    }

    void anIntactRoundIsCollected()
    {
        const QString round = makeRound();
        QStringList notes;
        const auto artifacts = RoundDirectory::artifacts(round, ExecutionLimits{}, &notes);
        QCOMPARE(names(artifacts), (QStringList{u"log.json"_s, u"results.json"_s, u"to_save/plot.txt"_s, u"retain/state.txt"_s}));
        QCOMPARE(artifacts.at(2).content, QByteArray("plot"));
        QVERIFY(notes.isEmpty());
    }

    void linksStoreNothingFromOutside_data()
    {
        QTest::addColumn<QString>("replaced");   // what the round replaced by a link to the host folder or file
        QTest::addColumn<bool>("folder");
        QTest::newRow("to_save -> .ssh") << u"to_save"_s << true;
        QTest::newRow("to_save -> /etc") << u"to_save"_s << true;
        QTest::newRow("retain -> .ssh") << u"retain"_s << true;
        QTest::newRow("to_save/sub -> .ssh") << u"to_save/sub"_s << true;
        QTest::newRow("log.json -> key") << u"log.json"_s << false;
        QTest::newRow("results.json -> key") << u"results.json"_s << false;
        QTest::newRow("to_save/key -> key") << u"to_save/key"_s << false;
    }
    void linksStoreNothingFromOutside()
    {
        QFETCH(QString, replaced);
        QFETCH(bool, folder);
        const QString round = makeRound();
        const QString path = round + u'/' + replaced;
        if (QFileInfo::exists(path))
            QVERIFY(QFileInfo(path).isDir() ? QDir(path).removeRecursively() : QFile::remove(path));
        const QString target = QString::fromUtf8(QTest::currentDataTag()).endsWith(u"/etc"_s) ? u"/etc"_s
                               : folder ? m_host : m_host + u"/id_ed25519"_s;
        QVERIFY(link(target, path));
        QStringList notes;
        const auto artifacts = RoundDirectory::artifacts(round, ExecutionLimits{}, &notes);
        QVERIFY2(leaked(artifacts).isEmpty(), qPrintable(leaked(artifacts)));
        for (const Artifact &a : artifacts)
            QVERIFY2(!a.name.startsWith(replaced), qPrintable(a.name));
        if (!replaced.contains(u'/'))   // a top-level link is worth a line in the round's log
            QVERIFY2(!notes.isEmpty(), qPrintable(names(artifacts).join(u", "_s)));
    }

    void aLinkedRoundDirectoryIsNotCollected()
    {
        // The round (or a process it left) replaced its own folder by a link to the user's files.
        const QString round = makeRound();
        QVERIFY(QDir().rename(round, round + u".moved"_s));
        QVERIFY(write(m_host + u"/log.json"_s, kSecret));
        QVERIFY(link(m_host, round));
        QStringList notes;
        const auto artifacts = RoundDirectory::artifacts(round, ExecutionLimits{}, &notes);
        QVERIFY2(artifacts.isEmpty(), qPrintable(names(artifacts).join(u", "_s)));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"symbolic link"_s), qPrintable(notes.first()));
        QFile::remove(m_host + u"/log.json"_s);
        QVERIFY(RoundDirectory::artifacts(m_dir.filePath(u"no-such-round"_s), ExecutionLimits{}, &notes).isEmpty());
    }

    void aFifoIsNeitherWaitedForNorRead()
    {
        const QString round = makeRound();
        QVERIFY(QFile::remove(round + u"/results.json"_s));
        QCOMPARE(::mkfifo(QFile::encodeName(round + u"/results.json"_s).constData(), 0600), 0);
        QCOMPARE(::mkfifo(QFile::encodeName(round + u"/to_save/pipe"_s).constData(), 0600), 0);
        QElapsedTimer clock;
        clock.start();
        QStringList notes;
        const auto artifacts = RoundDirectory::artifacts(round, ExecutionLimits{}, &notes);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(names(artifacts), (QStringList{u"log.json"_s, u"to_save/plot.txt"_s, u"retain/state.txt"_s}));
        QVERIFY2(notes.join(u'\n').contains(u"results.json"_s), qPrintable(notes.join(u'\n')));
    }

    void limitsHold()
    {
        const QString round = makeRound();
        QVERIFY(write(round + u"/to_save/big.bin"_s, QByteArray(5000, 'x')));
        QVERIFY(write(round + u"/to_save/c.bin"_s, QByteArray(900, 'y')));
        QVERIFY(write(round + u"/to_save/d.bin"_s, QByteArray(900, 'z')));
        ExecutionLimits limits;
        limits.maxArtifactBytes = 1000;
        limits.maxArtifactsTotalBytes = 1000 + 11;   // after log.json, results.json and c.bin: no room for d.bin
        const auto artifacts = RoundDirectory::artifacts(round, limits);
        QHash<QString, Artifact> byName;
        for (const Artifact &a : artifacts)
            byName.insert(a.name, a);
        QVERIFY(!byName[u"to_save/big.bin"_s].contentKept);
        QCOMPARE(byName[u"to_save/big.bin"_s].sizeBytes, 5000);
        QVERIFY(byName[u"to_save/big.bin"_s].content.isEmpty());
        QVERIFY(byName[u"to_save/c.bin"_s].contentKept);
        QVERIFY(!byName[u"to_save/d.bin"_s].contentKept);
        QCOMPARE(byName[u"to_save/d.bin"_s].sizeBytes, 900);
    }

    void aReadStopsAtTheLimitWhenTheFileGrows()
    {
        const QString round = makeRound();
        QVERIFY(write(round + u"/to_save/log.txt"_s, "0123456789"));
        const RoundFileReader reader(round);
        QCOMPARE(reader.read(u"to_save/log.txt"_s, 4, 3).value(), QByteArray("3456"));
        QCOMPARE(reader.read(u"to_save/log.txt"_s, 100, 8).value(), QByteArray("89"));
        QVERIFY(reader.read(u"to_save/../log.json"_s, 100) == std::nullopt);   // never up and out
        const auto whole = reader.readWhole(u"to_save/log.txt"_s, 5);
        QVERIFY(whole && !whole->contentRead && whole->size == 10);
    }

    void pathsSwappedForLinksWhileCollectingAreRefused()
    {
        // Deterministic races: the reader has listed (or opened) the round; then the round swaps what it
        // listed for links to the user's files before they are read.
        const QString round = makeRound();
        QVERIFY(write(round + u"/to_save/a/b.txt"_s, "round's own"));
        const RoundFileReader reader(round);
        const QStringList listed = reader.files(u"to_save"_s);
        QCOMPARE(listed, (QStringList{u"to_save/a/b.txt"_s, u"to_save/plot.txt"_s}));

        // A file becomes a link.
        QVERIFY(QFile::remove(round + u"/to_save/plot.txt"_s));
        QVERIFY(link(m_host + u"/id_ed25519"_s, round + u"/to_save/plot.txt"_s));
        QVERIFY(!reader.readWhole(u"to_save/plot.txt"_s, 1 << 20));
        // A folder on the way becomes a link to a folder that has the same names.
        QVERIFY(write(m_host + u"/a/b.txt"_s, kSecret));
        QVERIFY(QDir().rename(round + u"/to_save/a"_s, round + u"/to_save/a.old"_s));
        QVERIFY(link(m_host, round + u"/to_save/a"_s));
        QVERIFY(!reader.readWhole(u"to_save/a/b.txt"_s, 1 << 20));
        // The round directory itself is moved away and replaced by a link: the reader stays in the round it opened.
        QVERIFY(QDir().rename(round, round + u".moved"_s));
        QVERIFY(link(m_host, round));
        QVERIFY(write(m_host + u"/to_save/x.txt"_s, kSecret));
        for (const QString &file : reader.files(QString())) {
            const auto read = reader.readWhole(file, 1 << 20);
            QVERIFY2(!read || !read->content.contains(kSecret), qPrintable(file));
        }
        QCOMPARE(reader.readWhole(u"log.json"_s, 100)->content, QByteArray("[]"));
        QVERIFY(!RoundFileReader(round).isOpen());
        QCOMPARE(int(RoundFileReader(round).state()), int(RoundFileReader::State::Link));
    }
};

QTEST_GUILESS_MAIN(TstRoundDirectory)
#include "tst_rounddirectory.moc"
