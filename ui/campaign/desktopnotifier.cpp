// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QVariantMap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
}

DesktopNotifier::DesktopNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool DesktopNotifier::notify(const QString &title, const QString &body)
{
    QApplication::alert(m_window);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(kService).value())
        return false;
    QDBusMessage message = QDBusMessage::createMethodCall(kService, u"/org/freedesktop/Notifications"_s, kService, u"Notify"_s);
    const QVariantMap hints{{u"desktop-entry"_s, QApplication::desktopFileName()}, {u"category"_s, u"transfer.complete"_s}};
    message << QApplication::applicationDisplayName() << uint(0) << u"io.github.codedistiller.Workbench"_s << title << body
            << QStringList() << hints << int(-1);
    bus.asyncCall(message);
    return true;
}

} // namespace wb::ui
