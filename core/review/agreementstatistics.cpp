// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/agreementstatistics.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace wb::review {

namespace {
constexpr double kEpsilon = 1e-12;

QStringList sortedCategories(const QSet<QString> &set)
{
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}
} // namespace

int AgreementStatistics::Confusion::total() const
{
    int sum = 0;
    for (const auto &row : counts)
        for (const int c : row)
            sum += c;
    return sum;
}

AgreementStatistics::Pairwise AgreementStatistics::cohen(const QStringList &a, const QStringList &b)
{
    QSet<QString> seen;
    QList<std::pair<QString, QString>> pairs;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a[i].isEmpty() || b[i].isEmpty())
            continue;
        pairs.append({a[i], b[i]});
        seen << a[i] << b[i];
    }
    Confusion confusion;
    confusion.categories = sortedCategories(seen);
    const auto &cats = confusion.categories;
    confusion.counts = QList<QList<int>>(cats.size(), QList<int>(cats.size(), 0));
    for (const auto &[x, y] : std::as_const(pairs))
        ++confusion.counts[cats.indexOf(x)][cats.indexOf(y)];
    return cohen(confusion);
}

AgreementStatistics::Pairwise AgreementStatistics::cohen(const Confusion &confusion)
{
    Pairwise out;
    out.confusion = confusion;
    out.items = confusion.total();
    if (out.items == 0)
        return out;
    const auto &cats = confusion.categories;
    const double n = double(out.items);
    double agree = 0;
    double chance = 0;
    for (qsizetype k = 0; k < cats.size(); ++k) {
        agree += confusion.counts[k][k];
        double rowSum = 0, colSum = 0;
        for (qsizetype j = 0; j < cats.size(); ++j) {
            rowSum += confusion.counts[k][j];
            colSum += confusion.counts[j][k];
        }
        chance += (rowSum / n) * (colSum / n);
    }
    out.observed = agree / n;
    out.expected = chance;
    if (1.0 - chance > kEpsilon)
        out.kappa = (out.observed - chance) / (1.0 - chance);
    return out;
}

AgreementStatistics::Confusion AgreementStatistics::combine(const Confusion &a, const Confusion &b)
{
    QSet<QString> seen(a.categories.cbegin(), a.categories.cend());
    seen.unite(QSet<QString>(b.categories.cbegin(), b.categories.cend()));
    Confusion out;
    out.categories = sortedCategories(seen);
    out.counts = QList<QList<int>>(out.categories.size(), QList<int>(out.categories.size(), 0));
    for (const Confusion *part : {&a, &b})
        for (qsizetype i = 0; i < part->categories.size(); ++i)
            for (qsizetype j = 0; j < part->categories.size(); ++j)
                out.counts[out.categories.indexOf(part->categories[i])][out.categories.indexOf(part->categories[j])] +=
                    part->counts.value(i).value(j);
    return out;
}

AgreementStatistics::Multi AgreementStatistics::fleiss(const QList<QList<int>> &counts)
{
    Multi out;
    if (counts.isEmpty())
        return out;
    const qsizetype categories = counts.first().size();
    int raters = -1;
    for (const auto &row : counts) {
        if (row.size() != categories)
            return out;
        int sum = 0;
        for (const int c : row)
            sum += c;
        if (raters >= 0 && sum != raters)
            return out;
        raters = sum;
    }
    out.items = int(counts.size());
    out.raters = raters;
    if (raters < 2)
        return out;
    const double n = raters;
    const double items = double(counts.size());
    double meanAgreement = 0;
    QList<double> share(categories, 0.0);
    for (const auto &row : counts) {
        double squares = 0;
        for (qsizetype j = 0; j < categories; ++j) {
            squares += double(row[j]) * row[j];
            share[j] += row[j];
        }
        meanAgreement += (squares - n) / (n * (n - 1));
    }
    meanAgreement /= items;
    double chance = 0;
    for (double &p : share) {
        p /= items * n;
        chance += p * p;
    }
    if (1.0 - chance > kEpsilon)
        out.value = (meanAgreement - chance) / (1.0 - chance);
    return out;
}

AgreementStatistics::Multi AgreementStatistics::fleiss(const QList<QStringList> &labels)
{
    QSet<QString> seen;
    for (const auto &item : labels)
        for (const QString &l : item)
            if (!l.isEmpty())
                seen << l;
    const QStringList cats = sortedCategories(seen);
    QList<QList<int>> counts;
    for (const auto &item : labels) {
        QList<int> row(cats.size(), 0);
        for (const QString &l : item) {
            if (l.isEmpty())
                return {};   // Fleiss' κ has no missing values: use Krippendorff's α
            ++row[cats.indexOf(l)];
        }
        counts << row;
    }
    return fleiss(counts);
}

AgreementStatistics::Multi AgreementStatistics::krippendorffNominal(const QList<QStringList> &units)
{
    Multi out;
    // Coincidence matrix over pairable values: each unit with m >= 2 values adds 1/(m-1) per ordered pair.
    QMap<std::pair<QString, QString>, double> coincidences;
    QSet<QString> seen;
    int raters = 0;
    for (const auto &unit : units) {
        raters = std::max(raters, int(unit.size()));
        QStringList values;
        for (const QString &v : unit)
            if (!v.isEmpty())
                values << v;
        if (values.size() < 2)
            continue;
        ++out.items;
        const double weight = 1.0 / double(values.size() - 1);
        for (qsizetype i = 0; i < values.size(); ++i)
            for (qsizetype j = 0; j < values.size(); ++j)
                if (i != j) {
                    coincidences[{values[i], values[j]}] += weight;
                    seen << values[i];
                }
    }
    out.raters = raters;
    const QStringList cats = sortedCategories(seen);
    QHash<QString, double> marginal;
    double n = 0;
    for (auto it = coincidences.cbegin(); it != coincidences.cend(); ++it) {
        marginal[it.key().first] += it.value();
        n += it.value();
    }
    if (n <= 1.0)
        return out;
    double observedDisagreement = 0;
    double expectedDisagreement = 0;
    for (const QString &c : cats)
        for (const QString &k : cats) {
            if (c == k)
                continue;
            observedDisagreement += coincidences.value({c, k});
            expectedDisagreement += marginal.value(c) * marginal.value(k);
        }
    expectedDisagreement /= (n - 1.0);
    if (expectedDisagreement > kEpsilon)   // one category only: no variation, α is undefined
        out.value = 1.0 - observedDisagreement / expectedDisagreement;
    return out;
}

} // namespace wb::review
