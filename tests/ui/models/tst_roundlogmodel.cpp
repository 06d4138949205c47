// SPDX-License-Identifier: GPL-3.0-or-later
// The round log's ring buffer: the cap holds, the oldest lines go first, rows stay consistent.
#include "models/roundlogmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using ui::RoundLogModel;

namespace {
QList<RoundLogModel::Line> numbered(qint64 from, qsizetype count, const QString &stream = u"stdout"_s)
{
    QList<RoundLogModel::Line> lines;
    for (qint64 i = from; i < from + count; ++i)
        lines.append({1700000000000 + i, u"run"_s, stream, QString::number(i), 0});
    return lines;
}

/** Rows hold consecutive numbers ending at @p appended - 1, and their serials are those numbers. */
void verifyNewest(const RoundLogModel &model, qint64 appended)
{
    const int rows = model.rowCount();
    QCOMPARE(rows, int(std::min<qint64>(appended, model.capacity())));
    QCOMPARE(model.firstSerial(), appended - rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(RoundLogModel::TextRole).toString(), QString::number(appended - rows + row));
        QCOMPARE(index.data(RoundLogModel::SerialRole).toLongLong(), appended - rows + row);
    }
}
} // namespace

class TstRoundLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capHoldsAcrossBatches_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("total");
        QTest::newRow("no drop") << 10 << 3 << 9;
        QTest::newRow("exactly full") << 10 << 5 << 10;
        QTest::newRow("wraps") << 10 << 3 << 25;
        QTest::newRow("batch = cap") << 10 << 10 << 35;
        QTest::newRow("batch > cap") << 10 << 25 << 60;
        QTest::newRow("one line") << 1 << 1 << 5;
        QTest::newRow("one line, big batches") << 1 << 4 << 12;
        QTest::newRow("uneven") << 7 << 4 << 30;
        QTest::newRow("live tail") << 1000 << 200 << 5000;
    }
    void capHoldsAcrossBatches()
    {
        QFETCH(int, capacity);
        QFETCH(int, batch);
        QFETCH(int, total);
        RoundLogModel model(nullptr, capacity);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy dropped(&model, &RoundLogModel::droppedCountChanged);
        qint64 appended = 0;
        while (appended < total) {
            const int n = int(std::min<qint64>(batch, total - appended));
            model.append(numbered(appended, n));
            appended += n;
            verifyNewest(model, appended);
            QCOMPARE(model.droppedCount(), std::max<qint64>(0, appended - capacity));
        }
        QCOMPARE(dropped.isEmpty(), total <= capacity);
        if (!dropped.isEmpty())
            QCOMPARE(dropped.last().first().toLongLong(), qint64(total - capacity));
    }

    void dropsTheOldestBeforeInserting()
    {
        RoundLogModel model(nullptr, 5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(numbered(0, 4));
        QStringList order;
        connect(&model, &QAbstractItemModel::rowsRemoved, this,
                [&](const QModelIndex &, int first, int last) { order << u"removed %1-%2"_s.arg(first).arg(last); });
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) { order << u"inserted %1-%2"_s.arg(first).arg(last); });
        model.append(numbered(4, 3));   // 7 lines, room for 5: the two oldest go first
        QCOMPARE(order, (QStringList{u"removed 0-1"_s, u"inserted 2-4"_s}));
        verifyNewest(model, 7);
        order.clear();
        model.append(numbered(7, 1));
        QCOMPARE(order, (QStringList{u"removed 0-0"_s, u"inserted 4-4"_s}));
        verifyNewest(model, 8);
    }

    void aBatchThatReplacesEverything()
    {
        // Five lines in a ring of ten, then ten more: every old line goes, the ring is refilled from its start.
        RoundLogModel model(nullptr, 10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(numbered(0, 5));
        model.append(numbered(5, 10));
        verifyNewest(model, 15);
        model.append(numbered(15, 3));
        verifyNewest(model, 18);
    }

    void setLinesKeepsTheNewest()
    {
        RoundLogModel model(nullptr, 4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setLines(numbered(0, 10));
        QCOMPARE(reset.size(), 1);
        verifyNewest(model, 10);
        QCOMPARE(model.droppedCount(), 6);
        model.append(numbered(10, 2));
        verifyNewest(model, 12);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedCount(), 0);
        model.append(numbered(0, 3));
        verifyNewest(model, 3);
    }

    void capacityChanges()
    {
        RoundLogModel model(nullptr, 6);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(numbered(0, 10));   // wrapped: rows 4..9
        model.setCapacity(3);
        QCOMPARE(model.capacity(), 3);
        verifyNewest(model, 10);
        QCOMPARE(model.droppedCount(), 7);
        model.setCapacity(5);
        model.append(numbered(10, 4));
        verifyNewest(model, 14);
        model.append(numbered(14, 1));
        verifyNewest(model, 15);
    }

    void roles()
    {
        RoundLogModel model;
        QCOMPARE(model.capacity(), RoundLogModel::DefaultCapacity);
        model.setLines({{1700000000000, u"run"_s, u"stderr"_s, u"ValueError: bad"_s, 3},
                        {1700000000001, u"run"_s, u"stdout"_s, u"energy 1.5"_s, 4},
                        {1700000000002, u"run"_s, u"stdout"_s, u"Traceback (most recent call last):"_s, 5},
                        {0, {}, u"note"_s, u"… 17 lines skipped"_s, 0}});
        QCOMPARE(model.index(0).data(RoundLogModel::StreamRole).toString(), u"stderr"_s);
        QCOMPARE(model.index(0).data(RoundLogModel::StoredLineRole).toInt(), 3);
        QVERIFY(model.index(0).data(RoundLogModel::ErrorRole).toBool());
        QVERIFY(model.index(0).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1).data(RoundLogModel::ErrorRole).toBool());
        QVERIFY(!model.index(1).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(1).data().toString().endsWith(u"run  energy 1.5"_s));
        // The time as local time, like QDateTime shows it.
        for (const qint64 at : {qint64(1700000000001), qint64(1711846800123), qint64(1729990799999), qint64(0)}) {
            const QString shown = RoundLogModel::displayText({at, u"run"_s, u"stdout"_s, u"x"_s, 0});
            QCOMPARE(shown, QDateTime::fromMSecsSinceEpoch(at).toString(u"HH:mm:ss.zzz"_s) + u" run  x"_s);
        }
        QVERIFY(model.index(2).data(RoundLogModel::ErrorRole).toBool());
        QCOMPARE(model.index(3).data().toString(), u"… 17 lines skipped"_s);
        QVERIFY(!model.index(3).data(RoundLogModel::ErrorRole).toBool());
        QCOMPARE(model.index(3).data(RoundLogModel::TimeRole).toLongLong(), 0);
    }
};

QTEST_MAIN(TstRoundLogModel)
#include "tst_roundlogmodel.moc"
