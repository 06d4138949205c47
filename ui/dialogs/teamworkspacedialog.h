// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspacelocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wb::ui {

/**
 * Connects to a team workspace in PostgreSQL: server, database, user, password and TLS. The password
 * can be remembered in the desktop's secret store; it is never written to the settings. "Test
 * Connection" reaches the server in the background and names the server or the problem.
 */
class TeamWorkspaceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamWorkspaceDialog(QWidget *parent = nullptr);

    /** The location entered, with the password (in memory only). */
    store::WorkspaceLocation location() const;
    /** Fills the fields from @p location (e.g. a recent team workspace). */
    void setLocation(const store::WorkspaceLocation &location);
    bool rememberPassword() const;

Q_SIGNALS:
    /** The connection test ended: @p ok, and the server's version or the error. */
    void tested(bool ok, const QString &message);

private:
    void testConnection();
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QComboBox *m_tls;
    QLineEdit *m_rootCertificate;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_connect;
};

} // namespace wb::ui
