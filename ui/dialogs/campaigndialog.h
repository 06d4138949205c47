// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/campaignconfig.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QLineEdit;
class QSpinBox;

namespace wb::ui {

/**
 * A new campaign: models per stage, executor, round cap, concurrency, budget, with a cost estimate. The
 * model fields offer the provider's catalogue models that are not retired; the price catalogue's
 * warnings about the models typed (retired, retiring soon, no price, an old catalogue) show below them.
 */
class CampaignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDialog)

public:
    /** @p filtered >= 0 offers "only the @p filtered repositories the table's filter shows" next to all of them. */
    explicit CampaignDialog(int repositories, QWidget *parent = nullptr, int filtered = -1);

    QString name() const;
    pipeline::CampaignConfig config() const;
    /** The estimate shown, e.g. "$0.40 – $2.10 for 12 repositories". */
    QString estimateText() const;
    /** The user chose the filtered repositories rather than all. */
    bool filteredOnly() const;
    QRadioButton *filteredButton() const { return m_filteredOnly; }

    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *fastModelEdit() const { return m_fastModel; }
    /** Economy: classification as one batch of the provider's batch API; enabled only where the provider has one. */
    QCheckBox *economyBox() const { return m_economy; }
    QComboBox *protocolBox() const { return m_protocol; }
    QSpinBox *maxRoundsBox() const { return m_maxRounds; }
    QString protocolNote() const;
    QDoubleSpinBox *budgetBox() const { return m_budget; }
    /** Why the campaign cannot run with its budget (BudgetGuard: a model without a price); empty when it can. */
    QString budgetRefusal() const;
    QPushButton *runButton() const { return m_run; }
    QLineEdit *judgeModelEdit() const { return m_judgeModel; }

    /** The day retirement dates are compared with (default: today); tests set it. */
    void setToday(const QDate &today);
    /** The models the model fields offer: the provider's catalogue models not retired on today. */
    QStringList offeredModels() const;
    /** The price catalogue's warnings for the models chosen, as shown. */
    QStringList modelWarnings() const { return m_warnings; }
    QLabel *modelWarningsLabel() const { return m_modelWarnings; }

private:
    void updateEstimate();
    void updateModelChoices();
    void updateProtocolNote();

    int selectedCount() const;

    int m_repositories;
    int m_filtered;
    QRadioButton *m_all;
    QRadioButton *m_filteredOnly;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_fastModel;
    QLineEdit *m_judgeModel;
    QComboBox *m_executor;
    QComboBox *m_protocol;
    QLabel *m_protocolNote;
    QSpinBox *m_maxRounds;
    QSpinBox *m_concurrency;
    QDoubleSpinBox *m_budget;
    QCheckBox *m_economy;
    QLabel *m_estimate;
    QLabel *m_budgetNote;
    QLabel *m_modelWarnings;
    QDate m_today;
    QStringList m_warnings;
    QPushButton *m_run = nullptr;
};

} // namespace wb::ui
