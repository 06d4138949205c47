// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/treemaplayout.h"

#include <algorithm>
#include <numeric>

namespace wb::ui {

namespace {
// The worst aspect ratio of a row of areas laid along a side of length @p side.
double worst(const QList<double> &row, double side)
{
    const double sum = std::accumulate(row.cbegin(), row.cend(), 0.0);
    const auto [mn, mx] = std::minmax_element(row.cbegin(), row.cend());
    const double s2 = side * side;
    return std::max(s2 * *mx / (sum * sum), (sum * sum) / (s2 * *mn));
}
} // namespace

QList<QRectF> TreemapLayout::layout(const QList<double> &weights, const QRectF &bounds)
{
    QList<QRectF> out(weights.size());
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0,
                                         [](double s, double w) { return s + std::max(0.0, w); });
    if (total <= 0 || bounds.isEmpty())
        return out;
    // Largest first, scaled to areas.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < weights.size(); ++i)
        if (weights[i] > 0)
            order << i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return weights[a] > weights[b]; });
    const double scale = bounds.width() * bounds.height() / total;

    QRectF free = bounds;
    QList<qsizetype> row;
    QList<double> rowAreas;
    auto placeRow = [&] {
        const double sum = std::accumulate(rowAreas.cbegin(), rowAreas.cend(), 0.0);
        const bool horizontal = free.width() >= free.height();   // the row runs along the shorter side
        if (horizontal) {
            const double w = sum / free.height();
            double y = free.top();
            for (qsizetype k = 0; k < row.size(); ++k) {
                const double h = rowAreas[k] / w;
                out[row[k]] = QRectF(free.left(), y, w, h);
                y += h;
            }
            free.setLeft(free.left() + w);
        } else {
            const double h = sum / free.width();
            double x = free.left();
            for (qsizetype k = 0; k < row.size(); ++k) {
                const double w = rowAreas[k] / h;
                out[row[k]] = QRectF(x, free.top(), w, h);
                x += w;
            }
            free.setTop(free.top() + h);
        }
        row.clear();
        rowAreas.clear();
    };
    for (const qsizetype i : std::as_const(order)) {
        const double area = weights[i] * scale;
        const double side = std::min(free.width(), free.height());
        QList<double> candidate = rowAreas;
        candidate << area;
        if (!rowAreas.isEmpty() && worst(candidate, side) > worst(rowAreas, side))
            placeRow();
        row << i;
        rowAreas << area;
    }
    if (!row.isEmpty())
        placeRow();
    return out;
}

} // namespace wb::ui
