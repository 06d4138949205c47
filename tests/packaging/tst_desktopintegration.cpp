// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop integration as a file manager uses it: the installed shared-mime-info type makes a *.cdw a
// CodeDistiller workspace, the desktop entry offers the workbench for it (%F, MimeType) in English and
// German, and `codedistiller-workbench FILE.cdw` opens that workspace.
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr char kType[] = "application/vnd.codedistiller.workspace+sqlite3";

QString packagingFile(const QString &name)
{
    return QStringLiteral(WB_SOURCE_DIR) + u"/packaging/linux/"_s + name;
}

/** The [Desktop Entry] keys of a desktop file. */
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> keys;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (const qsizetype eq = line.indexOf(u'='); eq > 0 && !line.startsWith(u'#'))
            keys.insert(line.left(eq), line.mid(eq + 1));
    }
    return keys;
}
} // namespace

class TstDesktopIntegration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // The MIME type installed as the package installs it, into a data folder of our own.
        const QString mime = m_dir.filePath(u"share/mime"_s);
        QVERIFY(QDir().mkpath(mime + u"/packages"_s));
        QVERIFY(QFile::copy(packagingFile(u"io.github.codedistiller.Workbench.mime.xml"_s),
                            mime + u"/packages/io.github.codedistiller.Workbench.xml"_s));
        if (QProcess::execute(u"update-mime-database"_s, {mime}) != 0)
            QSKIP("update-mime-database (shared-mime-info) is not installed");
        // Before the first QMimeDatabase: ours first, then the system's (for application/vnd.sqlite3).
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(u"share"_s)) + ":/usr/local/share:/usr/share");
    }

    void aCdwIsAWorkspace()
    {
        QMimeDatabase db;
        const QMimeType type = db.mimeTypeForFile(u"colleague-review.cdw"_s, QMimeDatabase::MatchExtension);
        QCOMPARE(type.name(), QString::fromLatin1(kType));
        QVERIFY(type.inherits(u"application/vnd.sqlite3"_s) || type.inherits(u"application/x-sqlite3"_s));
        QCOMPARE(type.comment(), u"CodeDistiller workspace"_s);
        QCOMPARE(type.iconName(), u"io.github.codedistiller.Workbench"_s);
    }

    void theDesktopEntryOpensIt()
    {
        const auto entry = desktopEntry(packagingFile(u"io.github.codedistiller.Workbench.desktop"_s));
        QVERIFY(entry.value(u"Exec"_s).endsWith(u" %F"_s));
        QVERIFY(entry.value(u"MimeType"_s).split(u';', Qt::SkipEmptyParts).contains(QString::fromLatin1(kType)));
        QVERIFY(!entry.value(u"Name[de]"_s).isEmpty());
        QVERIFY(entry.value(u"Comment[de]"_s).contains(u"Repositorys"_s));
    }

    void aFileOnTheCommandLineIsOpened()
    {
        // A workspace made elsewhere; the workbench started as the file manager starts it.
        const QString path = m_dir.filePath(u"from a colleague.cdw"_s);
        wb::store::Workspace::open(path);
        const QString config = m_dir.filePath(u"config"_s);
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, config);
        env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
        env.remove(u"CODEDISTILLER_WORKSPACE"_s);
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(WORKBENCH_BIN), {path});
        QVERIFY(gui.waitForStarted());
        // Opening a workspace puts it first in the recent list, which is saved in the user's settings.
        const QString settings = config + u"/codedistiller-workbench/codedistiller-workbench.conf"_s;
        QTRY_VERIFY_WITH_TIMEOUT(QSettings(settings, QSettings::IniFormat).value(u"session/recentWorkspaces"_s).toStringList().contains(path),
                                 60000);
        QCOMPARE(gui.state(), QProcess::Running);
        gui.terminate();
        if (!gui.waitForFinished(10000))
            gui.kill();
    }
};

QTEST_GUILESS_MAIN(TstDesktopIntegration)
#include "tst_desktopintegration.moc"
