// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

namespace wb::ui {

/**
 * A figure with zoom: fit to the view (the default for each new image), 100 %, zoom in and out
 * (buttons, Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0). The image keeps its pixels; scaling is smooth.
 */
class ImageViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageViewer)

public:
    explicit ImageViewer(QWidget *parent = nullptr);

    void setImage(const QPixmap &image);
    const QPixmap &image() const { return m_original; }
    /** The scale shown, 1.0 = 100 %. */
    double scale() const { return m_scale; }
    bool fitsToView() const { return m_fit; }
    QLabel *canvas() const { return m_canvas; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void actualSize();
    void fitToView();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setScale(double scale);
    void render();

    QPixmap m_original;
    double m_scale = 1.0;
    bool m_fit = true;
    QScrollArea *m_area;
    QLabel *m_canvas;
    QToolButton *m_fitButton;
    QLabel *m_zoomLabel;
};

} // namespace wb::ui
