// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/teamworkspacedialog.h"

#include "store/workspace.h"
#include "util/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace wb::ui {

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the desktop's secret store"), this))
    , m_tls(new QComboBox(this))
    , m_rootCertificate(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setObjectName(u"TeamWorkspaceDialog"_s);
    setWindowTitle(tr("Connect to a Team Workspace"));
    m_host->setObjectName(u"Host"_s);
    m_host->setPlaceholderText(tr("db.institute.example"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(u"Database"_s);
    m_database->setPlaceholderText(tr("curation"));
    m_user->setObjectName(u"User"_s);
    m_user->setText(qEnvironmentVariable("USER"));
    m_password->setObjectName(u"Password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD, the secret store or ~/.pgpass"));
    m_remember->setChecked(true);
    // libpq's sslmode values, most careful last.
    m_tls->addItem(tr("Prefer TLS (libpq default)"), u"prefer"_s);
    m_tls->addItem(tr("No TLS"), u"disable"_s);
    m_tls->addItem(tr("Require TLS"), u"require"_s);
    m_tls->addItem(tr("Require TLS, verify the certificate authority"), u"verify-ca"_s);
    m_tls->addItem(tr("Require TLS, verify the server's name too"), u"verify-full"_s);
    m_rootCertificate->setPlaceholderText(tr("the server's CA certificate (for the verify modes)"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), QString(), tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_rootCertificate->setText(file);
    });
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_rootCertificate, 1);
    certificateRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&TLS:"), m_tls);
    auto *certificateLabel = new QLabel(tr("CA &certificate:"), this);
    certificateLabel->setBuddy(m_rootCertificate);
    form->addRow(certificateLabel, certificateRow);

    m_result->setWordWrap(true);
    m_result->setObjectName(u"TestResult"_s);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(m_test, &QPushButton::clicked, this, &TeamWorkspaceDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team workspace lives in your group's PostgreSQL database, so several experts can "
                                "review at once while campaigns run. The database must exist and be empty or hold a "
                                "workspace; ask your database administrator for these values."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    updateButtons();
}

store::WorkspaceLocation TeamWorkspaceDialog::location() const
{
    QList<QPair<QString, QString>> options;
    const QString tls = m_tls->currentData().toString();
    if (tls != u"prefer"_s)
        options.append({u"sslmode"_s, tls});
    if (!m_rootCertificate->text().trimmed().isEmpty())
        options.append({u"sslrootcert"_s, m_rootCertificate->text().trimmed()});
    auto location = store::WorkspaceLocation::postgres(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                                       m_user->text().trimmed(), options);
    location.setPassword(m_password->text());
    return location;
}

void TeamWorkspaceDialog::setLocation(const store::WorkspaceLocation &location)
{
    m_host->setText(location.host());
    m_port->setValue(location.port());
    m_database->setText(location.database());
    m_user->setText(location.user());
    m_password->setText(location.password());
    for (const auto &[key, value] : location.options()) {
        if (key == u"sslmode"_s)
            m_tls->setCurrentIndex(std::max(0, m_tls->findData(value)));
        else if (key == u"sslrootcert"_s)
            m_rootCertificate->setText(value);
    }
}

bool TeamWorkspaceDialog::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

void TeamWorkspaceDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                          && !m_user->text().trimmed().isEmpty();
    m_test->setEnabled(complete);
    m_connect->setEnabled(complete);
}

void TeamWorkspaceDialog::testConnection()
{
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(m_host->text().trimmed()));
    const store::WorkspaceLocation target = location();
    QPointer<TeamWorkspaceDialog> self(this);
    QtConcurrent::run([target] { return store::Workspace::probeServer(target); })
        .then(this,
              [this](const QString &version) {
                  m_result->setText(tr("Connected: %1").arg(version));
                  updateButtons();
                  Q_EMIT tested(true, version);
              })
        .onFailed(this, [this](const Error &e) {
            m_result->setText(e.message());
            updateButtons();
            Q_EMIT tested(false, e.message());
        });
}

} // namespace wb::ui
