// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/treemaplayout.h"

#include <QTest>

using wb::ui::TreemapLayout;

class TstTreemapLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tilesTheBoundsProportionally_data()
    {
        QTest::addColumn<QList<double>>("weights");
        QTest::newRow("one") << QList<double>{5};
        QTest::newRow("equal") << QList<double>{1, 1, 1, 1};
        QTest::newRow("classic") << QList<double>{6, 6, 4, 3, 2, 2, 1};
        QTest::newRow("skewed") << QList<double>{1000, 1, 1, 1, 50, 3};
        QTest::newRow("with zero") << QList<double>{3, 0, 2};
    }

    void tilesTheBoundsProportionally()
    {
        QFETCH(QList<double>, weights);
        const QRectF bounds(10, 20, 600, 400);
        const auto rects = TreemapLayout::layout(weights, bounds);
        QCOMPARE(rects.size(), weights.size());
        double total = 0;
        for (double w : weights)
            total += w;
        double covered = 0;
        for (qsizetype i = 0; i < rects.size(); ++i) {
            const double expected = weights[i] / total * bounds.width() * bounds.height();
            const double area = rects[i].width() * rects[i].height();
            QVERIFY2(qAbs(area - expected) < 1e-6 * bounds.width() * bounds.height() + 1e-9, qPrintable(QString::number(i)));
            if (weights[i] > 0)
                QVERIFY(bounds.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(rects[i]));
            covered += area;
            for (qsizetype j = i + 1; j < rects.size(); ++j) {
                const QRectF overlap = rects[i].intersected(rects[j]);
                QVERIFY(overlap.width() * overlap.height() < 1e-6);
            }
        }
        QVERIFY(qAbs(covered - bounds.width() * bounds.height()) < 1e-3);
    }

    void squarish()
    {
        const auto rects = TreemapLayout::layout(QList<double>(16, 1.0), QRectF(0, 0, 400, 400));
        for (const QRectF &r : rects)
            QVERIFY(std::max(r.width() / r.height(), r.height() / r.width()) < 2.1);
    }
};

QTEST_APPLESS_MAIN(TstTreemapLayout)
#include "tst_treemaplayout.moc"
