// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QKeySequenceEdit;
class QLabel;
class QTableWidget;

namespace wb::ui {

/**
 * The review keys: a cheat-sheet of every action of the review flow with its key (opened with `?`),
 * where each key can be changed. Conflicting keys are refused with the actions named; Save stores the
 * map through ReviewKeymap.
 */
class ReviewKeysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewKeysDialog)

public:
    explicit ReviewKeysDialog(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /** The editor of action @p id's key. */
    QKeySequenceEdit *keyEdit(const QString &id) const;
    QString problem() const;

public Q_SLOTS:
    void accept() override;
    void restoreDefaults();

private:
    void check();

    QTableWidget *m_table;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace wb::ui
