// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/agreementstatistics.h"

#include <QWidget>

#include <optional>

namespace wb::ui {

/**
 * A confusion matrix of two raters as a grid: rows are the first rater's labels, columns the second's,
 * each cell with its count and shaded by it (the diagonal, where they agree, outlined), row and column
 * totals, and Cohen's κ, the observed agreement and n underneath. Colours come from the palette.
 */
class ConfusionMatrixWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfusionMatrixWidget)

public:
    explicit ConfusionMatrixWidget(QWidget *parent = nullptr);

    /** Shows @p result; @p rowRater labelled the rows, @p columnRater the columns. */
    void setPairwise(const QString &rowRater, const QString &columnRater, const review::AgreementStatistics::Pairwise &result);
    /** Shows @p message instead of a matrix. */
    void clear(const QString &message);
    /** A heading above the grid, e.g. the criterion and campaign. */
    void setTitle(const QString &title);
    QString title() const { return m_title; }

    QString rowRater() const { return m_rowRater; }
    QString columnRater() const { return m_columnRater; }
    QStringList categories() const { return m_result.confusion.categories; }
    int count(int row, int column) const;
    int rowTotal(int row) const;
    int columnTotal(int column) const;
    int total() const { return m_result.confusion.total(); }
    std::optional<double> kappa() const { return m_result.kappa; }
    /** The line under the grid, e.g. "Cohen's κ = 0.412 · observed agreement 80.0 % · n = 30". */
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Metrics
    {
        int margin, title, label, cellW, cellH, gridW, gridH, footer;
    };
    Metrics metrics() const;
    QString legend() const;
    QFont titleFont() const;

    QString m_rowRater;
    QString m_columnRater;
    QString m_message;
    QString m_title;
    review::AgreementStatistics::Pairwise m_result;
};

} // namespace wb::ui
