// SPDX-License-Identifier: GPL-3.0-or-later
// CostTotal: unknown prices stay unknown ("—"), a partly priced total is a lower bound ("≥ $x").
#include "llm/costtotal.h"

#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using wb::llm::CostTotal;

using Costs = QList<std::optional<double>>;
Q_DECLARE_METATYPE(Costs)

class TstCostTotal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totals_data()
    {
        QTest::addColumn<Costs>("calls");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<bool>("unknown");
        QTest::addColumn<QJsonValue>("usd");
        QTest::newRow("no call: $0") << Costs{} << u"$0.0000"_s << u"0.0000"_s << true << false << QJsonValue(0.0);
        QTest::newRow("priced") << Costs{0.25, 0.5} << u"$0.7500"_s << u"0.7500"_s << true << false << QJsonValue(0.75);
        QTest::newRow("a cached call is $0, known") << Costs{0.0} << u"$0.0000"_s << u"0.0000"_s << true << false << QJsonValue(0.0);
        QTest::newRow("unpriced: unknown, not $0") << Costs{std::nullopt, std::nullopt} << u"—"_s << u"—"_s << false << true
                                                   << QJsonValue();
        QTest::newRow("mixed: at least") << Costs{0.25, std::nullopt} << u"≥ $0.2500"_s << u"≥ 0.2500"_s << false << false
                                         << QJsonValue(0.25);
    }

    void totals()
    {
        QFETCH(Costs, calls);
        QFETCH(QString, text);
        QFETCH(QString, number);
        QFETCH(bool, complete);
        QFETCH(bool, unknown);
        QFETCH(QJsonValue, usd);
        CostTotal total;
        for (const auto &c : calls)
            total.add(c);
        QCOMPARE(total.toString(4), text);
        QCOMPARE(total.toNumber(4), number);
        QCOMPARE(total.isComplete(), complete);
        QCOMPARE(total.isUnknown(), unknown);
        QCOMPARE(total.value().has_value(), complete);
        QJsonObject o;
        total.writeJson(o);
        QCOMPARE(o[u"cost_usd"_s], usd);
        QCOMPARE(o[u"cost_complete"_s].toBool(), complete);
        QCOMPARE(o[u"cost_unpriced_calls"_s].toInt(), int(std::count(calls.cbegin(), calls.cend(), std::nullopt)));
        QCOMPARE(CostTotal::of(total.knownUsd(), total.pricedCalls(), total.unpricedCalls()), total);
    }

    void sumsAndMeans()
    {
        CostTotal a = CostTotal::of(1.0, 2, 0);
        a += CostTotal::of(0.0, 0, 3);   // an example of an unpriced model
        QCOMPARE(a.toString(2), u"≥ $1.00"_s);
        QCOMPARE(a.averagedOver(4).toString(2), u"≥ $0.25"_s);
        QCOMPARE(CostTotal::of(0.0, 0, 2).averagedOver(2).toString(), u"—"_s);
        QCOMPARE(CostTotal::of(3.0, 3, 0).averagedOver(0).knownUsd(), 3.0);   // nothing to divide by: unchanged
    }
};

QTEST_APPLESS_MAIN(TstCostTotal)
#include "tst_costtotal.moc"
