// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/imageviewer.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
constexpr double kStep = 1.25;
constexpr double kMinScale = 0.05;
constexpr double kMaxScale = 16.0;

QToolButton *toolButton(const QString &icon, const QString &text, const QKeySequence &shortcut, QWidget *parent)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, parent);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(shortcut.isEmpty() ? text : u"%1 (%2)"_s.arg(text, shortcut.toString(QKeySequence::NativeText)));
    parent->addAction(action);
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}
} // namespace

ImageViewer::ImageViewer(QWidget *parent)
    : QWidget(parent)
    , m_area(new QScrollArea(this))
    , m_canvas(new QLabel(this))
    , m_fitButton(nullptr)
    , m_zoomLabel(new QLabel(this))
{
    m_canvas->setAlignment(Qt::AlignCenter);
    m_canvas->setObjectName(u"ImageCanvas"_s);
    m_area->setWidget(m_canvas);
    m_area->setAlignment(Qt::AlignCenter);
    m_area->setWidgetResizable(false);
    m_area->viewport()->installEventFilter(this);

    auto *zoomOutButton = toolButton(u"zoom-out"_s, tr("Zoom Out"), QKeySequence::ZoomOut, this);
    auto *zoomInButton = toolButton(u"zoom-in"_s, tr("Zoom In"), QKeySequence::ZoomIn, this);
    auto *actualButton = toolButton(u"zoom-original"_s, tr("Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), this);
    m_fitButton = toolButton(u"zoom-fit-best"_s, tr("Fit to View"), QKeySequence(Qt::CTRL | Qt::Key_9), this);
    m_fitButton->defaultAction()->setCheckable(true);
    connect(zoomOutButton->defaultAction(), &QAction::triggered, this, &ImageViewer::zoomOut);
    connect(zoomInButton->defaultAction(), &QAction::triggered, this, &ImageViewer::zoomIn);
    connect(actualButton->defaultAction(), &QAction::triggered, this, &ImageViewer::actualSize);
    connect(m_fitButton->defaultAction(), &QAction::triggered, this, &ImageViewer::fitToView);
    for (QToolButton *b : {zoomOutButton, zoomInButton, actualButton, m_fitButton})
        if (b->icon().isNull())
            b->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(zoomOutButton);
    bar->addWidget(zoomInButton);
    bar->addWidget(actualButton);
    bar->addWidget(m_fitButton);
    bar->addStretch(1);
    bar->addWidget(m_zoomLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_area, 1);
}

void ImageViewer::setImage(const QPixmap &image)
{
    m_original = image;
    m_fit = true;
    render();
}

void ImageViewer::zoomIn()
{
    setScale(m_scale * kStep);
}

void ImageViewer::zoomOut()
{
    setScale(m_scale / kStep);
}

void ImageViewer::actualSize()
{
    setScale(1.0);
}

void ImageViewer::fitToView()
{
    m_fit = true;
    render();
}

void ImageViewer::setScale(double scale)
{
    m_fit = false;
    m_scale = std::clamp(scale, kMinScale, kMaxScale);
    render();
}

void ImageViewer::render()
{
    m_fitButton->defaultAction()->setChecked(m_fit);
    if (m_original.isNull()) {
        m_canvas->clear();
        m_zoomLabel->clear();
        return;
    }
    const QSize viewport = m_area->viewport()->size() - QSize(4, 4);
    const QSizeF logical = QSizeF(m_original.size()) / m_original.devicePixelRatio();
    if (m_fit && !logical.isEmpty())
        m_scale = std::min({1.0, viewport.width() / logical.width(), viewport.height() / logical.height()});
    const qreal dpr = devicePixelRatioF();
    const QSize target = (logical * m_scale * dpr).toSize().expandedTo(QSize(1, 1));
    QPixmap shown = m_original.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    shown.setDevicePixelRatio(dpr);
    m_canvas->setPixmap(shown);
    m_canvas->resize((logical * m_scale).toSize().expandedTo(QSize(1, 1)));
    m_zoomLabel->setText(tr("%1 × %2 px · %3 %").arg(m_original.width()).arg(m_original.height()).arg(std::lround(m_scale * 100)));
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area->viewport()) {
        if (event->type() == QEvent::Resize && m_fit)
            render();
        if (event->type() == QEvent::Wheel) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            if (wheel->modifiers() & Qt::ControlModifier) {
                wheel->angleDelta().y() > 0 ? zoomIn() : zoomOut();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wb::ui
