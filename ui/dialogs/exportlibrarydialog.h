// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/exportverifier.h"
#include "session/latestonly.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace wb::ui {

class WorkspaceSession;

/**
 * File → Export Library: the vetted library in one of the export formats (the same selection and writers
 * as `codedistiller export`), and Verify, which re-runs every folder of an export from a clean copy
 * through an executor (`codedistiller verify-export`) and lists per example whether it ran, the last
 * error line and whether it produced its expected output again. The export runs on the session's pool;
 * the verification on a thread of its own (its rounds' output is read there), cancellable with progress.
 */
class ExportLibraryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportLibraryDialog)

public:
    explicit ExportLibraryDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ExportLibraryDialog() override;

    QComboBox *formatBox() const { return m_format; }
    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *acceptedOnlyBox() const { return m_acceptedOnly; }
    QComboBox *campaignBox() const { return m_campaign; }
    QCheckBox *verifyAfterBox() const { return m_verifyAfter; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTableWidget *resultsTable() const { return m_results; }
    QLabel *statusLabel() const { return m_status; }
    /** True while an export or a verification runs. */
    bool isBusy() const { return m_busy; }

    /** Starts the export with the dialog's settings (the Export button). */
    void startExport();
    /** Verifies the export in the chosen folder (the Verify button). */
    void startVerify();
    void cancel();

Q_SIGNALS:
    /** An export or a verification ended (for tests and the status bar). */
    void finishedWork(const QString &summary);

protected:
    void reject() override;

private:
    void chooseFolder();
    void updateState();
    void setBusy(bool busy, const QString &status = {});
    void showVerified(const exchange::ExportVerifier::Result &result);

    WorkspaceSession *m_session;
    QComboBox *m_format = nullptr;
    QLineEdit *m_folder = nullptr;
    QCheckBox *m_acceptedOnly = nullptr;
    QComboBox *m_campaign = nullptr;
    QLineEdit *m_licences = nullptr;
    QLineEdit *m_reason = nullptr;
    QCheckBox *m_replace = nullptr;
    QCheckBox *m_verifyAfter = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_results = nullptr;
    QThread *m_verifyThread = nullptr;
    QPointer<exchange::ExportVerifier> m_verifier;
    bool m_busy = false;
};

} // namespace wb::ui
