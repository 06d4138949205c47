// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartimage.h"

#include "util/error.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QPainter>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::ChartImage)
};

constexpr double kScreenDpi = 96.0;

QImage canvas(QSize logicalSize, int dpi, const QColor &fill)
{
    QImage image(ChartImage::pixelSize(logicalSize, dpi), QImage::Format_ARGB32_Premultiplied);
    image.fill(fill);
    image.setDevicePixelRatio(dpi / kScreenDpi);   // a painter on it draws in logical pixels, scaled
    return image;
}

QImage finish(QImage image, int dpi)
{
    image.setDevicePixelRatio(1.0);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}
} // namespace

QSize ChartImage::pixelSize(QSize logicalSize, int dpi)
{
    const double scale = dpi / kScreenDpi;
    return {int(std::lround(logicalSize.width() * scale)), int(std::lround(logicalSize.height() * scale))};
}

QImage ChartImage::render(QChart *chart, QSize logicalSize, int dpi)
{
    QChartView view(chart);   // owns the chart from here on
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setRenderHint(QPainter::Antialiasing);
    view.setFrameShape(QFrame::NoFrame);
    view.resize(logicalSize);
    view.show();   // never on screen: lays the chart out at this size
    QImage image = canvas(logicalSize, dpi, chart->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    view.render(&painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)), view.viewport()->rect());
    painter.end();
    return finish(image, dpi);
}

QImage ChartImage::render(QWidget *widget, int dpi)
{
    QImage image = canvas(widget->size(), dpi, widget->palette().color(widget->backgroundRole()));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    widget->render(&painter);
    painter.end();
    return finish(image, dpi);
}

void ChartImage::savePng(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Tr::tr("Cannot write %1: %2. Choose a folder you may write to.").arg(path, file.errorString()));
    if (!image.save(&file, "PNG"))
        throw Error(Tr::tr("Cannot encode the image for %1.").arg(path));
    if (!file.commit())
        throw Error(Tr::tr("Cannot write %1: %2. Is the disk full?").arg(path, file.errorString()));
}

} // namespace wb::ui
