// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/modelchoices.h"

#include "llm/pricecatalog.h"

#include <QCompleter>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::ModelChoices)
};
} // namespace

void ModelChoices::offer(QLineEdit *edit, const QStringList &models)
{
    QCompleter *completer = edit->completer();
    if (!completer) {
        completer = new QCompleter(new QStringListModel(edit), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        edit->setCompleter(completer);
    }
    if (auto *model = qobject_cast<QStringListModel *>(completer->model()))
        model->setStringList(models);
}

QStringList ModelChoices::showWarnings(QLabel *label, const llm::PriceCatalog &prices, const QStringList &models, const QDate &today)
{
    const QStringList warnings = prices.warnings(models, today);
    const QStringList retired = prices.retired(models, today);
    QStringList lines;
    for (const QString &w : warnings)
        lines << u"⚠ "_s + w.toHtmlEscaped();
    if (!retired.isEmpty())
        lines << u"<b>"_s
                     + Tr::tr("%1 is past its retirement date: the provider no longer answers it. Choose a current model "
                              "(the model field offers them), or correct its date in %2.")
                           .arg(retired.join(u", "_s), llm::PriceCatalog::defaultOverridePath())
                           .toHtmlEscaped()
                     + u"</b>"_s;
    label->setText(lines.join(u"<br/>"_s));
    label->setVisible(!lines.isEmpty());
    return warnings;
}

} // namespace wb::ui
