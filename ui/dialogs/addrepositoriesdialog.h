// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace wb::ui {

/** Asks for repository sources: URLs, owner/name, local folders, list files; one per line. */
class AddRepositoriesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddRepositoriesDialog)

public:
    explicit AddRepositoriesDialog(QWidget *parent = nullptr);

    QStringList sources() const;

private:
    QPlainTextEdit *m_edit;
};

} // namespace wb::ui
