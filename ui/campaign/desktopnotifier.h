// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace wb::ui {

/**
 * Tells the user something finished while they looked elsewhere: a freedesktop desktop notification
 * over the session D-Bus (asynchronous, never blocks), and a taskbar alert on the window.
 */
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QWidget *window);

    /** Returns false when no notification service is reachable (the taskbar alert is still raised). */
    bool notify(const QString &title, const QString &body);

private:
    QWidget *m_window;
};

} // namespace wb::ui
