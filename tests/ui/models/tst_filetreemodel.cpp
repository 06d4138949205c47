// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/filetreemodel.h"
#include "widgets/relevancepalette.h"
#include "widgets/treemapwidget.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
store::FileRecord file(const QString &path, int prior, qint64 size, std::optional<int> lines = std::nullopt)
{
    store::FileRecord f;
    f.path = path;
    f.prior = prior;
    f.sizeBytes = size;
    f.lineCount = lines;
    f.language = path.endsWith(u".py"_s) ? u"Python"_s : QString();
    return f;
}

QList<store::FileRecord> inventory()
{
    return {file(u"README.md"_s, 4, 300, 10),
            file(u"examples/bands.py"_s, 5, 900, 30),
            file(u"phonon_tools/__init__.py"_s, 2, 80, 2),
            file(u"phonon_tools/crystal.py"_s, 3, 120, 5),
            file(u"phonon_tools/io/hdf5.py"_s, 2, 500, 20),
            file(u"data/si_fc.hdf5"_s, 1, 10000)};
}

QHash<QString, ui::FileTreeModel::Rating> ratings()
{
    QHash<QString, ui::FileTreeModel::Rating> out;
    out.insert(u"examples/bands.py"_s, {5, true, true, u"example"_s, u"<b>examples/bands.py</b>"_s});
    out.insert(u"phonon_tools/io/hdf5.py"_s, {4, true, false, u"core"_s, {}});
    out.insert(u"phonon_tools/crystal.py"_s, {2, true, true, u"core"_s, {}});   // the model rated it below its prior
    return out;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        out << model.index(row, ui::FileTreeModel::NameColumn, parent).data().toString();
    return out;
}
} // namespace

class TstFileTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        ui::FileTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles(inventory(), ratings());
        model.setFiles({});
        model.setFiles(inventory());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ui::FileTreeModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ui::FileTreeModel::RelevanceColumn, Qt::DescendingOrder);
        model.setFiles(inventory(), ratings());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void buildsTheDirectoryTree()
    {
        ui::FileTreeModel model;
        model.setFiles(inventory(), ratings());
        // Directories first, then files, each by name.
        QCOMPARE(childNames(model), (QStringList{u"data"_s, u"examples"_s, u"phonon_tools"_s, u"README.md"_s}));
        const QModelIndex tools = model.indexOf(u"phonon_tools"_s);
        QVERIFY(tools.isValid());
        QCOMPARE(tools.row(), 2);
        QVERIFY(tools.data(ui::FileTreeModel::IsDirectoryRole).toBool());
        QCOMPARE(childNames(model, tools), (QStringList{u"io"_s, u"__init__.py"_s, u"★ crystal.py"_s}));
        const QModelIndex hdf5 = model.indexOf(u"phonon_tools/io/hdf5.py"_s);
        QVERIFY(hdf5.isValid());
        QCOMPARE(hdf5.parent(), model.indexOf(u"phonon_tools/io"_s));
        QCOMPARE(hdf5.parent().parent(), tools);
        QCOMPARE(hdf5.data(ui::FileTreeModel::PathRole).toString(), u"phonon_tools/io/hdf5.py"_s);
        QVERIFY(!model.indexOf(u"nope"_s).isValid());
        QCOMPARE(model.index(tools.row(), ui::FileTreeModel::SizeColumn).data().toString(),
                 QString(u"3 files · "_s + QLocale().formattedDataSize(700)));
        QCOMPARE(model.index(0, ui::FileTreeModel::SizeColumn, model.indexOf(u"examples"_s)).data().toString(),
                 QString(u"30 lines · "_s + QLocale().formattedDataSize(900)));
        const QModelIndex readme = model.indexOf(u"README.md"_s);
        QCOMPARE(model.index(readme.row(), ui::FileTreeModel::SizeColumn).data().toString(),
                 QString(u"10 lines · "_s + QLocale().formattedDataSize(300)));
        QCOMPARE(model.index(hdf5.row(), ui::FileTreeModel::TypeColumn, hdf5.parent()).data().toString(), u"core"_s);
        const QModelIndex data = model.indexOf(u"data/si_fc.hdf5"_s);
        QCOMPARE(model.index(data.row(), ui::FileTreeModel::TypeColumn, data.parent()).data().toString(),
                 store::toString(store::FileCategory::Other));
    }

    void directoriesShowTheHighestRelevanceBelow()
    {
        ui::FileTreeModel model;
        model.setFiles(inventory(), ratings());
        auto relevance = [&](const QString &path) { return model.indexOf(path).data(ui::FileTreeModel::RelevanceRole).toInt(); };
        QCOMPARE(relevance(u"phonon_tools/crystal.py"_s), 2);   // the rating wins over the prior 3
        QCOMPARE(relevance(u"phonon_tools/__init__.py"_s), 2);  // no rating: the prior
        QCOMPARE(relevance(u"phonon_tools/io"_s), 4);
        QCOMPARE(relevance(u"phonon_tools"_s), 4);
        QCOMPARE(relevance(u"data"_s), 1);
        QCOMPARE(relevance(u"examples"_s), 5);
        // Colour from the shared palette: the model's ratings in full colour, priors paler.
        const QModelIndex io = model.indexOf(u"phonon_tools/io"_s);
        QCOMPARE(model.index(io.row(), ui::FileTreeModel::RelevanceColumn, io.parent()).data(Qt::BackgroundRole).value<QColor>(),
                 ui::RelevancePalette::colorFor(4, true));
        QCOMPARE(model.indexOf(u"data"_s).data(Qt::DecorationRole).value<QColor>(), ui::RelevancePalette::colorFor(1, false));
        QCOMPARE(ui::TreemapWidget::colorFor(3), ui::RelevancePalette::colorFor(3, true));
        QVERIFY(ui::RelevancePalette::colorFor(3, false) != ui::RelevancePalette::colorFor(3, true));
    }

    void marksFilesInThePrompt()
    {
        ui::FileTreeModel model;
        model.setFiles(inventory(), ratings());
        const QModelIndex bands = model.indexOf(u"examples/bands.py"_s);
        QVERIFY(bands.data(ui::FileTreeModel::InPromptRole).toBool());
        QCOMPARE(bands.data().toString(), u"★ bands.py"_s);
        QVERIFY(bands.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(bands.data(Qt::ToolTipRole).toString(), u"<b>examples/bands.py</b>"_s);   // the treemap's tooltip
        QCOMPARE(bands.data(ui::FileTreeModel::SortRole).toString(), u"1bands.py"_s);
        const QModelIndex readme = model.indexOf(u"README.md"_s);
        QVERIFY(!readme.data(ui::FileTreeModel::InPromptRole).toBool());
        QCOMPARE(readme.data().toString(), u"README.md"_s);
        QVERIFY(!readme.data(Qt::FontRole).isValid());
        QVERIFY(model.indexOf(u"examples"_s).data(ui::FileTreeModel::InPromptRole).toBool());
        QVERIFY(model.indexOf(u"examples"_s).data(Qt::ToolTipRole).toString().contains(u"generation prompt"_s));
        QVERIFY(!model.indexOf(u"data"_s).data(ui::FileTreeModel::InPromptRole).toBool());
    }

    void sortsByRelevance()
    {
        ui::FileTreeModel model;
        model.setFiles(inventory(), ratings());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ui::FileTreeModel::SortRole);
        proxy.sort(ui::FileTreeModel::RelevanceColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ui::FileTreeModel::PathRole).toString(), u"examples"_s);
        QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data(ui::FileTreeModel::PathRole).toString(), u"data"_s);
        proxy.sort(ui::FileTreeModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ui::FileTreeModel::PathRole).toString(), u"data"_s);
    }
};

QTEST_MAIN(TstFileTreeModel)
#include "tst_filetreemodel.moc"
