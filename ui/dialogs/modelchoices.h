// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>

class QLabel;
class QLineEdit;

namespace wb::llm {
class PriceCatalog;
}

namespace wb::ui {

/**
 * What the campaign dialogs offer as models and say about the ones chosen, from the price catalogue
 * (the built-in one merged with the user's override file): a completer with the provider's models that
 * are not retired on the given day (a retired one can still be typed), and the catalogue's warnings
 * (retired, retiring within 30 days, no price, an old catalogue) for the models typed.
 */
class ModelChoices final
{
public:
    /** Offers @p models in @p edit's completer (created on first use, its list replaced after). */
    static void offer(QLineEdit *edit, const QStringList &models);
    /** Shows the warnings of @p models on @p today in @p label (rich text; hidden when there is none); returns them. */
    static QStringList showWarnings(QLabel *label, const llm::PriceCatalog &prices, const QStringList &models, const QDate &today);
};

} // namespace wb::ui
