// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/addrepositoriesdialog.h"
#include "editor/sourcepreview.h"
#include "gitfixture.h"
#include "mainwindow/mainwindow.h"
#include "models/filetablemodel.h"
#include "models/repositorytablemodel.h"
#include "repo/repositoryingestor.h"
#include "store/repositorystore.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    void grab(QWidget *w, const QString &name)
    {
        // Screenshots for the documentation when asked for: WB_SCREENSHOT_DIR=docs/screenshots.
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(dir + u'/' + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_repo = m_dir.filePath(u"phonon-tools"_s);
        test::GitFixture repo(m_repo);
        repo.addFile("README.md", "# phonon-tools\n\nPhonon band structures from force constants. See examples/bands.py.\n");
        repo.addFile("LICENSE", "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
                                "software. The above copyright notice and this permission notice shall be included in "
                                "all copies or substantial portions of the Software.");
        repo.addFile("examples/bands.py",
                     "\"\"\"Phonon band structure of silicon.\"\"\"\n"
                     "import numpy as np\n"
                     "from phonon_tools import Crystal, band_structure\n\n"
                     "def main():\n"
                     "    si = Crystal.diamond('Si', a=5.431)  # lattice constant in Angstrom\n"
                     "    path = np.linspace(0.0, 1.0, 101)\n"
                     "    bands = band_structure(si, path)\n"
                     "    print(f'{len(bands)} branches')\n\n"
                     "if __name__ == '__main__':\n"
                     "    main()\n");
        repo.addFile("phonon_tools/__init__.py", "from .crystal import Crystal\nfrom .bands import band_structure\n");
        repo.addFile("phonon_tools/crystal.py", "class Crystal:\n    pass\n");
        repo.addFile("phonon_tools/bands.py", "def band_structure(c, path):\n    return []\n");
        repo.addFile("tests/test_bands.py", "from phonon_tools import band_structure\n");
        repo.addFile("data/si_fc.hdf5", QByteArray("\x89HDF\r\n\x1a\n\0\0", 10));
        repo.commit();
    }

    void modelsPassTheModelTester()
    {
        test::TempWorkspace tmp;
        const auto record = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_repo));
        ui::RepositoryTableModel repos;
        QAbstractItemModelTester t1(&repos, QAbstractItemModelTester::FailureReportingMode::QtTest);
        repos.setRepositories({record});
        repos.upsert(record);
        QCOMPARE(repos.rowCount(), 1);
        ui::FileTableModel files;
        QAbstractItemModelTester t2(&files, QAbstractItemModelTester::FailureReportingMode::QtTest);
        files.setFiles(store::RepositoryStore(tmp.workspace()).files(record.id));
        QCOMPARE(files.rowCount(), 8);
    }

    void showsRepositoriesFilesAndPreview()
    {
        test::TempWorkspace tmp;
        repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_repo));
        ui::MainWindow window(tmp.workspace());
        QSignalSpy filesLoaded(&window, &ui::MainWindow::filesLoaded);
        QSignalSpy previewLoaded(&window, &ui::MainWindow::previewLoaded);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.repositoryView()->model()->rowCount(), 1);
        QTRY_COMPARE(filesLoaded.size(), 1);
        QCOMPARE(window.fileView()->model()->rowCount(), 8);
        // The first file row is the most relevant one, and its preview is highlighted.
        QTRY_VERIFY(previewLoaded.size() >= 1);
        const QModelIndex first = window.fileView()->model()->index(0, ui::FileTableModel::PriorColumn);
        QCOMPARE(first.data(ui::FileTableModel::SortRole).toInt(), 5);

        // Select examples/bands.py by keyboard-free model search and check the Python preview.
        const auto *model = window.fileView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ui::FileTableModel::PathColumn).data().toString() == u"examples/bands.py"_s) {
                window.fileView()->setCurrentIndex(model->index(row, 0));
                break;
            }
        }
        QTRY_COMPARE(previewLoaded.last().first().toString(), u"examples/bands.py"_s);
        QCOMPARE(window.preview()->definitionName(), u"Python"_s);
        QVERIFY(window.preview()->toPlainText().contains(u"band_structure"_s));
        grab(&window, u"mainwindow.png"_s);
    }

    void addDialogCollectsSources()
    {
        ui::AddRepositoriesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *edit = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(edit);
        QTest::keyClicks(edit, u"materialsproject/pymatgen"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, u"  https://gitlab.com/ase/ase.git  "_s);
        QCOMPARE(dialog.sources(), (QStringList{u"materialsproject/pymatgen"_s, u"https://gitlab.com/ase/ase.git"_s}));
        grab(&dialog, u"add-repositories.png"_s);
    }

    void addsRepositoriesInTheBackground()
    {
        test::TempWorkspace tmp;
        ui::MainWindow window(tmp.workspace());
        QSignalSpy loaded(&window, &ui::MainWindow::repositoriesLoaded);
        QSignalSpy finished(&window, &ui::MainWindow::ingestFinished);
        window.show();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(window.repositoryView()->model()->rowCount(), 0);
        window.addRepositories({m_repo, m_dir.filePath(u"does-not-exist"_s)});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(window.repositoryView()->model()->rowCount(), 1);
        QTRY_VERIFY(window.findChild<QWidget *>(u"IngestErrors"_s));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
