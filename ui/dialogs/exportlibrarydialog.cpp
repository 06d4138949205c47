// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportlibrarydialog.h"

#include "exchange/libraryexport.h"
#include "session/workspacesession.h"
#include "pipeline/campaignstanding.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
enum Column { FolderColumn, OutcomeColumn, OutputColumn, DetailColumn, ColumnCount };
}

ExportLibraryDialog::ExportLibraryDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Export Library"));
    auto *form = new QFormLayout;

    m_format = new QComboBox(this);
    m_format->addItem(tr("Example folders (runnable, with README and expected output)"), u"folders"_s);
    m_format->addItem(tr("Git repository (one commit per round)"), u"git"_s);
    m_format->addItem(tr("CodeScientist codeblocks"), u"codescientist"_s);
    m_format->addItem(tr("JSON Lines"), u"jsonl"_s);
    form->addRow(tr("&Format:"), m_format);

    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportLibraryDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_campaign = new QComboBox(this);
    m_campaign->addItem(tr("All campaigns"), QString());
    form->addRow(tr("&Campaign:"), m_campaign);

    m_acceptedOnly = new QCheckBox(tr("Only examples an expert &accepted (and none rejected)"), this);
    m_acceptedOnly->setChecked(true);
    form->addRow(QString(), m_acceptedOnly);

    m_licences = new QLineEdit(this);
    m_licences->setPlaceholderText(tr("e.g. GPL-3.0-only, unknown"));
    m_licences->setToolTip(tr("Only permissive licences pass by default; list SPDX ids (or 'unknown') to let through, with a reason."));
    form->addRow(tr("Also allow &licences:"), m_licences);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why (recorded with each example)"));
    form->addRow(tr("&Reason:"), m_reason);

    m_replace = new QCheckBox(tr("Replace the files the export writes in a folder that is not empty"), this);
    form->addRow(QString(), m_replace);
    m_verifyAfter = new QCheckBox(tr("&Verify afterwards: re-run every exported folder from a clean copy"), this);
    m_verifyAfter->setChecked(true);
    form->addRow(QString(), m_verifyAfter);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_results = new QTableWidget(0, ColumnCount, this);
    m_results->setHorizontalHeaderLabels({tr("Example"), tr("Outcome"), tr("Expected output"), tr("Last error line / message")});
    m_results->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    for (const int c : {FolderColumn, OutcomeColumn, OutputColumn})
        m_results->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_results->verticalHeader()->setVisible(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setWordWrap(false);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_verify = buttons->addButton(tr("Verif&y Folder"), QDialogButtonBox::ActionRole);
    m_verify->setToolTip(tr("Re-run the example folders already exported to the chosen folder"));
    m_cancel = buttons->addButton(tr("Cancel &Run"), QDialogButtonBox::ActionRole);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_export, &QPushButton::clicked, this, &ExportLibraryDialog::startExport);
    connect(m_verify, &QPushButton::clicked, this, &ExportLibraryDialog::startVerify);
    connect(m_cancel, &QPushButton::clicked, this, &ExportLibraryDialog::cancel);
    connect(close, &QPushButton::clicked, this, &ExportLibraryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(880, 560);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportLibraryDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportLibraryDialog::updateState);
    connect(m_licences, &QLineEdit::textChanged, this, &ExportLibraryDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &ExportLibraryDialog::updateState);

    m_session->load(
        this, [](const std::shared_ptr<store::Workspace> &workspace) { return pipeline::CampaignStanding::readAll(workspace); },
        [this](const QList<pipeline::CampaignStanding> &campaigns) {
            for (const auto &c : campaigns)
                m_campaign->addItem(c.name, c.name);
        });
    updateState();
}

ExportLibraryDialog::~ExportLibraryDialog()
{
    if (m_verifyThread) {
        if (m_verifier)
            QMetaObject::invokeMethod(m_verifier, &exchange::ExportVerifier::cancel);
        m_verifyThread->quit();
        m_verifyThread->wait();
    }
}

void ExportLibraryDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export into Folder"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void ExportLibraryDialog::updateState()
{
    const auto format = exchange::LibraryExport::formatNamed(m_format->currentData().toString());
    const bool folders = format && exchange::LibraryExport::writesFolders(*format);
    const bool haveFolder = !m_folder->text().trimmed().isEmpty();
    const bool reasonNeeded = !m_licences->text().trimmed().isEmpty() && m_reason->text().trimmed().isEmpty();
    m_verifyAfter->setEnabled(folders && !m_busy);
    m_export->setEnabled(haveFolder && !reasonNeeded && !m_busy);
    m_verify->setEnabled(haveFolder && folders && !m_busy);
    m_cancel->setEnabled(m_busy && m_verifier);
    for (QWidget *w : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_folder), static_cast<QWidget *>(m_campaign),
                       static_cast<QWidget *>(m_acceptedOnly), static_cast<QWidget *>(m_licences), static_cast<QWidget *>(m_reason),
                       static_cast<QWidget *>(m_replace)})
        w->setEnabled(!m_busy);
    if (reasonNeeded && !m_busy)
        m_status->setText(tr("Letting licences through the gate needs a reason."));
}

void ExportLibraryDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
    if (!status.isEmpty())
        m_status->setText(status);
    updateState();
}

void ExportLibraryDialog::startExport()
{
    if (m_busy)
        return;
    exchange::LibraryExport::Request request;
    request.format = exchange::LibraryExport::formatNamed(m_format->currentData().toString()).value_or(exchange::ExportTarget::Format::Folders);
    request.outDir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    request.replace = m_replace->isChecked();
    request.selection.acceptedOnly = m_acceptedOnly->isChecked();
    request.selection.campaign = m_campaign->currentData().toString();
    for (const QString &id : m_licences->text().split(u',', Qt::SkipEmptyParts))
        request.selection.allowLicenses << id.trimmed();
    request.selection.overrideReason = m_reason->text().trimmed();
    const bool verifyAfter = m_verifyAfter->isChecked() && exchange::LibraryExport::writesFolders(request.format);
    m_results->setRowCount(0);
    setBusy(true, tr("Exporting…"));
    m_session->load(
        this, [request](const std::shared_ptr<store::Workspace> &workspace) { return exchange::LibraryExport::run(workspace, request); },
        [this, verifyAfter, request](const exchange::LibraryExport::Result &result) {
            setBusy(false);
            QString summary = tr("%n example(s) exported to %1.", nullptr, result.written).arg(QDir::toNativeSeparators(request.outDir));
            if (!result.excluded.isEmpty())
                summary += u' ' + tr("%n excluded:", nullptr, int(result.excluded.size())) + u' ' + result.excluded.join(u"; "_s);
            m_status->setText(summary);
            Q_EMIT finishedWork(summary);
            if (verifyAfter && result.written > 0)
                startVerify();
        },
        [this](const QString &message) {
            setBusy(false, tr("Export failed: %1").arg(message));
            Q_EMIT finishedWork(message);
        });
}

void ExportLibraryDialog::startVerify()
{
    if (m_busy)
        return;
    const QString dir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    m_results->setRowCount(0);
    setBusy(true, tr("Verifying %1…").arg(QDir::toNativeSeparators(dir)));
    // Its own thread: the rounds' output and artifacts are read where the verifier lives.
    m_verifyThread = new QThread(this);
    m_verifyThread->setObjectName(u"export-verify"_s);
    auto *verifier = new exchange::ExportVerifier(m_session->workspace(), dir, {});
    verifier->moveToThread(m_verifyThread);
    m_verifier = verifier;
    connect(m_verifyThread, &QThread::finished, verifier, &QObject::deleteLater);
    connect(verifier, &exchange::ExportVerifier::progress, this, [this](int done, int total, const QString &folder) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Verifying %1 of %2: %3").arg(done + 1).arg(total).arg(folder));
    });
    connect(verifier, &exchange::ExportVerifier::verified, this, &ExportLibraryDialog::showVerified);
    connect(verifier, &exchange::ExportVerifier::finished, this,
            [this](const QList<exchange::ExportVerifier::Result> &results, const QString &error) {
                int good = 0;
                for (const auto &r : results)
                    good += r.producedExpected() ? 1 : 0;
                QString summary = tr("%1 of %2 examples ran and produced their expected output.").arg(good).arg(results.size());
                if (!error.isEmpty())
                    summary += u' ' + error;
                m_verifyThread->quit();
                m_verifyThread->wait();
                m_verifyThread->deleteLater();
                m_verifyThread = nullptr;
                setBusy(false, summary);
                Q_EMIT finishedWork(summary);
            });
    m_verifyThread->start();
    QMetaObject::invokeMethod(verifier, &exchange::ExportVerifier::start);
    updateState();
}

void ExportLibraryDialog::showVerified(const exchange::ExportVerifier::Result &result)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    using Outcome = exchange::ExportVerifier::Result::Outcome;
    const QString outcome = result.outcome == Outcome::Ran      ? tr("ran")
                            : result.outcome == Outcome::Failed ? tr("failed (exit %1)").arg(result.exitCode ? QString::number(*result.exitCode) : u"-"_s)
                                                                : tr("not run");
    QString output;
    if (result.outcome == Outcome::Ran)
        output = result.missingFiles.isEmpty() ? tr("produced again (%n file(s))", nullptr, int(result.expectedFiles.size()))
                                               : tr("missing: %1").arg(result.missingFiles.join(u", "_s));
    const QString detail = result.lastErrorLine.isEmpty() ? result.message : result.lastErrorLine;
    const QStringList cells{result.folder, outcome, output, detail};
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        if (c == OutcomeColumn)
            item->setForeground(result.producedExpected() ? palette().color(QPalette::Text) : QColor(Qt::darkRed));
        m_results->setItem(row, c, item);
    }
}

void ExportLibraryDialog::cancel()
{
    if (m_verifier) {
        QMetaObject::invokeMethod(m_verifier, &exchange::ExportVerifier::cancel);
        m_status->setText(tr("Cancelling…"));
    }
}

void ExportLibraryDialog::reject()
{
    if (m_busy && m_verifier)
        cancel();   // the verification ends its running round; the dialog closes
    QDialog::reject();
}

} // namespace wb::ui
