// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/agreementstatistics.h"

#include <QTest>

using namespace Qt::StringLiterals;
using wb::review::AgreementStatistics;

namespace {
QStringList repeat(const QString &label, int n)
{
    return QStringList(n, label);
}
} // namespace

/** Agreement statistics against published worked examples. */
class TstAgreementStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cohenWorkedExample()
    {
        // Wikipedia, "Cohen's kappa": 50 proposals, both yes 20, A yes / B no 5, A no / B yes 10, both no 15.
        const QStringList a = repeat(u"yes"_s, 20) + repeat(u"yes"_s, 5) + repeat(u"no"_s, 10) + repeat(u"no"_s, 15);
        const QStringList b = repeat(u"yes"_s, 20) + repeat(u"no"_s, 5) + repeat(u"yes"_s, 10) + repeat(u"no"_s, 15);
        const auto r = AgreementStatistics::cohen(a, b);
        QCOMPARE(r.items, 50);
        QCOMPARE(r.observed, 0.7);
        QCOMPARE(r.expected, 0.5);
        QVERIFY(r.kappa);
        QVERIFY(qAbs(*r.kappa - 0.4) < 1e-12);
        QCOMPARE(r.confusion.categories, QStringList({u"no"_s, u"yes"_s}));
        QCOMPARE(r.confusion.counts, (QList<QList<int>>{{15, 10}, {5, 20}}));
        QCOMPARE(r.confusion.total(), 50);
    }

    void cohenSkipsMissingAndKnowsWhenItIsUndefined()
    {
        const auto skipped = AgreementStatistics::cohen({u"yes"_s, QString(), u"no"_s, u"no"_s}, {u"yes"_s, u"no"_s, QString(), u"no"_s});
        QCOMPARE(skipped.items, 2);
        QCOMPARE(skipped.observed, 1.0);
        // Both raters always say "yes": chance agreement is 1 and κ has no value.
        const auto constant = AgreementStatistics::cohen(repeat(u"yes"_s, 5), repeat(u"yes"_s, 5));
        QCOMPARE(constant.observed, 1.0);
        QVERIFY(!constant.kappa);
        QVERIFY(!AgreementStatistics::cohen({}, {}).kappa);
    }

    void cohenOfSummedConfusionMatricesEqualsCohenOfAllItems()
    {
        // The worked example split in two parts with different categories; the sum is the whole.
        const QStringList a1 = repeat(u"yes"_s, 20) + repeat(u"yes"_s, 5);
        const QStringList b1 = repeat(u"yes"_s, 20) + repeat(u"no"_s, 5);
        const QStringList a2 = repeat(u"no"_s, 10) + repeat(u"no"_s, 15) + QStringList{u"unsure"_s};
        const QStringList b2 = repeat(u"yes"_s, 10) + repeat(u"no"_s, 15) + QStringList{u"no"_s};
        const auto sum = AgreementStatistics::combine(AgreementStatistics::cohen(a1, b1).confusion,
                                                      AgreementStatistics::cohen(a2, b2).confusion);
        QCOMPARE(sum.categories, QStringList({u"no"_s, u"unsure"_s, u"yes"_s}));
        QCOMPARE(sum.counts, (QList<QList<int>>{{15, 0, 10}, {1, 0, 0}, {5, 0, 20}}));
        const auto pooled = AgreementStatistics::cohen(sum);
        const auto whole = AgreementStatistics::cohen(a1 + a2, b1 + b2);
        QCOMPARE(pooled.items, 51);
        QCOMPARE(pooled.observed, whole.observed);
        QCOMPARE(pooled.expected, whole.expected);
        QCOMPARE(*pooled.kappa, *whole.kappa);
        QVERIFY(!AgreementStatistics::cohen(AgreementStatistics::Confusion{}).kappa);
    }

    void fleissWorkedExample()
    {
        // Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories; κ = 0.210.
        const QList<QList<int>> counts{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                                       {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        const auto r = AgreementStatistics::fleiss(counts);
        QCOMPARE(r.items, 10);
        QCOMPARE(r.raters, 14);
        QVERIFY(r.value);
        QVERIFY2(qAbs(*r.value - 0.20993) < 1e-4, qPrintable(QString::number(*r.value)));
    }

    void fleissFromLabelsEqualsCounts()
    {
        const QList<QStringList> labels{{u"a"_s, u"a"_s, u"b"_s}, {u"b"_s, u"b"_s, u"b"_s}, {u"a"_s, u"c"_s, u"c"_s}, {u"a"_s, u"a"_s, u"a"_s}};
        const auto fromLabels = AgreementStatistics::fleiss(labels);
        const auto fromCounts = AgreementStatistics::fleiss(QList<QList<int>>{{2, 1, 0}, {0, 3, 0}, {1, 0, 2}, {3, 0, 0}});
        QVERIFY(fromLabels.value && fromCounts.value);
        QCOMPARE(*fromLabels.value, *fromCounts.value);
        // Unequal numbers of ratings per item are not Fleiss' κ.
        QVERIFY(!AgreementStatistics::fleiss(QList<QList<int>>{{2, 1}, {1, 1}}).value);
        QVERIFY(!AgreementStatistics::fleiss(QList<QStringList>{{u"a"_s, QString()}}).value);
    }

    void krippendorffWorkedExample()
    {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with 4 observers,
        // 12 units and missing data: nominal α = 0.743.
        const QString _;
        const QList<QStringList> byObserver{
            {u"1"_s, u"2"_s, u"3"_s, u"3"_s, u"2"_s, u"1"_s, u"4"_s, u"1"_s, u"2"_s, _, _, _},
            {u"1"_s, u"2"_s, u"3"_s, u"3"_s, u"2"_s, u"2"_s, u"4"_s, u"1"_s, u"2"_s, u"5"_s, _, u"3"_s},
            {_, u"3"_s, u"3"_s, u"3"_s, u"2"_s, u"3"_s, u"4"_s, u"2"_s, u"2"_s, u"5"_s, u"1"_s, _},
            {u"1"_s, u"2"_s, u"3"_s, u"3"_s, u"2"_s, u"4"_s, u"4"_s, u"1"_s, u"2"_s, u"5"_s, u"1"_s, _}};
        QList<QStringList> units(12);
        for (const auto &observer : byObserver)
            for (int u = 0; u < 12; ++u)
                units[u] << observer[u];
        const auto r = AgreementStatistics::krippendorffNominal(units);
        QCOMPARE(r.items, 11);   // unit 12 has a single value and is not pairable
        QCOMPARE(r.raters, 4);
        QVERIFY(r.value);
        QVERIFY2(qAbs(*r.value - 0.743) < 5e-4, qPrintable(QString::number(*r.value)));
    }

    void krippendorffEdgeCases()
    {
        QVERIFY(!AgreementStatistics::krippendorffNominal({}).value);
        QVERIFY(!AgreementStatistics::krippendorffNominal({{u"yes"_s, u"yes"_s}, {u"yes"_s, u"yes"_s}}).value);   // no variation
        const auto perfect = AgreementStatistics::krippendorffNominal({{u"yes"_s, u"yes"_s}, {u"no"_s, u"no"_s}, {u"yes"_s, u"yes"_s}});
        QVERIFY(perfect.value);
        QCOMPARE(*perfect.value, 1.0);
    }
};

QTEST_GUILESS_MAIN(TstAgreementStatistics)
#include "tst_agreementstatistics.moc"
