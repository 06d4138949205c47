// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace wb::ui {

/**
 * A repository as a squarified treemap: one cell per file, area by size (or lines), colour by
 * relevance 1–5 (the LLM's rating where there is one, else the static prior), a frame on the files
 * that went into the generation prompt, a legend, and a tooltip with the file's facts.
 */
class TreemapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreemapWidget)

public:
    struct Cell
    {
        QString path;
        double weight = 0;      ///< area when sized by bytes
        double lines = 0;       ///< area when sized by lines (0: binary or unknown)
        int relevance = 1;      ///< 1-5
        bool rated = false;     ///< relevance is the LLM's rating, not the prior
        bool inPrompt = false;
        bool notAsked = false;  ///< classification ran, but the ranking kept this file out of the classified set
        QString tooltip;
    };

    enum class Area { Size, Lines };

    explicit TreemapWidget(QWidget *parent = nullptr);

    /** What a cell's area stands for; files without lines keep a sliver when sized by lines. */
    void setArea(Area area);
    Area area() const { return m_area; }

    void setCells(const QList<Cell> &cells);
    const QList<Cell> &cells() const { return m_cells; }
    /** The cell under @p point, -1 for none. */
    int cellAt(const QPointF &point) const;
    QRectF cellRect(int index) const { return m_rects.value(index); }

    /** RelevancePalette::colorFor: paler where the relevance is only the static prior. */
    static QColor colorFor(int relevance, bool rated = true);

Q_SIGNALS:
    void cellActivated(const QString &path);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void relayout();
    QRectF mapArea() const;

    Area m_area = Area::Size;
    QList<Cell> m_cells;
    QList<QRectF> m_rects;
};

} // namespace wb::ui
