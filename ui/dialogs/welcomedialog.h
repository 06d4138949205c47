// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace wb::ui {

/**
 * Shown when the workbench starts without a workspace: open the demo (runs offline from recorded
 * responses), create or open a workspace, or pick a recent one.
 */
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum class Choice { None, Demo, New, Open, Recent };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    /** The recent workspace picked (Choice::Recent). */
    QString recentPath() const { return m_recentPath; }

    QPushButton *demoButton() const { return m_demo; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::None;
    QString m_recentPath;
    QPushButton *m_demo;
    QListWidget *m_recent;
};

} // namespace wb::ui
