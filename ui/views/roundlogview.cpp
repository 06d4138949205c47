// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/roundlogview.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

RoundLogView::RoundLogView(int logLineRole, QWidget *parent, int capacity)
    : QWidget(parent)
    , m_logLineRole(logLineRole)
    , m_model(new RoundLogModel(this, capacity))
    , m_errorsOnly(new QCheckBox(tr("Errors only"), this))
    , m_dropped(new QLabel(this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_errorsOnly);
    bar->addStretch(1);
    bar->addWidget(m_dropped);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    m_dropped->setObjectName(u"DroppedLines"_s);
    m_dropped->hide();
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setUniformItemSizes(true);   // one line per item: no per-item measuring, however long the log
    m_list->setLayoutMode(QListView::Batched);
    m_list->setToolTip(tr("Double-click a traceback line to open main.py at that line."));

    connect(m_errorsOnly, &QCheckBox::toggled, this, &RoundLogView::refill);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RoundLogView::refill);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RoundLogView::onRowsRemoved);
    connect(m_model, &RoundLogModel::droppedCountChanged, this, &RoundLogView::showDropped);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        static const QRegularExpression traceback(u"File \"([^\"]*main\\.py)\", line (\\d+)"_s);
        const auto m = traceback.match(item->data(Qt::UserRole).toString());
        if (m.hasMatch())
            Q_EMIT tracebackActivated(m.captured(2).toInt());
    });
}

void RoundLogView::setLines(const QList<RoundLogModel::Line> &lines)
{
    m_model->setLines(lines);
}

void RoundLogView::append(const QList<RoundLogModel::Line> &lines)
{
    m_model->append(lines);
}

void RoundLogView::clear()
{
    m_model->clear();
}

bool RoundLogView::accepts(const RoundLogModel::Line &line) const
{
    return !m_errorsOnly->isChecked() || line.stream == u"note"_s || RoundLogModel::isError(line);
}

void RoundLogView::addItems(const QList<int> &rows)
{
    // One insertion for the batch: QListWidget inserts item by item in linear time each.
    QStringList texts;
    texts.reserve(rows.size());
    for (const int row : rows)
        texts.append(RoundLogModel::displayText(m_model->line(row)));
    const int first = m_list->count();
    m_list->addItems(texts);
    const QSignalBlocker quiet(m_list->model());   // the data below is the items' own: nothing to redraw yet
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = rows.at(i);
        const RoundLogModel::Line &l = m_model->line(row);
        QListWidgetItem *item = m_list->item(first + int(i));
        item->setData(Qt::UserRole, l.text);   // the raw line, for the traceback jump
        item->setData(SerialItemRole, m_model->firstSerial() + row);
        if (l.storedLine > 0)
            item->setData(m_logLineRole, l.storedLine);
        if (const QVariant color = m_model->index(row).data(Qt::ForegroundRole); color.isValid())
            item->setForeground(color.value<QColor>());
    }
}

void RoundLogView::refill()
{
    m_list->clear();
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (accepts(m_model->line(row)))
            rows.append(row);
    addItems(rows);
    showDropped();
    Q_EMIT refilled();
}

void RoundLogView::onRowsInserted(int first, int last)
{
    QScrollBar *bar = m_list->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    QList<int> rows;
    for (int row = first; row <= last; ++row)
        if (accepts(m_model->line(row)))
            rows.append(row);
    addItems(rows);
    if (!rows.isEmpty() && atBottom)
        m_list->scrollToBottom();
}

void RoundLogView::onRowsRemoved()
{
    // The model drops its oldest rows only: remove the items of lines it no longer holds (and the comments under them).
    const qint64 first = m_model->firstSerial();
    int stale = 0;
    for (; stale < m_list->count(); ++stale) {
        const QVariant serial = m_list->item(stale)->data(SerialItemRole);
        if (serial.isValid() && serial.toLongLong() >= first)
            break;
    }
    if (stale > 0)
        m_list->model()->removeRows(0, stale);   // one removal, not one per item
}

void RoundLogView::showDropped()
{
    const qint64 dropped = m_model->droppedCount();
    m_dropped->setVisible(dropped > 0);
    if (dropped > 0)
        m_dropped->setText(tr("%1 older lines dropped: only the newest %2 are kept")
                               .arg(QLocale().toString(dropped), QLocale().toString(m_model->capacity())));
}

} // namespace wb::ui
