// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>

class QChart;
class QWidget;

namespace wb::ui {

/**
 * Charts and widgets as PNG files for reports. A chart is rendered in an off-screen view at a logical
 * size (pixels at 96 DPI) and scaled by @p dpi / 96 as vector graphics, so text and lines stay sharp;
 * the PNG records the DPI. GUI thread only.
 */
class ChartImage final
{
public:
    static constexpr int DefaultDpi = 192;
    static QSize defaultSize() { return {1000, 620}; }

    /** The image of @p chart (ownership taken, deleted before returning) at @p logicalSize and @p dpi. */
    static QImage render(QChart *chart, QSize logicalSize, int dpi);
    /** The image of @p widget at its current size, at @p dpi. */
    static QImage render(QWidget *widget, int dpi);

    /** The pixel size render() gives for @p logicalSize at @p dpi. */
    static QSize pixelSize(QSize logicalSize, int dpi);

    /** Writes @p image as PNG to @p path atomically (QSaveFile). Throws wb::Error with the reason. */
    static void savePng(const QImage &image, const QString &path);
};

} // namespace wb::ui
