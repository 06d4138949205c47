// SPDX-License-Identifier: GPL-3.0-or-later
// The Library page: search as you type, marked passages, the selected example's code and verdicts, Enter
// to open it, accepted-only, the coverage, and Ctrl+F in the main window.
#include "editor/sourcepreview.h"
#include "library/librarycoveragepanel.h"
#include "library/librarysearchpanel.h"
#include "library/libraryview.h"
#include "library/passagedelegate.h"
#include "libraryfixture.h"
#include "mainwindow/examplespage.h"
#include "mainwindow/mainwindow.h"
#include "session/workspacesession.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
const QString kQuestion = u"planar and macroscopic average of an electrostatic potential"_s;

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + u'/' + name));
}
} // namespace

class TstLibraryView : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkspace> m_temp;
    std::unique_ptr<test::LibraryFixture> m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_temp = std::make_unique<test::TempWorkspace>();
        m_fixture = std::make_unique<test::LibraryFixture>(m_temp->workspace());
    }

    void typeAQuestion()
    {
        ui::WorkspaceSession session(m_temp->workspace());
        ui::LibraryView view(&session);
        view.resize(1400, 820);
        view.show();
        ui::LibrarySearchPanel *panel = view.searchPanel();
        QSignalSpy searched(panel, &ui::LibrarySearchPanel::searched);
        QSignalSpy codeShown(panel, &ui::LibrarySearchPanel::codeShown);
        view.focusQuery();
        QTest::keyClicks(panel->queryEdit(), kQuestion);
        // Typing searches after a pause, once; older answers never replace newer ones.
        QTRY_VERIFY_WITH_TIMEOUT(searched.size() >= 1 && panel->lastSearch().query == kQuestion, 30000);
        const auto &found = panel->lastSearch();
        QCOMPARE(found.hits.first().exampleId, m_fixture->macroDensity);
        QCOMPARE(panel->resultList()->count(), found.hits.size());
        QCOMPARE(panel->resultList()->currentRow(), 0);
        const QString html = panel->resultList()->item(0)->data(ui::PassageDelegate::HtmlRole).toString();
        QVERIFY2(html.contains(u"MacroDensity: Computes the planar average"_s), qPrintable(html));
        QVERIFY2(html.contains(u"font-weight:600\">planar</span>"_s), qPrintable(html));
        QVERIFY(html.contains(u"font-weight:600\">macroscopic</span>"_s));
        QVERIFY(html.contains(u"font-weight:600\">electrostatic</span>"_s));

        // Beside it: the final main.py, highlighted, and the verdicts.
        QTRY_VERIFY_WITH_TIMEOUT(codeShown.contains(QVariantList{m_fixture->macroDensity}), 30000);
        QVERIFY(panel->codeView()->toPlainText().contains(u"from macrodensity.density_tools import"_s));
        QCOMPARE(panel->codeView()->definitionName(), u"Python"_s);
        const auto *verdict = view.findChild<QLabel *>(u"LibraryVerdict"_s);
        QVERIFY(verdict->text().contains(u"finished, faithful, complete, accurate"_s));
        QVERIFY(verdict->text().contains(u"accept: alice"_s));
        screenshot(&view, u"library-view.png"_s);

        // Enter on a result asks to open it in the Examples page.
        QSignalSpy open(&view, &ui::LibraryView::openExampleRequested);
        panel->resultList()->setFocus();
        QTest::keyClick(panel->resultList(), Qt::Key_Down);
        QTest::keyClick(panel->resultList(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), found.hits.at(1).exampleId);
        // Typing in the list goes back to the query.
        QTest::keyClick(panel->resultList(), Qt::Key_S);
        QVERIFY(panel->queryEdit()->text().endsWith(u"potentials"_s));
    }

    void acceptedOnlyAndHostileText()
    {
        ui::WorkspaceSession session(m_temp->workspace());
        ui::LibraryView view(&session);
        view.show();
        ui::LibrarySearchPanel *panel = view.searchPanel();
        QSignalSpy searched(panel, &ui::LibrarySearchPanel::searched);
        panel->queryEdit()->setText(u"posterior sampler"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel->lastSearch().query == u"posterior sampler"_s, 30000);
        QCOMPARE(panel->lastSearch().hits.size(), 2);
        panel->findChild<QCheckBox *>()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(panel->lastSearch().hits.size() == 1, 30000);
        QCOMPARE(panel->lastSearch().hits.first().exampleId, m_fixture->emceeAccepted);
        // Text that is not a query at all: a message, no error.
        searched.clear();
        panel->queryEdit()->setText(u"\"*-NEAR("_s);
        QTRY_VERIFY_WITH_TIMEOUT(searched.size() >= 1 && panel->lastSearch().query == u"\"*-NEAR("_s, 30000);
        QVERIFY(panel->findChildren<QLabel *>().size() > 0);
        bool failed = false;
        for (const auto *label : panel->findChildren<QLabel *>())
            failed = failed || label->text().contains(u"failed"_s);
        QVERIFY(!failed);
    }

    void blindReviewHidesVerdictsAndDecisions()
    {
        ui::WorkspaceSession session(m_temp->workspace());
        session.waitForIdle();
        ui::LibraryView view(&session);
        view.show();
        ui::LibrarySearchPanel *panel = view.searchPanel();
        auto *acceptedOnly = panel->findChild<QCheckBox *>();
        acceptedOnly->setChecked(true);
        session.setBlindReview(true);
        QTRY_VERIFY(session.blindReview());
        QVERIFY(!acceptedOnly->isEnabled() && !acceptedOnly->isChecked());   // filtering would reveal decisions
        panel->queryEdit()->setText(kQuestion);
        QTRY_VERIFY_WITH_TIMEOUT(panel->lastSearch().query == kQuestion && panel->resultList()->count() > 0, 30000);
        const QString html = panel->resultList()->item(0)->data(ui::PassageDelegate::HtmlRole).toString();
        QVERIFY2(!html.contains(u"accepted"_s) && html.contains(u"campaign hidden"_s), qPrintable(html));
        const auto *verdict = view.findChild<QLabel *>(u"LibraryVerdict"_s);
        QTRY_VERIFY(verdict->text().contains(u"hidden while the workspace reviews blind"_s));
        QVERIFY(!verdict->text().contains(u"alice"_s));
        session.setBlindReview(false);
        QTRY_VERIFY(acceptedOnly->isEnabled());
        session.waitForIdle();
    }

    void coverage()
    {
        ui::WorkspaceSession session(m_temp->workspace());
        ui::LibraryView view(&session);
        view.resize(1400, 820);
        view.show();
        ui::LibraryCoveragePanel *panel = view.coveragePanel();
        QSignalSpy computed(panel, &ui::LibraryCoveragePanel::computed);
        view.tabs()->setCurrentWidget(panel);   // shown the first time: computes
        QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 1, 30000);
        QTreeWidget *tree = panel->tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *uncovered = tree->topLevelItem(0);
        QCOMPARE(uncovered->text(0), u"Repositories without an accepted example (3)"_s);
        QStringList names;
        for (int i = 0; i < uncovered->childCount(); ++i)
            names << uncovered->child(i)->text(0);
        QCOMPARE(names, (QStringList{u"lmfit/lmfit-py"_s, u"phonopy/phonopy"_s, u"sunpy/sunpy"_s}));
        QCOMPARE(uncovered->child(2)->text(1), u"no example distilled yet"_s);
        QTreeWidgetItem *vague = tree->topLevelItem(1);
        QCOMPARE(vague->childCount(), 1);
        QVERIFY(vague->child(0)->text(0).startsWith(u"#%1 "_s.arg(m_fixture->pymatgenTwin)));
        QCOMPARE(tree->topLevelItem(2)->childCount(), 1);
        QVERIFY(tree->topLevelItem(2)->child(0)->text(1).contains(u"identical main.py"_s));
        screenshot(&view, u"library-coverage.png"_s);

        // Activating an example asks to open it.
        QSignalSpy open(panel, &ui::LibraryCoveragePanel::openExampleRequested);
        Q_EMIT tree->itemActivated(vague->child(0), 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), m_fixture->pymatgenTwin);

        // Cancel stops a computation; its answer is dropped.
        panel->recompute();
        QVERIFY(panel->isComputing());
        panel->cancel();
        QVERIFY(!panel->isComputing());
        session.waitForIdle();
        QCOMPARE(computed.size(), 1);
    }

    void findInTheMainWindow()
    {
        ui::MainWindow window(m_temp->workspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = window.findChild<QTabWidget *>(u"MainTabs"_s);
        tabs->setCurrentWidget(window.libraryView());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.libraryView()->searchPanel()->queryEdit()->hasFocus());
        // Enter on a result shows the example in the Examples page.
        QSignalSpy searched(window.libraryView()->searchPanel(), &ui::LibrarySearchPanel::searched);
        QTest::keyClicks(window.libraryView()->searchPanel()->queryEdit(), u"LOCPOT"_s);
        QTest::keyClick(window.libraryView()->searchPanel()->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window.libraryView()->searchPanel()->lastSearch().hits.isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.exampleTable()->model()->rowCount() > 0, 30000);
        QTest::keyClick(window.libraryView()->searchPanel()->resultList(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), static_cast<QWidget *>(window.examplesPage()), 30000);
        window.session()->waitForIdle();
    }
};

QTEST_MAIN(TstLibraryView)
#include "tst_libraryview.moc"
