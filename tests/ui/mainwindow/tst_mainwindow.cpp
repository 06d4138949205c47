// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/addrepositoriesdialog.h"
#include "editor/sourcepreview.h"
#include "gitfixture.h"
#include "mainwindow/mainwindow.h"
#include "models/filetablemodel.h"
#include "models/filetreemodel.h"
#include "models/repositorytablemodel.h"
#include "pipeline/campaignconfig.h"
#include "repo/repositoryingestor.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QMimeData>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace wb;

class TstMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;
    QString m_notes;

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

        m_notes = m_dir.filePath(u"lab-notes"_s);
        test::GitFixture notes(m_notes);
        notes.addFile("README.md", "# lab notes\n");
        notes.addFile("notes/2024-01.md", "Measured the lattice constant again.\n");
        notes.commit();
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
        QCOMPARE(first.data(Qt::DisplayRole).toInt(), 5);   // the band
        // Sorted by the ranking's score, highest first.
        QVERIFY(first.data(ui::FileTableModel::SortRole).toDouble()
                >= window.fileView()->model()->index(1, ui::FileTableModel::PriorColumn).data(ui::FileTableModel::SortRole).toDouble());

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

    void filtersRepositoriesAndOpensFilesFromTheTree()
    {
        test::TempWorkspace tmp;
        const auto phonon = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_repo));
        repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_notes));
        // A finished campaign over phonon-tools: two files rated by the model, one of them in the prompt.
        store::PipelineStore pipeline(tmp.workspace());
        pipeline::CampaignConfig config;
        config.generator = {u"vllm"_s, u"gpt-oss-120b"_s, {}};
        const qint64 campaign = pipeline.createCampaign(u"first"_s, config.toJson());
        const qint64 example = pipeline.addExamples(campaign, {phonon.id}).first().id;
        const std::pair<const char *, int> rated[] = {{"examples/bands.py", 5}, {"phonon_tools/bands.py", 4}, {"README.md", 2}};
        for (const auto &[path, rating] : rated) {
            store::ClassificationRecord c;
            c.exampleId = example;
            c.path = QString::fromLatin1(path);
            c.rating = rating;
            c.responseJson = R"({"classification": "example", "description": "Band structure", "how_relevant_rating": 5})";
            pipeline.saveClassification(c);
        }
        pipeline.saveSelection(example, "selection", {u"examples/bands.py"_s});
        pipeline.setExampleState(example, wb::store::ExampleStatus::Success, u"done"_s);

        ui::MainWindow window(tmp.workspace());
        QSignalSpy loaded(&window, &ui::MainWindow::repositoriesLoaded);
        QSignalSpy filesLoaded(&window, &ui::MainWindow::filesLoaded);
        QSignalSpy previewLoaded(&window, &ui::MainWindow::previewLoaded);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(loaded.size(), 1);
        QAbstractItemModel *repositories = window.repositoryView()->model();
        QAbstractItemModelTester tester(repositories, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(repositories->rowCount(), 2);
        auto *count = window.findChild<QLabel *>(u"RepositoryCount"_s);
        QVERIFY(count);
        QCOMPARE(count->text(), u"2 of 2 repositories"_s);

        // The status filter offers the statuses present and hides the other rows.
        auto *status = window.findChild<QComboBox *>(u"StatusFilter"_s);
        QVERIFY(status);
        QVERIFY(window.findChild<QComboBox *>(u"ModelFilter"_s));
        QVERIFY(window.findChild<QComboBox *>(u"VerdictFilter"_s));
        QVERIFY(window.findChild<QComboBox *>(u"LicenseFilter"_s));
        QCOMPARE(status->count(), 2);   // All statuses, SUCCESS
        const int success = status->findData(u"SUCCESS"_s);
        QVERIFY(success > 0);
        status->setCurrentIndex(success);
        QCOMPARE(repositories->rowCount(), 1);
        QCOMPARE(repositories->index(0, ui::RepositoryTableModel::NameColumn).data().toString(), u"phonon-tools"_s);
        QCOMPARE(repositories->index(0, ui::RepositoryTableModel::ModelColumn).data().toString(), u"gpt-oss-120b"_s);
        QCOMPARE(count->text(), u"1 of 2 repositories"_s);
        auto *clear = window.findChild<QToolButton *>(u"ClearFilters"_s);
        QVERIFY(clear && clear->isEnabled());
        clear->click();
        QCOMPARE(status->currentIndex(), 0);
        QCOMPARE(repositories->rowCount(), 2);
        QVERIFY(!clear->isEnabled());

        // The text filter also searches the model and status columns.
        auto *text = window.findChild<QLineEdit *>(u"RepositoryFilter"_s);
        QVERIFY(text);
        QTest::keyClicks(text, u"notes"_s);
        QCOMPARE(repositories->rowCount(), 1);
        QCOMPARE(repositories->index(0, ui::RepositoryTableModel::NameColumn).data().toString(), u"lab-notes"_s);
        QCOMPARE(repositories->index(0, ui::RepositoryTableModel::StatusColumn).data().toString(), u"—"_s);
        text->clear();
        QTest::keyClicks(text, u"oss-120"_s);
        QCOMPARE(repositories->rowCount(), 1);
        QCOMPARE(repositories->index(0, ui::RepositoryTableModel::NameColumn).data().toString(), u"phonon-tools"_s);

        // The file tree of phonon-tools: coloured by relevance, the prompt's file starred; a click previews.
        window.repositoryView()->setCurrentIndex(repositories->index(0, 0));
        QTRY_VERIFY(!filesLoaded.isEmpty() && filesLoaded.last().first().toLongLong() == phonon.id);
        auto *tabs = window.findChild<QTabWidget *>(u"FileTabs"_s);
        QVERIFY(tabs);
        tabs->setCurrentWidget(window.fileTree());
        QTreeView *tree = window.fileTree();
        QCOMPARE(tree->objectName(), u"FileTree"_s);
        QAbstractItemModelTester treeTester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto find = [tree](const QString &path) {
            const auto hits = tree->model()->match(tree->model()->index(0, 0), ui::FileTreeModel::PathRole, path, 1,
                                                   Qt::MatchExactly | Qt::MatchRecursive);
            return hits.value(0);
        };
        const QModelIndex prompt = find(u"examples/bands.py"_s);
        QVERIFY(prompt.isValid());
        QCOMPARE(prompt.data().toString(), u"★ bands.py"_s);
        QCOMPARE(find(u"phonon_tools"_s).data(ui::FileTreeModel::RelevanceRole).toInt(), 4);
        const QModelIndex target = find(u"phonon_tools/bands.py"_s);
        QVERIFY(target.isValid());
        tree->scrollTo(target);
        QTRY_VERIFY(tree->visualRect(target).isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(target).center());
        QTRY_VERIFY(!previewLoaded.isEmpty() && previewLoaded.last().first().toString() == u"phonon_tools/bands.py"_s);
        QVERIFY(window.preview()->toPlainText().contains(u"def band_structure"_s));
        text->clear();
        grab(&window, u"file-tree.png"_s);
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

    void dropOfABatchJsonAddsItsRepositories()
    {
        // CodeDistiller's batch JSON (objects with "repo_name") dropped onto the window, like a file from a file manager.
        test::TempWorkspace tmp;
        ui::MainWindow window(tmp.workspace());
        QSignalSpy loaded(&window, &ui::MainWindow::repositoriesLoaded);
        QSignalSpy finished(&window, &ui::MainWindow::ingestFinished);
        window.show();
        QTRY_COMPARE(loaded.size(), 1);
        const QString batch = m_dir.filePath(u"batch.json"_s);
        QFile f(batch);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonArray{QJsonObject{{u"repo_name"_s, m_repo}, {u"language"_s, u"Python"_s}}}).toJson());
        f.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(batch)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(finished.first().at(1).toInt(), 0);
        QCOMPARE(window.repositoryView()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
