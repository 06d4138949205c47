// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/desktopnotifier.h"

#include <QDBusConnection>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QVariantMap>
#include <QWidget>

using namespace Qt::StringLiterals;

/** Stands in for the desktop's notification daemon on a private session bus. */
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList titles;
    QStringList bodies;

public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body, const QStringList &,
                const QVariantMap &, int)
    {
        titles << summary;
        bodies << body;
        return uint(titles.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

    QProcess m_bus;
    QString m_address;

private Q_SLOTS:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed");
        m_bus.start(daemon, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(m_bus.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());   // before the first use of the session bus
    }

    void cleanupTestCase()
    {
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void withoutServiceOnlyAlerts()
    {
        QWidget window;
        wb::ui::DesktopNotifier notifier(&window);
        QVERIFY(!notifier.notify(u"Campaign finished"_s, u"nobody listens"_s));
    }

    void notificationReachesTheDesktop()
    {
        QDBusConnection desktop = QDBusConnection::connectToBus(m_address, u"desktop"_s);
        QVERIFY(desktop.isConnected());
        FakeNotifications daemon;
        QVERIFY(desktop.registerObject(u"/org/freedesktop/Notifications"_s, &daemon, QDBusConnection::ExportAllSlots));
        QVERIFY(desktop.registerService(u"org.freedesktop.Notifications"_s));

        QWidget window;
        wb::ui::DesktopNotifier notifier(&window);
        QVERIFY(notifier.notify(u"Campaign finished"_s, u"demo: 1 succeeded"_s));
        QTRY_COMPARE(daemon.titles, QStringList{u"Campaign finished"_s});
        QCOMPARE(daemon.bodies, QStringList{u"demo: 1 succeeded"_s});
        desktop.unregisterService(u"org.freedesktop.Notifications"_s);
        QDBusConnection::disconnectFromBus(u"desktop"_s);
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
