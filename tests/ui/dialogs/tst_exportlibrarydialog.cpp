// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export Library: export an accepted example from a real workspace (a real repository mirror, a
// round that wrote a figure), verify it through the local executor (a real Python process), and see a
// broken folder reported with its last error line; the dialog stays responsive and can cancel.
#include "dialogs/exportlibrarydialog.h"
#include "distillationscript.h"
#include "exec/executionresult.h"
#include "pipeline/campaignconfig.h"
#include "repo/repositoryingestor.h"
#include "session/workspacesession.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
// Imports the repository's package from REPO_DIR and writes a small SVG "figure", as a round would.
constexpr char kMain[] = "import os, sys\n"
                         "sys.path.insert(0, os.environ['REPO_DIR'])\n"
                         "from matlib import lattice_energy\n"
                         "e = lattice_energy(1.6)\n"
                         "print('energy', e)\n"
                         "os.makedirs('to_save', exist_ok=True)\n"
                         "open('to_save/energy.svg', 'w').write('<svg xmlns=\"http://www.w3.org/2000/svg\"><text>%.4f</text></svg>' % e)\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TstExportLibraryDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /** A workspace with one accepted example whose judged-finished round wrote to_save/energy.svg. */
    static void fill(const std::shared_ptr<store::Workspace> &ws, const QString &repoDir)
    {
        test::DistillationScript::makeRepository(repoDir);
        const auto record = repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(repoDir));
        pipeline::CampaignConfig config;
        config.executor = u"local"_s;
        config.limits.wallSeconds = 120;
        store::PipelineStore pipeline(ws);
        const qint64 campaign = pipeline.createCampaign(u"lattice"_s, config.toJson());
        const qint64 example = pipeline.addExamples(campaign, {record.id}).first().id;
        const QByteArray metadata = R"({"example_description": "Computes the lattice energy of an fcc crystal at one spacing and draws it."})";
        const auto round = pipeline.createRound(example, 1, u"generated"_s, kMain, "", "true\n", metadata);
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        result.exitCode = 0;
        exec::Artifact figure;
        figure.name = u"to_save/energy.svg"_s;
        figure.content = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>-1.0</text></svg>";
        figure.sizeBytes = figure.content.size();
        result.artifacts << figure;
        pipeline.saveExecution(round.id, result);
        pipeline.saveVerdict(round.id, R"({"is_finished": true, "faithfulness_accurate_completeness_statement": "Runs."})", true, u"none"_s);
        pipeline.setExampleState(example, store::ExampleStatus::Success, u"done"_s);
        store::JudgementRecord j;
        j.exampleId = example;
        j.annotator = u"ada"_s;
        j.decision = store::Decision::Accept;
        store::JudgementStore(ws).add(j);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
    }

    void exportAndVerifyFromTheDialog()
    {
        test::TempWorkspace tmp;
        const auto ws = tmp.workspace();
        fill(ws, m_dir.filePath(u"matlib"_s));
        ui::WorkspaceSession session(ws);
        session.waitForIdle();
        ui::ExportLibraryDialog dialog(&session);
        dialog.show();
        QTRY_COMPARE(dialog.campaignBox()->count(), 2);   // "All campaigns" and the one campaign

        const QString out = m_dir.filePath(u"library"_s);
        QVERIFY(!dialog.exportButton()->isEnabled());   // no folder yet
        dialog.folderEdit()->setText(out);
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY(dialog.verifyAfterBox()->isChecked());
        QSignalSpy finished(&dialog, &ui::ExportLibraryDialog::finishedWork);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        // The export, then the verification it starts.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QVERIFY2(finished.at(0).at(0).toString().contains(u"1 example(s) exported"_s), qPrintable(finished.at(0).at(0).toString()));
        QCOMPARE(finished.at(1).at(0).toString(), u"1 of 1 examples ran and produced their expected output."_s);
        QCOMPARE(dialog.resultsTable()->rowCount(), 1);
        QCOMPARE(dialog.resultsTable()->item(0, 1)->text(), u"ran"_s);
        QVERIFY(!dialog.isBusy());
        const QStringList folders = QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        const QString folder = QDir(out).filePath(folders.first());
        QVERIFY(QFileInfo(folder + u"/run_example.sh"_s).isFile());
        QVERIFY(readAll(out + u"/manifest.jsonl"_s).contains("\"outcome\":\"ran\""));
        if (const QString shots = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.resize(980, 560);
            QTest::qWait(100);
            dialog.grab().save(QDir(shots).filePath(u"export-library.png"_s));
        }

        // A folder edited into failure: Verify Folder reports it with its last error line.
        QFile main(folder + u"/main.py"_s);
        QVERIFY(main.open(QIODevice::WriteOnly | QIODevice::Truncate));
        main.write("raise RuntimeError('no structure file was given')\n");
        main.close();
        QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 120000);
        QCOMPARE(finished.at(2).at(0).toString(), u"0 of 1 examples ran and produced their expected output."_s);
        QCOMPARE(dialog.resultsTable()->item(0, 1)->text(), u"failed (exit 1)"_s);
        QCOMPARE(dialog.resultsTable()->item(0, 3)->text(), u"RuntimeError: no structure file was given"_s);

    }

    void refusesWhatItCannotDo()
    {
        test::TempWorkspace tmp;
        ui::WorkspaceSession session(tmp.workspace());
        session.waitForIdle();
        ui::ExportLibraryDialog dialog(&session);
        dialog.folderEdit()->setText(m_dir.filePath(u"codeblocks"_s));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"codescientist"_s));
        QVERIFY(!dialog.verifyButton()->isEnabled());   // no runnable folders in that format
        QVERIFY(!dialog.verifyAfterBox()->isEnabled());
        // A folder that is not empty is refused with the reason, nothing is written.
        const QString busy = m_dir.filePath(u"busy"_s);
        QDir().mkpath(busy);
        QFile(busy + u"/notes.txt"_s).open(QIODevice::WriteOnly);
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"folders"_s));
        dialog.folderEdit()->setText(busy);
        QSignalSpy finished(&dialog, &ui::ExportLibraryDialog::finishedWork);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(dialog.statusLabel()->text().startsWith(u"Export failed:"_s), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.statusLabel()->text().contains(u"notes.txt"_s));
        QCOMPARE(QDir(busy).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{u"notes.txt"_s});
    }
};

QTEST_MAIN(TstExportLibraryDialog)
#include "tst_exportlibrarydialog.moc"
