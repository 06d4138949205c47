// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/slurmsettingsdialog.h"

#include "exec/slurmexecutor.h"
#include "exec/slurmsettings.h"
#include "exec/slurmworkspacesettings.h"
#include "session/workspacesession.h"
#include "util/error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace wb::ui {

SlurmSettingsDialog::SlurmSettingsDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_message(new QLabel(this))
    , m_check(new QPushButton(tr("Chec&k Slurm"), this))
{
    setWindowTitle(tr("Slurm Settings"));
    auto *intro = new QLabel(tr("These settings belong to the workspace: everyone who runs a campaign with the slurm executor "
                                "in it uses them. An empty field keeps the default shown in it."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const QString &key : exec::SlurmSettings::keys()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key);
        edit->setToolTip(key);
        const QString fallback = exec::SlurmSettings::defaultValue(key);
        if (key == u"slurm.shared_directory"_s)
            edit->setPlaceholderText(tr("the workspace's scratch folder (one machine only)"));
        else if (key == u"slurm.modules"_s || key == u"slurm.sbatch_args"_s)
            edit->setPlaceholderText(tr("none"));
        else if (key == u"slurm.container_image"_s)
            edit->setPlaceholderText(tr("none: rounds run on the node itself"));
        else
            edit->setPlaceholderText(fallback.isEmpty() ? tr("the site's default") : fallback);
        edit->setClearButtonEnabled(true);
        form->addRow(labelOf(key), edit);
        m_fields.insert(key, edit);
    }
    m_message->setObjectName(u"SlurmMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check->setToolTip(tr("Whether sbatch, squeue, scontrol and scancel are on PATH and the controller answers; lists the partitions"));
    connect(m_check, &QPushButton::clicked, this, &SlurmSettingsDialog::check);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_check);
    buttonRow->addWidget(buttons, 1);
    connect(buttons, &QDialogButtonBox::accepted, this, &SlurmSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttonRow);
    resize(620, sizeHint().height());
    // The stored values arrive from the background; OK waits for them.
    setFieldsEnabled(false);
    m_message->setText(tr("Reading the settings…"));
    m_session->load(
        this, [](const std::shared_ptr<store::Workspace> &workspace) { return exec::SlurmWorkspaceSettings::load(workspace); },
        [this](const QMap<QString, QString> &values) {
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                if (QLineEdit *edit = m_fields.value(it.key()))
                    edit->setText(it.value());
            m_message->clear();
            setFieldsEnabled(true);
            Q_EMIT settingsLoaded();
        },
        [this](const QString &message) { m_message->setText(message); });
}

void SlurmSettingsDialog::setFieldsEnabled(bool enabled)
{
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setEnabled(enabled);
    m_ok->setEnabled(enabled);
}

QString SlurmSettingsDialog::labelOf(const QString &key)
{
    if (key == u"slurm.partition"_s)
        return tr("&Partition:");
    if (key == u"slurm.account"_s)
        return tr("&Account:");
    if (key == u"slurm.qos"_s)
        return tr("&QoS:");
    if (key == u"slurm.modules"_s)
        return tr("&Modules to load:");
    if (key == u"slurm.container_image"_s)
        return tr("Container &image:");
    if (key == u"slurm.container_runtime"_s)
        return tr("Container &runtime:");
    if (key == u"slurm.sbatch_args"_s)
        return tr("More &sbatch arguments:");
    if (key == u"slurm.shared_directory"_s)
        return tr("S&hared folder:");
    if (key == u"slurm.max_cpus"_s)
        return tr("&CPU cores per round at most:");
    if (key == u"slurm.max_gpus"_s)
        return tr("&GPUs per round at most:");
    if (key == u"slurm.max_jobs"_s)
        return tr("&Jobs in the queue at once:");
    if (key == u"slurm.poll_seconds"_s)
        return tr("Read the queue e&very (s):");
    if (key == u"slurm.file_wait_seconds"_s)
        return tr("Wait for a job's &files (s):");
    return key + u':';
}

void SlurmSettingsDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    QMap<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (const QString value = it.value()->text().trimmed(); !value.isEmpty())
            values.insert(it.key(), value);
    try {
        exec::SlurmSettings::fromMap(values);   // a wrong value is refused at once, before anything is stored
    } catch (const Error &e) {
        m_message->setText(e.message());
        return;
    }
    setFieldsEnabled(false);
    m_session->perform(
        this, [values](const std::shared_ptr<store::Workspace> &workspace) { exec::SlurmWorkspaceSettings::save(workspace, values); },
        [this] { QDialog::accept(); },
        [this](const QString &message) {
            m_message->setText(message);
            setFieldsEnabled(true);
        });
}

void SlurmSettingsDialog::check()
{
    m_check->setEnabled(false);
    m_message->setText(tr("Asking Slurm…"));
    QtConcurrent::run([] {
        exec::SlurmExecutor::checkAvailable();
        QStringList lines;
        for (const auto &p : exec::SlurmExecutor::partitions())
            lines << tr("%1 (%2, nodes: %3, %4)").arg(p.name, p.availability).arg(p.nodes).arg(p.state);
        return lines;
    })
        .then(this,
              [this](const QStringList &partitions) {
                  const QString text = partitions.isEmpty() ? tr("Slurm answers; sinfo listed no partitions.")
                                                            : tr("Slurm answers. Partitions: %1").arg(partitions.join(u", "_s));
                  m_message->setText(text);
                  m_check->setEnabled(true);
                  Q_EMIT checked(true, text);
              })
        .onFailed(this, [this](const Error &e) {
            m_message->setText(e.message());
            m_check->setEnabled(true);
            Q_EMIT checked(false, e.message());
        });
}

} // namespace wb::ui
