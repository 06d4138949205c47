// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/filetreemodel.h"
#include "models/repositoryfilterproxy.h"
#include "models/repositorytablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
store::RepositoryRecord repository(qint64 id, const QString &name, const QString &license, const QString &commit)
{
    store::RepositoryRecord r;
    r.id = id;
    r.name = name;
    r.url = u"https://example.org/"_s + name;
    r.commitSha = commit;
    r.licenseSpdx = license;
    r.fileCount = int(id) * 10;
    r.sizeBytes = id * 1000;
    r.addedAt = QDateTime::fromSecsSinceEpoch(1700000000 + id, Qt::UTC);
    return r;
}

store::RepositoryOutcome outcome(qint64 repositoryId, const QString &status, const QString &model, std::optional<bool> finished,
                                 int rounds, std::optional<double> cost)
{
    store::RepositoryOutcome o;
    o.repositoryId = repositoryId;
    o.exampleId = repositoryId * 100;
    o.campaignName = u"c"_s;
    o.status = store::storedExampleStatus(status);
    o.generatorModel = model;
    o.finished = finished;
    o.rounds = rounds;
    o.cost = cost ? llm::CostTotal::of(*cost, 1, 0) : llm::CostTotal::of(0, 0, 1);   // nullopt: a call without a price
    return o;
}

/** Five repositories; the last one was never in a campaign. */
void fill(ui::RepositoryTableModel &model)
{
    model.setRepositories({repository(1, u"materials/pymatgen"_s, u"MIT"_s, u"aaaa1111"_s),
                           repository(2, u"ase/ase"_s, u"LGPL-2.1-or-later"_s, u"bbbb2222"_s),
                           repository(3, u"phonopy/phonopy"_s, u"BSD-3-Clause"_s, u"cccc3333"_s),
                           repository(4, u"gpaw/gpaw"_s, u"GPL-3.0-only"_s, u"dddd4444"_s),
                           repository(5, u"local/notes"_s, {}, u"eeee5555"_s)});
    model.setOutcomes({outcome(1, u"SUCCESS"_s, u"gpt-oss-120b"_s, true, 1, 0.12),
                       outcome(2, u"FAILED"_s, u"gpt-oss-120b"_s, false, 3, 0.90),
                       outcome(3, u"SUCCESS"_s, u"claude-sonnet-4"_s, true, 2, std::nullopt),
                       outcome(4, u"PENDING"_s, u"claude-sonnet-4"_s, std::nullopt, 0, 0.0)});
}

QStringList names(const QAbstractItemModel &proxy)
{
    QStringList out;
    for (int row = 0; row < proxy.rowCount(); ++row)
        out << proxy.index(row, ui::RepositoryTableModel::NameColumn).data().toString();
    return out;
}
} // namespace

class TstRepositoryFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTheModelTester()
    {
        ui::RepositoryTableModel model;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::RepositoryFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        proxy.sort(ui::RepositoryTableModel::CostColumn);
        proxy.setStatusFilter(u"SUCCESS"_s);
        proxy.setTextFilter(u"py"_s);
        model.upsert(repository(6, u"new/one"_s, u"MIT"_s, u"ffff6666"_s));
        model.upsert(repository(1, u"materials/pymatgen"_s, u"Apache-2.0"_s, u"aaaa1111"_s));
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 6);

        ui::FileTreeModel tree;
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store::FileRecord f;
        f.path = u"src/a.py"_s;
        f.prior = 3;
        tree.setFiles({f});
        QCOMPARE(tree.rowCount(), 1);
    }

    void outcomeColumns()
    {
        ui::RepositoryTableModel model;
        fill(model);
        using M = ui::RepositoryTableModel;
        QCOMPARE(model.index(0, M::StatusColumn).data().toString(), u"SUCCESS"_s);
        QCOMPARE(model.index(0, M::ModelColumn).data().toString(), u"gpt-oss-120b"_s);
        QCOMPARE(model.index(1, M::VerdictColumn).data(M::FilterRole).toString(), u"not finished"_s);
        QCOMPARE(model.index(1, M::RoundsColumn).data(M::SortRole).toInt(), 3);
        QCOMPARE(model.index(1, M::CostColumn).data().toString(), u"$0.9000"_s);
        QCOMPARE(model.index(2, M::CostColumn).data().toString(), u"—"_s);       // unknown price
        QCOMPARE(model.index(3, M::VerdictColumn).data().toString(), u"—"_s);    // not judged
        for (int column = M::StatusColumn; column <= M::CostColumn; ++column) {  // no outcome at all
            QCOMPARE(model.index(4, column).data().toString(), u"—"_s);
            QVERIFY(!model.index(4, column).data(M::SortRole).isValid());
        }
        QCOMPARE(model.outcomeAt(4), nullptr);
        QCOMPARE(model.outcomeAt(0)->exampleId, 100);
        // Existing columns are unchanged.
        QCOMPARE(model.index(0, M::NameColumn).data().toString(), u"materials/pymatgen"_s);
        QCOMPARE(model.index(4, M::LicenseColumn).data().toString(), u"unknown"_s);
        QCOMPARE(model.index(2, M::FilesColumn).data(M::SortRole).toInt(), 30);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("license");
        QTest::addColumn<int>("minRounds");   // -1: none
        QTest::addColumn<int>("maxRounds");
        QTest::addColumn<double>("maxCost");  // < 0: none
        QTest::addColumn<QStringList>("expected");

        const QStringList all{u"ase/ase"_s, u"gpaw/gpaw"_s, u"local/notes"_s, u"materials/pymatgen"_s, u"phonopy/phonopy"_s};
        QTest::newRow("none") << QString() << QString() << QString() << QString() << QString() << -1 << -1 << -1.0 << all;
        QTest::newRow("text name") << u"PY"_s << QString() << QString() << QString() << QString() << -1 << -1 << -1.0
                                   << QStringList{u"materials/pymatgen"_s, u"phonopy/phonopy"_s};
        QTest::newRow("text licence") << u"lgpl"_s << QString() << QString() << QString() << QString() << -1 << -1 << -1.0
                                      << QStringList{u"ase/ase"_s};
        QTest::newRow("text commit") << u"dddd44"_s << QString() << QString() << QString() << QString() << -1 << -1 << -1.0
                                     << QStringList{u"gpaw/gpaw"_s};
        QTest::newRow("text model") << u"sonnet"_s << QString() << QString() << QString() << QString() << -1 << -1 << -1.0
                                    << QStringList{u"gpaw/gpaw"_s, u"phonopy/phonopy"_s};
        QTest::newRow("text status") << u"fail"_s << QString() << QString() << QString() << QString() << -1 << -1 << -1.0
                                     << QStringList{u"ase/ase"_s};
        QTest::newRow("status") << QString() << u"SUCCESS"_s << QString() << QString() << QString() << -1 << -1 << -1.0
                                << QStringList{u"materials/pymatgen"_s, u"phonopy/phonopy"_s};
        QTest::newRow("model") << QString() << QString() << u"gpt-oss-120b"_s << QString() << QString() << -1 << -1 << -1.0
                               << QStringList{u"ase/ase"_s, u"materials/pymatgen"_s};
        QTest::newRow("verdict") << QString() << QString() << QString() << u"not finished"_s << QString() << -1 << -1 << -1.0
                                 << QStringList{u"ase/ase"_s};
        QTest::newRow("licence") << QString() << QString() << QString() << QString() << u"MIT"_s << -1 << -1 << -1.0
                                 << QStringList{u"materials/pymatgen"_s};
        QTest::newRow("min rounds") << QString() << QString() << QString() << QString() << QString() << 2 << -1 << -1.0
                                    << QStringList{u"ase/ase"_s, u"phonopy/phonopy"_s};
        QTest::newRow("round range") << QString() << QString() << QString() << QString() << QString() << 1 << 2 << -1.0
                                     << QStringList{u"materials/pymatgen"_s, u"phonopy/phonopy"_s};
        QTest::newRow("max cost") << QString() << QString() << QString() << QString() << QString() << -1 << -1 << 0.5
                                  << QStringList{u"gpaw/gpaw"_s, u"materials/pymatgen"_s};
        QTest::newRow("combined") << u"a"_s << u"SUCCESS"_s << u"claude-sonnet-4"_s << u"finished"_s << QString() << 2 << 2 << -1.0
                                  << QStringList{u"phonopy/phonopy"_s};
        QTest::newRow("nothing") << u"zzz"_s << QString() << QString() << QString() << QString() << -1 << -1 << -1.0 << QStringList();
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(QString, model);
        QFETCH(QString, verdict);
        QFETCH(QString, license);
        QFETCH(int, minRounds);
        QFETCH(int, maxRounds);
        QFETCH(double, maxCost);
        QFETCH(QStringList, expected);

        ui::RepositoryTableModel source;
        fill(source);
        ui::RepositoryFilterProxy proxy;
        proxy.setSourceModel(&source);
        proxy.sort(ui::RepositoryTableModel::NameColumn);
        QSignalSpy changed(&proxy, &ui::RepositoryFilterProxy::filterChanged);
        proxy.setTextFilter(text);
        proxy.setStatusFilter(status);
        proxy.setModelFilter(model);
        proxy.setVerdictFilter(verdict);
        proxy.setLicenseFilter(license);
        proxy.setMinRounds(minRounds >= 0 ? std::optional<int>(minRounds) : std::nullopt);
        proxy.setMaxRounds(maxRounds >= 0 ? std::optional<int>(maxRounds) : std::nullopt);
        proxy.setMaxCost(maxCost >= 0 ? std::optional<double>(maxCost) : std::nullopt);
        QCOMPARE(names(proxy), expected);
        QCOMPARE(proxy.isFiltering(), !changed.isEmpty());
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 5);
        QVERIFY(!proxy.isFiltering());
    }

    void newOutcomesRefilter()
    {
        ui::RepositoryTableModel source;
        fill(source);
        ui::RepositoryFilterProxy proxy;
        proxy.setSourceModel(&source);
        proxy.setStatusFilter(u"SUCCESS"_s);
        QCOMPARE(proxy.rowCount(), 2);
        source.setOutcomes({outcome(4, u"SUCCESS"_s, u"m"_s, true, 1, 0.1)});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"gpaw/gpaw"_s);
    }

    void sortsByNumbersWithMissingOutcomesLast_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::newRow("cost") << int(ui::RepositoryTableModel::CostColumn)
                              << QStringList{u"gpaw/gpaw"_s, u"materials/pymatgen"_s, u"ase/ase"_s, u"phonopy/phonopy"_s, u"local/notes"_s};
        QTest::newRow("rounds") << int(ui::RepositoryTableModel::RoundsColumn)
                                << QStringList{u"gpaw/gpaw"_s, u"materials/pymatgen"_s, u"phonopy/phonopy"_s, u"ase/ase"_s, u"local/notes"_s};
    }

    void sortsByNumbersWithMissingOutcomesLast()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        ui::RepositoryTableModel source;
        fill(source);
        ui::RepositoryFilterProxy proxy;
        proxy.setSourceModel(&source);
        proxy.sort(column, Qt::AscendingOrder);
        const QStringList sorted = names(proxy);
        // Unknown cost and no outcome at all are both invalid sort values: after every number.
        QCOMPARE(sorted.mid(0, 3), ascending.mid(0, 3));
        QVERIFY(sorted.mid(3).contains(ascending.last()));
        if (column == ui::RepositoryTableModel::RoundsColumn)
            QCOMPARE(sorted, ascending);
        proxy.sort(column, Qt::DescendingOrder);
        QStringList descending = names(proxy);
        QVERIFY(descending.mid(0, 2).contains(u"local/notes"_s));
    }

    void distinctValuesFillComboBoxes()
    {
        ui::RepositoryTableModel source;
        fill(source);
        ui::RepositoryFilterProxy proxy;
        proxy.setSourceModel(&source);
        using M = ui::RepositoryTableModel;
        QCOMPARE(proxy.distinctValues(M::StatusColumn), (QStringList{u"FAILED"_s, u"PENDING"_s, u"SUCCESS"_s}));
        QCOMPARE(proxy.distinctValues(M::ModelColumn), (QStringList{u"claude-sonnet-4"_s, u"gpt-oss-120b"_s}));
        QCOMPARE(proxy.distinctValues(M::VerdictColumn), (QStringList{u"finished"_s, u"not finished"_s}));
        QCOMPARE(proxy.distinctValues(M::LicenseColumn),
                 (QStringList{u"BSD-3-Clause"_s, u"GPL-3.0-only"_s, u"LGPL-2.1-or-later"_s, u"MIT"_s}));
    }

    void thousandsOfRows()
    {
        ui::RepositoryTableModel source;
        QList<store::RepositoryRecord> repositories;
        QList<store::RepositoryOutcome> outcomes;
        for (qint64 id = 1; id <= 5000; ++id) {
            repositories << repository(id, u"owner%1/repo%2"_s.arg(id % 97).arg(id), id % 3 ? u"MIT"_s : u"GPL-3.0-only"_s,
                                       u"%1"_s.arg(id, 40, 16, QLatin1Char('0')));
            if (id % 4)
                outcomes << outcome(id, id % 2 ? u"SUCCESS"_s : u"FAILED"_s, u"m%1"_s.arg(id % 5), id % 2 == 1, int(id % 6), id * 0.001);
        }
        source.setRepositories(repositories);
        source.setOutcomes(outcomes);
        ui::RepositoryFilterProxy proxy;
        proxy.setSourceModel(&source);
        QElapsedTimer timer;
        timer.start();
        proxy.sort(ui::RepositoryTableModel::CostColumn);
        proxy.setStatusFilter(u"SUCCESS"_s);
        proxy.setTextFilter(u"owner1"_s);
        proxy.setMaxCost(2.5);
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    }
};

QTEST_MAIN(TstRepositoryFilterProxy)
#include "tst_repositoryfilterproxy.moc"
