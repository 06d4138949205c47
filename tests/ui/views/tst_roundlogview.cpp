// SPDX-License-Identifier: GPL-3.0-or-later
// The log tab: the list mirrors the capped model, filters errors, says how many lines were dropped.
#include "views/roundlogview.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using ui::RoundLogModel;

namespace {
constexpr int kLogLineRole = Qt::UserRole + 10;

QList<RoundLogModel::Line> lines(int from, int count, int storedFrom = 0)
{
    QList<RoundLogModel::Line> out;
    for (int i = from; i < from + count; ++i)
        out.append({1700000000000 + i, u"run"_s, i % 3 == 0 ? u"stderr"_s : u"stdout"_s, u"line %1"_s.arg(i),
                    storedFrom > 0 ? storedFrom + i - from : 0});
    return out;
}
} // namespace

class TstRoundLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedLinesCarryTheirPlace()
    {
        ui::RoundLogView view(kLogLineRole);
        QSignalSpy refilled(&view, &ui::RoundLogView::refilled);
        view.setLines(lines(0, 6, 1));
        QCOMPARE(refilled.size(), 1);
        QCOMPARE(view.list()->count(), 6);
        QCOMPARE(view.list()->item(2)->data(kLogLineRole).toInt(), 3);
        QVERIFY(view.list()->item(2)->text().endsWith(u"line 2"_s));
        QVERIFY(view.droppedLabel()->isHidden());
        view.errorsOnly()->setChecked(true);   // stderr: lines 0 and 3
        QCOMPARE(refilled.size(), 2);
        QCOMPARE(view.list()->count(), 2);
        QCOMPARE(view.list()->item(1)->data(kLogLineRole).toInt(), 4);
        view.append({{0, {}, u"note"_s, u"… 5 lines skipped"_s, 0}});   // notes pass the filter
        QCOMPARE(view.list()->count(), 3);
        QVERIFY(!view.list()->item(2)->data(kLogLineRole).isValid());
    }

    void theCapDropsItemsAndSaysSo()
    {
        ui::RoundLogView view(kLogLineRole, nullptr, 10);
        view.setLines(lines(0, 4, 1));
        // A comment item under line 1 (as AnnotationController adds them): it goes with its line.
        view.list()->insertItem(1, u"    ↳ ada: a comment"_s);
        view.append(lines(4, 8));   // 12 lines, room for 10: lines 0 and 1 go
        QCOMPARE(view.model()->rowCount(), 10);
        QCOMPARE(view.list()->count(), 10);
        QVERIFY(view.list()->item(0)->text().endsWith(u"line 2"_s));
        QVERIFY(view.list()->item(9)->text().endsWith(u"line 11"_s));
        QVERIFY(!view.droppedLabel()->isHidden());
        QVERIFY(view.droppedLabel()->text().contains(u"2"_s));
        view.errorsOnly()->setChecked(true);   // refilled from the model: the newest ten, filtered
        QCOMPARE(view.list()->count(), 3);     // 3, 6, 9
        view.append(lines(12, 3));             // 12 is stderr; 2..4 go, 3 with them
        QCOMPARE(view.list()->count(), 3);     // 6, 9, 12
        QVERIFY(view.list()->item(2)->text().endsWith(u"line 12"_s));
        view.clear();
        QCOMPARE(view.list()->count(), 0);
        QVERIFY(view.droppedLabel()->isHidden());
    }

    void tracebackLines()
    {
        ui::RoundLogView view(kLogLineRole);
        QSignalSpy activated(&view, &ui::RoundLogView::tracebackActivated);
        view.setLines({{1, u"run"_s, u"stderr"_s, u"  File \"/round/main.py\", line 42, in <module>"_s, 1},
                       {2, u"run"_s, u"stdout"_s, u"plain"_s, 2}});
        view.show();
        view.list()->setCurrentRow(1);
        QTest::keyClick(view.list(), Qt::Key_Return);
        QVERIFY(activated.isEmpty());
        view.list()->setCurrentRow(0);
        QTest::keyClick(view.list(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toInt(), 42);
    }
};

QTEST_MAIN(TstRoundLogView)
#include "tst_roundlogview.moc"
