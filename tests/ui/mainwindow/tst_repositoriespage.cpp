// SPDX-License-Identifier: GPL-3.0-or-later
// The Repositories tab reads through the window's session: a selection answers later, off the GUI
// thread, and only the last of quick selection changes is shown.
#include "editor/sourcepreview.h"
#include "gitfixture.h"
#include "mainwindow/repositoriespage.h"
#include "models/filetablemodel.h"
#include "models/repositorytablemodel.h"
#include "repo/repositoryingestor.h"
#include "session/workspacesession.h"
#include "store/repositoryrecord.h"
#include "tempworkspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstRepositoriesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tools;   // 4 files
    QString m_notes;   // 2 files

    /** The row of repository @p name in the page's (sorted, filtered) table. */
    static QModelIndex rowOf(const ui::RepositoriesPage &page, const QString &name)
    {
        const QAbstractItemModel *model = page.repositoryView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, ui::RepositoryTableModel::NameColumn).data().toString() == name)
                return model->index(row, 0);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_tools = m_dir.filePath(u"phonon-tools"_s);
        test::GitFixture tools(m_tools);
        tools.addFile("README.md", "# phonon-tools\n");
        tools.addFile("examples/bands.py", "print('bands')\n");
        tools.addFile("phonon_tools/__init__.py", "\n");
        tools.addFile("phonon_tools/bands.py", "def band_structure(c, path):\n    return []\n");
        tools.commit();
        m_notes = m_dir.filePath(u"lab-notes"_s);
        test::GitFixture notes(m_notes);
        notes.addFile("README.md", "# lab notes\n");
        notes.addFile("notes/2024-01.md", "Measured the lattice constant again.\n");
        notes.commit();
    }

    void selectionLoadsGoThroughTheSession()
    {
        test::TempWorkspace tmp;
        const auto tools = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_tools));
        const auto notes = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_notes));
        ui::WorkspaceSession session(tmp.workspace());
        ui::RepositoriesPage page(&session);
        QSignalSpy loaded(&page, &ui::RepositoriesPage::repositoriesLoaded);
        QSignalSpy files(&page, &ui::RepositoriesPage::filesLoaded);
        page.reload();
        QCOMPARE(loaded.size(), 0);   // nothing is read on the GUI thread
        QVERIFY(session.pendingLoads() > 0);
        session.waitForIdle();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toInt(), 2);
        // The first row (lab-notes, by name) was selected and its files read.
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().at(0).toLongLong(), notes.id);
        QCOMPARE(page.fileView()->model()->rowCount(), 2);

        // Another selection empties the file table at once and fills it when the session answers.
        page.repositoryView()->setCurrentIndex(rowOf(page, u"phonon-tools"_s));
        QCOMPARE(page.fileView()->model()->rowCount(), 0);
        QCOMPARE(session.pendingLoads(), 1);
        session.waitForIdle();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.last().at(0).toLongLong(), tools.id);
        QCOMPARE(files.last().at(1).toInt(), 4);
        QCOMPARE(page.fileView()->model()->rowCount(), 4);
    }

    void quickSelectionChangesShowOnlyTheLastRepository()
    {
        test::TempWorkspace tmp;
        const auto tools = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_tools));
        repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_notes));
        ui::WorkspaceSession session(tmp.workspace());
        ui::RepositoriesPage page(&session);
        page.reload();
        session.waitForIdle();
        QSignalSpy files(&page, &ui::RepositoriesPage::filesLoaded);
        QSignalSpy previews(&page, &ui::RepositoriesPage::previewLoaded);

        // Four selections before any answer: every load runs, only the last one's answer is shown.
        const QModelIndex toolsRow = rowOf(page, u"phonon-tools"_s);
        const QModelIndex notesRow = rowOf(page, u"lab-notes"_s);
        for (const QModelIndex &row : {toolsRow, notesRow, toolsRow, notesRow, toolsRow})
            page.repositoryView()->setCurrentIndex(row);
        session.waitForIdle();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().at(0).toLongLong(), tools.id);
        QCOMPARE(page.fileView()->model()->rowCount(), 4);

        // The same for the preview: the file selected last is the one previewed.
        previews.clear();
        const QAbstractItemModel *fileModel = page.fileView()->model();
        for (int row = 0; row < fileModel->rowCount(); ++row)
            page.fileView()->setCurrentIndex(fileModel->index(row, 0));
        const QString last = fileModel->index(fileModel->rowCount() - 1, ui::FileTableModel::PathColumn).data().toString();
        session.waitForIdle();
        QCOMPARE(previews.size(), 1);
        QCOMPARE(previews.first().first().toString(), last);
        QVERIFY(!page.preview()->toPlainText().isEmpty());
    }

    void blindReviewHidesTheModelAndVerdictColumns()
    {
        test::TempWorkspace tmp;
        ui::WorkspaceSession session(tmp.workspace());
        ui::RepositoriesPage page(&session);
        session.waitForIdle();
        QVERIFY(!page.repositoryView()->isColumnHidden(ui::RepositoryTableModel::ModelColumn));
        session.setBlindReview(true);
        session.waitForIdle();
        QVERIFY(page.repositoryView()->isColumnHidden(ui::RepositoryTableModel::ModelColumn));
        QVERIFY(page.repositoryView()->isColumnHidden(ui::RepositoryTableModel::VerdictColumn));
        session.setBlindReview(false);
        session.waitForIdle();
        QVERIFY(!page.repositoryView()->isColumnHidden(ui::RepositoryTableModel::VerdictColumn));
    }

    void addsRepositoriesOnTheSessionsPool()
    {
        test::TempWorkspace tmp;
        ui::WorkspaceSession session(tmp.workspace());
        ui::RepositoriesPage page(&session);
        QSignalSpy finished(&page, &ui::RepositoriesPage::ingestFinished);
        page.addRepositories({m_tools, m_dir.filePath(u"does-not-exist"_s)});
        QVERIFY(page.isAddingRepositories());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!page.isAddingRepositories());
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(finished.first().at(3).toStringList().size(), 1);
        QCOMPARE(page.repositoryCount(), 1);
        session.waitForIdle();
    }
};

QTEST_MAIN(TstRepositoriesPage)
#include "tst_repositoriespage.moc"
