// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wb::ui {

class WorkspaceSession;

/**
 * The team's Slurm settings (workspace settings slurm.*, what `codedistiller slurm set` edits): every
 * campaign with the slurm executor uses them. An empty field keeps the default shown in it. OK checks
 * the values (SlurmSettings::fromMap) and keeps the dialog open with the reason when one is wrong.
 * The stored values are read and written in the background (OK closes once they are stored).
 * "Check Slurm" asks the cluster in the background whether it answers from here and lists its
 * partitions.
 */
class SlurmSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SlurmSettingsDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    /** The field of a setting key (slurm.partition, …); nullptr for an unknown key. */
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QPushButton *checkButton() const { return m_check; }
    /** The last error (a wrong value) or the check's result. */
    QLabel *message() const { return m_message; }

    void accept() override;

Q_SIGNALS:
    /** The Slurm check ended: @p ok, and the partitions or the reason. */
    void checked(bool ok, const QString &message);
    /** The stored values are in the fields (they can be edited from now on). */
    void settingsLoaded();

private:
    void check();
    void setFieldsEnabled(bool enabled);
    static QString labelOf(const QString &key);

    WorkspaceSession *m_session;
    QPushButton *m_ok = nullptr;
    QMap<QString, QLineEdit *> m_fields;
    QLabel *m_message;
    QPushButton *m_check;
};

} // namespace wb::ui
