// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reviewkeysdialog.h"

#include "settings/reviewkeymap.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

ReviewKeysDialog::ReviewKeysDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("Review Keys"));
    const auto &actions = ReviewKeymap::actions();
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Key")});
    m_table->setRowCount(int(actions.size()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < actions.size(); ++row) {
        auto *item = new QTableWidgetItem(actions[row].description);
        item->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, item);
        auto *edit = new QKeySequenceEdit(ReviewKeymap::key(actions[row].id), m_table);
        edit->setObjectName(u"Key_"_s + actions[row].id);
        edit->setToolTip(tr("Click, then press the new key"));
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, [this, edit](const QKeySequence &key) {
            if (key.count() > 1)   // one key per action (Qt 6.4 has no maximum sequence length)
                edit->setKeySequence(QKeySequence(key[0]));
            check();
        });
        connect(edit, &QKeySequenceEdit::editingFinished, edit, &QKeySequenceEdit::clearFocus);
        m_table->setCellWidget(row, 1, edit);
    }
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every key of the review flow. The keys work while the Review tab has the focus "
                                    "(not while you type notes). Click a key to change it."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReviewKeysDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReviewKeysDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &ReviewKeysDialog::restoreDefaults);
    resize(560, 620);
    check();
}

QKeySequenceEdit *ReviewKeysDialog::keyEdit(const QString &id) const
{
    return findChild<QKeySequenceEdit *>(u"Key_"_s + id);
}

QString ReviewKeysDialog::problem() const
{
    return m_problem->text();
}

void ReviewKeysDialog::restoreDefaults()
{
    for (const auto &action : ReviewKeymap::actions())
        keyEdit(action.id)->setKeySequence(action.defaultKey);
}

void ReviewKeysDialog::check()
{
    QHash<QString, QKeySequence> keys;
    QHash<QString, QString> names;
    for (const auto &action : ReviewKeymap::actions()) {
        keys.insert(action.id, keyEdit(action.id)->keySequence());
        names.insert(action.id, action.description);
    }
    QStringList clash;
    for (const QString &id : ReviewKeymap::conflicts(keys))
        clash << u"%1 (%2)"_s.arg(names.value(id), keys.value(id).toString(QKeySequence::NativeText));
    m_problem->setText(clash.isEmpty() ? QString() : tr("These actions share a key; give each its own: %1").arg(clash.join(u"; "_s)));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(clash.isEmpty());
}

void ReviewKeysDialog::accept()
{
    check();
    if (!m_problem->text().isEmpty())
        return;
    for (const auto &action : ReviewKeymap::actions())
        ReviewKeymap::setKey(action.id, keyEdit(action.id)->keySequence());
    QDialog::accept();
}

} // namespace wb::ui
