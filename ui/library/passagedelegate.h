// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace wb::ui {

/**
 * Paints an item's HTML (the role HtmlRole) as rich text: a found example with its matched words marked.
 * Sizes rows to the text at the view's width.
 */
class PassageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassageDelegate)

public:
    static constexpr int HtmlRole = Qt::UserRole + 10;

    explicit PassageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace wb::ui
