// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/treemapwidget.h"

#include "widgets/relevancepalette.h"
#include "widgets/treemaplayout.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
constexpr int kLegendHeight = 24;
}

TreemapWidget::TreemapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(200, 150);
}

QColor TreemapWidget::colorFor(int relevance, bool rated)
{
    return RelevancePalette::colorFor(relevance, rated);
}

void TreemapWidget::setArea(Area area)
{
    if (area == m_area)
        return;
    m_area = area;
    relayout();
    update();
}

void TreemapWidget::setCells(const QList<Cell> &cells)
{
    m_cells = cells;
    relayout();
    update();
}

QRectF TreemapWidget::mapArea() const
{
    return QRectF(rect()).adjusted(2, 2, -2, -2 - kLegendHeight);
}

void TreemapWidget::relayout()
{
    QList<double> weights;
    weights.reserve(m_cells.size());
    for (const Cell &c : std::as_const(m_cells))
        weights << (m_area == Area::Lines ? std::max(c.lines, 0.5) : c.weight);
    m_rects = TreemapLayout::layout(weights, mapArea());
}

int TreemapWidget::cellAt(const QPointF &point) const
{
    for (qsizetype i = 0; i < m_rects.size(); ++i)
        if (m_rects[i].contains(point))
            return int(i);
    return -1;
}

void TreemapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm(font());
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const QRectF r = m_rects.value(i);
        if (r.isEmpty())
            continue;
        const Cell &c = m_cells[i];
        p.fillRect(r, colorFor(c.relevance, c.rated));
        if (c.notAsked)
            p.fillRect(r, QBrush(QColor(0x70, 0x70, 0x70, 110), Qt::BDiagPattern));
        p.setPen(QPen(palette().color(QPalette::Base), 1));
        p.drawRect(r);
        if (c.inPrompt) {
            p.setPen(QPen(QColor(0x17, 0x3a, 0x5c), 2.5));
            p.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5));
        }
        if (r.width() > 40 && r.height() > fm.height() + 2) {
            p.setPen(Qt::black);
            p.drawText(r.adjusted(3, 1, -3, -1), Qt::AlignLeft | Qt::AlignTop,
                       fm.elidedText(c.path.section(u'/', -1), Qt::ElideMiddle, int(r.width() - 6)));
        }
    }
    // Legend: relevance colours, and the frame of files in the generation prompt.
    int x = 4;
    const int y = height() - kLegendHeight + 4;
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(x, y, 70, 16), Qt::AlignVCenter, tr("Relevance"));
    x += 72;
    for (int level = 1; level <= 5; ++level) {
        p.fillRect(QRect(x, y, 22, 16), colorFor(level));
        p.setPen(Qt::black);
        p.drawText(QRect(x, y, 22, 16), Qt::AlignCenter, QString::number(level));
        x += 24;
    }
    x += 12;
    p.setPen(QPen(QColor(0x17, 0x3a, 0x5c), 2.5));
    p.drawRect(QRect(x, y + 1, 20, 14));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(x + 26, y, 380, 16), Qt::AlignVCenter, m_area == Area::Lines ? tr("in the generation prompt · paler: static prior · area: lines")
                                                                      : tr("in the generation prompt · paler: static prior · area: size"));
    x += 26 + fm.horizontalAdvance(tr("in the generation prompt · paler: static prior · area: lines")) + 16;
    p.fillRect(QRect(x, y, 20, 16), colorFor(2, false));
    p.fillRect(QRect(x, y, 20, 16), QBrush(QColor(0x70, 0x70, 0x70, 110), Qt::BDiagPattern));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(x + 26, y, 200, 16), Qt::AlignVCenter, tr("not asked"));
}

void TreemapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool TreemapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = cellAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_cells[index].tooltip, this, m_rects[index].toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TreemapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = cellAt(event->position());
    if (index >= 0)
        Q_EMIT cellActivated(m_cells[index].path);
}

} // namespace wb::ui
