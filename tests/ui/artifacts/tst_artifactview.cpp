// SPDX-License-Identifier: GPL-3.0-or-later
// The Artifacts tab's tables, plots, JSON trees and the comparison with an earlier round, over a real
// session (parsing runs on its pool).
#include "artifacts/artifacttablemodel.h"
#include "artifacts/artifacttableview.h"
#include "artifacts/diffstyle.h"
#include "artifacts/jsontreemodel.h"
#include "session/workspacesession.h"
#include "tempworkspace.h"
#include "views/artifactview.h"

#include <QAbstractItemModelTester>
#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QXYSeries>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
// A synthetic adsorption scan: energy against the height above a surface, in two rounds.
const QByteArray Round1Scan = "\"height above surface, \xC3\x85\",energy (eV),converged\n"
                              "1.0,-0.12,yes\n1.5,-0.85,yes\n2.0,-1.31,yes\n2.5,-1.02,yes\n3.0,-0.64,yes\n3.5,-0.35,no\n";
const QByteArray Round2Scan = "\"height above surface, \xC3\x85\",energy (eV),converged\n"
                              "1.0,-0.12,yes\n1.5,-0.91,yes\n2.0,-1.38,yes\n2.5,-1.02,yes\n3.0,-0.64,yes\n4.0,-0.21,yes\n";
const QByteArray Round1Results = R"({"adsorption_energy_eV": -1.31, "equilibrium_height_A": 2.0, "n_points": 6, "method": "LJ", "warnings": ["not converged at 3.5"]})";
const QByteArray Round2Results = R"({"adsorption_energy_eV": -1.38, "equilibrium_height_A": 2.0, "n_points": 6, "method": "LJ", "fit": {"r2": 0.997}})";

QList<store::PipelineStore::ArtifactRow> rowsOf(const QHash<QString, QByteArray> &content)
{
    QList<store::PipelineStore::ArtifactRow> rows;
    for (const QString &name : {u"to_save/scan.csv"_s, u"results.json"_s, u"to_save/cp.csv"_s})
        if (content.contains(name))
            rows.append({name, content.value(name).size(), u"sha"_s, {}});
    return rows;
}

void show(ui::ArtifactView &view, const QString &name)
{
    QSignalSpy shown(&view, &ui::ArtifactView::artifactShown);
    for (int row = 0; row < view.list()->count(); ++row)
        if (view.list()->item(row)->data(Qt::UserRole).toString() == name)
            view.list()->setCurrentRow(row);
    QVERIFY(shown.wait(10000) || view.shownName() == name);
    QCOMPARE(view.shownName(), name);
}
} // namespace

class TstArtifactView : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkspace> m_tmp;
    std::unique_ptr<ui::WorkspaceSession> m_session;
    QHash<QString, QByteArray> m_round1;
    QHash<QString, QByteArray> m_round2;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_tmp = std::make_unique<test::TempWorkspace>();
        m_session = std::make_unique<ui::WorkspaceSession>(m_tmp->workspace());
        m_session->waitForIdle();
        m_round1 = {{u"to_save/scan.csv"_s, Round1Scan}, {u"results.json"_s, Round1Results}};
        m_round2 = {{u"to_save/scan.csv"_s, Round2Scan},
                    {u"results.json"_s, Round2Results},
                    {u"to_save/cp.csv"_s, "T / K;Cp / J mol-1 K-1\n300;29,1\n400;29,9\n500;30,6\n"}};
    }

    void tableSortsAndPlots()
    {
        ui::ArtifactView view(m_session.get());
        view.resize(1100, 520);
        view.setArtifacts(rowsOf(m_round2), m_round2, {});
        show(view, u"to_save/scan.csv"_s);
        ui::ArtifactTableView *table = view.tableView();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->columnCount(), 3);   // the quoted header's comma is not a separator
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"height above surface, Å"_s);
        QVERIFY(table->model()->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"numbers"_s));
        QVERIFY(table->model()->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"text"_s));
        QVERIFY(!table->banner()->isVisibleTo(&view));
        QVERIFY(!view.compareToggle()->isVisibleTo(&view));   // no earlier round given

        // Numeric sort: -1.38 is the smallest energy (a text sort would put -0.12 first).
        table->tableView()->sortByColumn(1, Qt::AscendingOrder);
        QCOMPARE(table->sortModel()->index(0, 1).data().toString(), u"-1.38"_s);
        QCOMPARE(table->sortModel()->index(5, 1).data().toString(), u"-0.12"_s);
        table->tableView()->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(table->sortModel()->index(0, 0).data().toString(), u"4.0"_s);

        // The plot: energy against height, one point per row, axes titled by the headers.
        QCOMPARE(table->xBox()->count(), 2);   // number columns only
        QCOMPARE(table->xBox()->currentText(), u"height above surface, Å"_s);
        QCOMPARE(table->yBox()->currentText(), u"energy (eV)"_s);
        QVERIFY(table->series());
        QCOMPARE(table->series()->count(), 6);
        QCOMPARE(table->series()->at(2), QPointF(2.0, -1.38));
        const auto axes = table->chartView()->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        QCOMPARE(axes.first()->titleText(), u"height above surface, Å"_s);
        table->styleBox()->setCurrentIndex(1);   // as a line
        QCOMPARE(table->series()->type(), QAbstractSeries::SeriesTypeLine);
        QCOMPARE(table->series()->count(), 6);
        table->xBox()->setCurrentIndex(1);
        table->yBox()->setCurrentIndex(0);
        QCOMPARE(table->series()->at(2), QPointF(-1.38, 2.0));

        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            table->xBox()->setCurrentIndex(0);
            table->yBox()->setCurrentIndex(1);
            table->styleBox()->setCurrentIndex(0);
            table->tableView()->sortByColumn(-1, Qt::AscendingOrder);
            table->sortModel()->sort(-1);
            QVERIFY(view.grab().save(dir + u"/artifact-table.png"_s));
        }
    }

    void decimalCommaBanner()
    {
        ui::ArtifactView view(m_session.get());
        view.setArtifacts(rowsOf(m_round2), m_round2, {});
        show(view, u"to_save/cp.csv"_s);
        ui::ArtifactTableView *table = view.tableView();
        QCOMPARE(table->model()->columnCount(), 2);
        QVERIFY(table->banner()->isVisibleTo(&view));
        QVERIFY(table->banner()->text().contains(u"decimal comma"_s));
        QVERIFY(table->model()->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"decimal comma"_s));
        QCOMPARE(table->series()->at(0), QPointF(300, 29.1));
    }

    void tableComparedWithAnEarlierRound()
    {
        ui::ArtifactView view(m_session.get());
        view.resize(1100, 560);
        view.setArtifacts(rowsOf(m_round2), m_round2, {}, {{1, m_round1}});
        show(view, u"to_save/scan.csv"_s);
        QVERIFY(view.compareToggle()->isVisibleTo(&view));
        QCOMPARE(view.compareToggle()->text(), u"Compare with round 1"_s);
        ui::ArtifactTableModel *model = view.tableView()->model();
        QCOMPARE(model->rowCount(), 6);
        QVERIFY(!model->index(1, 1).data(Qt::BackgroundRole).isValid());

        view.compareToggle()->setChecked(true);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ui::DiffStyle style = ui::DiffStyle::of(QApplication::palette());
        // Row 2 (height 1.5): -0.85 → -0.91 is highlighted with its relative change.
        QCOMPARE(model->index(1, 1).data(ui::ArtifactTableModel::ChangeRole).toInt(), int(ui::ArtifactTableModel::Changed));
        QCOMPARE(model->index(1, 1).data(Qt::BackgroundRole).value<QColor>(), style.changed);
        const QString tip = model->index(1, 1).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"-0.85 → -0.91"_s) && tip.contains(u"%"_s), qPrintable(tip));
        QCOMPARE(model->index(1, 0).data(ui::ArtifactTableModel::ChangeRole).toInt(), int(ui::ArtifactTableModel::Unchanged));
        QCOMPARE(model->index(3, 1).data(ui::ArtifactTableModel::ChangeRole).toInt(), int(ui::ArtifactTableModel::Unchanged));
        // Height 4.0 is new; height 3.5 is gone and follows struck out.
        QCOMPARE(model->index(5, 0).data(ui::ArtifactTableModel::ChangeRole).toInt(), int(ui::ArtifactTableModel::Added));
        QCOMPARE(model->rowCount(), 7);
        QCOMPARE(model->index(6, 0).data().toString(), u"3.5"_s);
        QCOMPARE(model->index(6, 0).data(ui::ArtifactTableModel::ChangeRole).toInt(), int(ui::ArtifactTableModel::Removed));
        QVERIFY(model->index(6, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(view.tableView()->banner()->text().contains(u"2 changed, 1 added, 1 removed"_s));
        // The plot adds the earlier round's series.
        QVERIFY(view.tableView()->olderSeries());
        QCOMPARE(view.tableView()->olderSeries()->count(), 6);
        QCOMPARE(view.tableView()->series()->count(), 6);

        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(view.grab().save(dir + u"/artifact-compare.png"_s));

        view.compareToggle()->setChecked(false);
        QCOMPARE(model->rowCount(), 6);
        QVERIFY(!model->index(1, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!view.tableView()->olderSeries());
    }

    void jsonTreeComparedWithAnEarlierRound()
    {
        ui::ArtifactView view(m_session.get());
        view.setArtifacts(rowsOf(m_round2), m_round2, {}, {{1, m_round1}});
        show(view, u"results.json"_s);
        ui::JsonTreeModel *model = view.jsonModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex energy = model->indexOf(u"/adsorption_energy_eV"_s, ui::JsonTreeModel::ValueColumn);
        QVERIFY(energy.isValid());
        QCOMPARE(energy.data().toString(), u"-1.38"_s);
        QVERIFY(energy.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        QVERIFY(energy.data(Qt::FontRole).value<QFont>().fixedPitch() || !energy.data(Qt::FontRole).value<QFont>().family().isEmpty());
        QVERIFY(!(model->indexOf(u"/method"_s, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight));
        QVERIFY(!energy.data(Qt::BackgroundRole).isValid());

        view.compareToggle()->setChecked(true);
        const QModelIndex changed = model->indexOf(u"/adsorption_energy_eV"_s, ui::JsonTreeModel::ValueColumn);
        QCOMPARE(changed.data(ui::JsonTreeModel::ChangeRole).toInt(), int(ui::ArtifactTableModel::Changed));
        QVERIFY(changed.data(Qt::ToolTipRole).toString().contains(u"-1.31 → -1.38"_s));
        QCOMPARE(model->indexOf(u"/n_points"_s).data(ui::JsonTreeModel::ChangeRole).toInt(), int(ui::ArtifactTableModel::Unchanged));
        QCOMPARE(model->indexOf(u"/fit"_s).data(ui::JsonTreeModel::ChangeRole).toInt(), int(ui::ArtifactTableModel::Added));
        QCOMPARE(model->indexOf(u"/fit/r2"_s).data(ui::JsonTreeModel::ChangeRole).toInt(), int(ui::ArtifactTableModel::Added));
        const QModelIndex removed = model->indexOf(u"/warnings"_s);
        QVERIFY(removed.isValid());
        QCOMPARE(removed.data(ui::JsonTreeModel::ChangeRole).toInt(), int(ui::ArtifactTableModel::Removed));
        QVERIFY(removed.data(Qt::FontRole).value<QFont>().strikeOut());
        view.compareToggle()->setChecked(false);
        QVERIFY(!model->indexOf(u"/warnings"_s).isValid());
    }

    void notJsonFallsBackToText()
    {
        ui::ArtifactView view(m_session.get());
        const QHash<QString, QByteArray> content{{u"results.json"_s, "{broken"}};
        view.setArtifacts(rowsOf(content), content, {});
        QTRY_COMPARE(view.textView()->toPlainText(), u"{broken"_s);
    }
};

QTEST_MAIN(TstArtifactView)
#include "tst_artifactview.moc"
