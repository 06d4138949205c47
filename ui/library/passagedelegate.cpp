// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/passagedelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
constexpr int kMargin = 6;

void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(index.data(PassageDelegate::HtmlRole).toString());
    const int width = option.widget ? option.widget->width() - 2 * kMargin - 24 : option.rect.width() - 2 * kMargin;
    doc.setTextWidth(std::max(120, width));
}
} // namespace

PassageDelegate::PassageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void PassageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);   // background, selection, focus

    QTextDocument doc;
    layout(doc, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kMargin, kMargin));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size() - QSize(kMargin, kMargin)));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize PassageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    layout(doc, option, index);
    return QSize(int(doc.idealWidth()) + 2 * kMargin, int(doc.size().height()) + 2 * kMargin);
}

} // namespace wb::ui
