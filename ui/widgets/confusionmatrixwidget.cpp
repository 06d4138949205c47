// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/confusionmatrixwidget.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor readableOn(const QColor &fill)
{
    return qGray(fill.rgb()) < 145 ? QColor(Qt::white) : QColor(0x1e, 0x1e, 0x1e);
}
} // namespace

ConfusionMatrixWidget::ConfusionMatrixWidget(QWidget *parent)
    : QWidget(parent)
    , m_message(tr("No judgements to compare yet."))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ConfusionMatrixWidget::setPairwise(const QString &rowRater, const QString &columnRater,
                                        const review::AgreementStatistics::Pairwise &result)
{
    m_rowRater = rowRater;
    m_columnRater = columnRater;
    m_result = result;
    m_message.clear();
    updateGeometry();
    update();
}

void ConfusionMatrixWidget::setTitle(const QString &title)
{
    m_title = title;
    updateGeometry();
    update();
}

void ConfusionMatrixWidget::clear(const QString &message)
{
    m_rowRater.clear();
    m_columnRater.clear();
    m_result = {};
    m_message = message;
    updateGeometry();
    update();
}

int ConfusionMatrixWidget::count(int row, int column) const
{
    return m_result.confusion.counts.value(row).value(column);
}

int ConfusionMatrixWidget::rowTotal(int row) const
{
    int sum = 0;
    for (const int n : m_result.confusion.counts.value(row))
        sum += n;
    return sum;
}

int ConfusionMatrixWidget::columnTotal(int column) const
{
    int sum = 0;
    for (const auto &row : m_result.confusion.counts)
        sum += row.value(column);
    return sum;
}

QString ConfusionMatrixWidget::summary() const
{
    if (!m_message.isEmpty())
        return m_message;
    const QString kappa = m_result.kappa ? QString::number(*m_result.kappa, 'f', 3) : tr("undefined");
    return tr("Cohen's κ = %1 · observed agreement %2 % · n = %3")
        .arg(kappa, QString::number(m_result.observed * 100.0, 'f', 1))
        .arg(m_result.items);
}

QFont ConfusionMatrixWidget::titleFont() const
{
    QFont f = font();
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.2);
    else
        f.setPixelSize(f.pixelSize() * 6 / 5);
    return f;
}

QString ConfusionMatrixWidget::legend() const
{
    return tr("rows: %1 · columns: %2 · outlined: both gave the same answer").arg(m_rowRater, m_columnRater);
}

ConfusionMatrixWidget::Metrics ConfusionMatrixWidget::metrics() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = fm.horizontalAdvance(tr("Total"));
    for (const QString &c : m_result.confusion.categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    widest = std::max(widest, fm.horizontalAdvance(QString::number(total())));
    Metrics m{};
    m.margin = 14;
    m.title = m_title.isEmpty() ? 0 : QFontMetrics(titleFont()).height() + 12;
    m.label = fm.height() + 14;
    m.cellW = std::max(76, widest + 28);
    m.cellH = fm.height() + 22;
    const int n = int(m_result.confusion.categories.size());
    m.gridW = m.cellW * (n + 2);
    m.gridH = m.cellH * (n + 2);
    m.footer = fm.height() * 2 + 18;
    return m;
}

QSize ConfusionMatrixWidget::sizeHint() const
{
    if (!m_message.isEmpty())
        return {360, 120};
    const Metrics m = metrics();
    const int summaryWidth = std::max(fontMetrics().horizontalAdvance(summary()), fontMetrics().horizontalAdvance(legend())) + 2 * m.margin;
    const int titleWidth = QFontMetrics(titleFont()).horizontalAdvance(m_title) + 2 * m.margin;
    return {std::max({summaryWidth, titleWidth, 2 * m.margin + m.label + m.gridW}),
            2 * m.margin + m.title + m.label + m.gridH + m.footer};
}

void ConfusionMatrixWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    if (!m_message.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const Metrics m = metrics();
    const QStringList &cats = m_result.confusion.categories;
    const int n = int(cats.size());
    QFont bold = font();
    bold.setBold(true);
    // Grow with the room there is (up to 1.6×), so that a small matrix does not sit lost in a large tab.
    const QSize natural = sizeHint();
    const double scale = std::clamp(std::min(double(width()) / natural.width(), double(height()) / natural.height()), 1.0, 1.6);
    p.scale(scale, scale);
    const int w = int(width() / scale);
    const int h = int(height() / scale);
    const int x0 = std::max(m.margin + m.label, (w - m.label - m.gridW) / 2 + m.label);
    const int y0 = std::max(m.margin + m.title + m.label, (h - m.title - m.label - m.gridH - m.footer) / 2 + m.title + m.label);
    if (!m_title.isEmpty()) {
        p.setFont(titleFont());
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(0, y0 - m.label - m.title, w, m.title), Qt::AlignCenter, m_title);
    }
    auto cell = [&](int row, int column) { return QRect(x0 + column * m.cellW, y0 + row * m.cellH, m.cellW, m.cellH); };

    // Who is who: the second rater above the columns, the first rotated beside the rows.
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(x0 + m.cellW, y0 - m.label, n * m.cellW, m.label), Qt::AlignCenter, m_columnRater);
    p.save();
    p.translate(x0 - m.label, y0 + m.cellH + n * m.cellH / 2.0);
    p.rotate(-90);
    p.drawText(QRectF(-n * m.cellH / 2.0, 0, n * m.cellH, m.label), Qt::AlignCenter, m_rowRater);
    p.restore();

    int highest = 0;
    for (const auto &row : m_result.confusion.counts)
        for (const int c : row)
            highest = std::max(highest, c);
    const QColor base = pal.color(QPalette::Base);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor totals = blend(base, pal.color(QPalette::WindowText), 0.08);
    QColor gridLine = pal.color(QPalette::WindowText);
    gridLine.setAlpha(60);
    for (int r = 0; r <= n + 1; ++r) {
        for (int c = 0; c <= n + 1; ++c) {
            const QRect box = cell(r, c);
            QString text;
            QColor fill = base;
            bool strong = false;
            if (r == 0 && c == 0) {
                continue;
            } else if (r == 0 || c == 0) {   // headers
                const int i = (r == 0 ? c : r) - 1;
                text = i < n ? cats[i] : tr("Total");
                strong = true;
                fill = totals;
            } else if (r == n + 1 || c == n + 1) {   // totals
                text = QString::number(r == n + 1 && c == n + 1 ? total() : r == n + 1 ? columnTotal(c - 1) : rowTotal(r - 1));
                strong = true;
                fill = totals;
            } else {
                const int v = count(r - 1, c - 1);
                text = QString::number(v);
                if (v > 0 && highest > 0)
                    fill = blend(base, accent, 0.15 + 0.75 * double(v) / highest);
            }
            p.fillRect(box, fill);
            p.setPen(QPen(gridLine, 1));
            p.drawRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5));
            if (r == c && r >= 1 && r <= n) {   // agreement
                p.setPen(QPen(pal.color(QPalette::WindowText), 2));
                p.drawRect(QRectF(box).adjusted(2, 2, -2, -2));
            }
            p.setFont(strong ? bold : font());
            p.setPen(r == 0 || c == 0 ? pal.color(QPalette::WindowText) : readableOn(fill));
            p.drawText(box, Qt::AlignCenter, text);
        }
    }
    p.setFont(font());
    p.setPen(pal.color(QPalette::WindowText));
    const QRect footer(0, y0 + m.gridH + 8, w, m.footer - 8);
    p.drawText(footer, Qt::AlignHCenter | Qt::AlignTop,
               summary() + u'\n' + legend());
}

} // namespace wb::ui
