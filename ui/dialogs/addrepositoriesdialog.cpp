// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/addrepositoriesdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

AddRepositoriesDialog::AddRepositoriesDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Add Repositories"));
    auto *label = new QLabel(tr("One source per line: an https or ssh URL, GitHub's <i>owner/name</i>, a local "
                                "folder, or a list file (one source per line, or CodeDistiller batch JSON)."),
                             this);
    label->setWordWrap(true);
    m_edit->setPlaceholderText(u"materialsproject/pymatgen\nhttps://gitlab.com/ase/ase.git\n/home/me/src/my-code"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    auto *folder = buttons->addButton(tr("Folder…"), QDialogButtonBox::ActionRole);
    auto *list = buttons->addButton(tr("List File…"), QDialogButtonBox::ActionRole);
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Local Git Repository"));
        if (!dir.isEmpty())
            m_edit->appendPlainText(dir);
    });
    connect(list, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Repository List"), {},
                                                          tr("Repository lists (*.txt *.json);;All files (*)"));
        if (!file.isEmpty())
            m_edit->appendPlainText(file);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    resize(560, 320);
}

QStringList AddRepositoriesDialog::sources() const
{
    QStringList out;
    const auto lines = m_edit->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

} // namespace wb::ui
