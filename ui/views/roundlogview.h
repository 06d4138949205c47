// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/roundlogmodel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;

namespace wb::ui {

/**
 * A round's log: its stored lines and the live tail of a running round, kept in a RoundLogModel (at
 * most its capacity, the oldest dropped first, "N lines dropped" shown above the list). Stderr lines are
 * marked; "Errors only" hides the others (notes stay). Activating a traceback line ("File "…main.py",
 * line N") asks to open main.py there.
 *
 * The list is a QListWidget mirroring the model's rows that pass the filter, because line comments
 * (AnnotationController) are list items placed under their line. Its line items carry Qt::UserRole
 * (the raw line), SerialItemRole (the model's serial) and, for stored lines, LogLineRole (the line's
 * 1-based place in the stored log); refilled() says the list was rebuilt and comments must be re-added.
 */
class RoundLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundLogView)

public:
    static constexpr int SerialItemRole = Qt::UserRole + 20;

    /** @p logLineRole: the item role that carries a stored line's 1-based place (AnnotationController's). */
    explicit RoundLogView(int logLineRole, QWidget *parent = nullptr, int capacity = RoundLogModel::DefaultCapacity);

    /** Replaces the lines with a stored log (numbered 1… in its order). */
    void setLines(const QList<RoundLogModel::Line> &lines);
    /** Appends live lines, keeping the list at the bottom when it was there. */
    void append(const QList<RoundLogModel::Line> &lines);
    void clear();

    RoundLogModel *model() const { return m_model; }
    QListWidget *list() const { return m_list; }
    QCheckBox *errorsOnly() const { return m_errorsOnly; }
    /** "N lines dropped …"; hidden while none were. */
    QLabel *droppedLabel() const { return m_dropped; }

Q_SIGNALS:
    /** The list was rebuilt from the model (new lines, filter changed). */
    void refilled();
    /** A traceback line pointing at main.py's 1-based @p line was activated. */
    void tracebackActivated(int line);

private:
    bool accepts(const RoundLogModel::Line &line) const;
    /** Appends list items for the model's @p rows. */
    void addItems(const QList<int> &rows);
    void refill();
    void onRowsInserted(int first, int last);
    void onRowsRemoved();
    void showDropped();

    int m_logLineRole;
    RoundLogModel *m_model;
    QCheckBox *m_errorsOnly;
    QLabel *m_dropped;
    QListWidget *m_list;
};

} // namespace wb::ui
