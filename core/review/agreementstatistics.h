// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb::review {

/**
 * Chance-corrected agreement on nominal labels ("yes", "no", "unsure", "accept", ...). Empty strings
 * are missing values. Pure functions of their input; no store access.
 */
class AgreementStatistics final
{
public:
    struct Confusion
    {
        QStringList categories;          ///< sorted; rows: first rater, columns: second rater
        QList<QList<int>> counts;
        int total() const;
    };

    struct Pairwise
    {
        int items = 0;                   ///< items both raters labelled
        double observed = 0;             ///< share of identical labels
        double expected = 0;             ///< by chance, from each rater's own label frequencies
        std::optional<double> kappa;     ///< Cohen's κ; empty when undefined (no items, or expected = 1)
        Confusion confusion;
    };

    /** Cohen's κ of two raters over the same items (@p a[i] and @p b[i] label item i); missing pairs are skipped. */
    static Pairwise cohen(const QStringList &a, const QStringList &b);
    /** Cohen's κ, observed and expected agreement of a confusion matrix (e.g. one summed over campaigns). */
    static Pairwise cohen(const Confusion &confusion);
    /** The cell-wise sum of two confusion matrices over the union of their categories (sorted). */
    static Confusion combine(const Confusion &a, const Confusion &b);

    struct Multi
    {
        int items = 0;                   ///< items with at least two labels
        int raters = 0;
        std::optional<double> value;
    };

    /**
     * Fleiss' κ from a count table: @p counts[i][j] is how many raters put item i in category j. Every
     * item must have the same number of ratings (at least two); otherwise the result is empty.
     */
    static Multi fleiss(const QList<QList<int>> &counts);
    /** Fleiss' κ from labels: @p labels[i] are item i's labels (equal count per item, no missing values). */
    static Multi fleiss(const QList<QStringList> &labels);

    /**
     * Krippendorff's α for nominal data, any number of raters, missing values allowed:
     * @p units[i][r] is rater r's label of item i, or "" when r did not label it.
     */
    static Multi krippendorffNominal(const QList<QStringList> &units);
};

} // namespace wb::review
