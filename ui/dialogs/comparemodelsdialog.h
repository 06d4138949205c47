// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/campaignconfig.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wb::ui {

class CampaignController;

/**
 * Compare Models: the same repositories and the same protocol, distilled by two or three model
 * configurations at once. One campaign per configuration, all started together through the controller
 * (they share its execution slots and provider limits); the matrix and side-by-side views compare them.
 * The model fields offer the provider's catalogue models that are not retired; the catalogue's warnings
 * about the models chosen show below them (a retired model can be typed, and is warned about).
 */
class CompareModelsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareModelsDialog)

public:
    static constexpr int MaxModels = 3;

    CompareModelsDialog(CampaignController *controller, const QList<qint64> &repositoryIds, QWidget *parent = nullptr);

    /** The configurations that will run, in order (the third only when it is switched on). */
    QList<pipeline::CampaignConfig> configs() const;
    /** The campaigns' names, one per configuration: the common name and the model. */
    QStringList names() const;
    /** Why the campaigns cannot start (a model missing, twice the same, a budget over an unpriced model); empty: they can. */
    QString problem() const;
    QList<qint64> repositoryIds() const { return m_repositoryIds; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *providerBox(int i) const { return m_rows[i].provider; }
    QLineEdit *modelEdit(int i) const { return m_rows[i].model; }
    QLineEdit *baseUrlEdit(int i) const { return m_rows[i].baseUrl; }
    /** Whether the third configuration runs. */
    QCheckBox *thirdBox() const { return m_third; }
    QComboBox *executorBox() const { return m_executor; }
    QComboBox *protocolBox() const { return m_protocol; }
    QSpinBox *maxRoundsBox() const { return m_maxRounds; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QDoubleSpinBox *budgetBox() const { return m_budget; }
    QPushButton *startButton() const { return m_start; }
    /** The day retirement dates are compared with (default: today); tests set it. */
    void setToday(const QDate &today);
    /** The price catalogue's warnings for the models chosen, as shown. */
    QStringList modelWarnings() const { return m_warnings; }
    QLabel *modelWarningsLabel() const { return m_modelWarnings; }

    /** Starts the campaigns (CampaignController::startNew) and closes; refused while problem() says something. */
    void accept() override;

private:
    struct ModelRow
    {
        QComboBox *provider = nullptr;
        QLineEdit *model = nullptr;
        QLineEdit *baseUrl = nullptr;
    };
    void update();
    void updateModelChoices();
    int count() const;

    CampaignController *m_controller;
    QList<qint64> m_repositoryIds;
    QLineEdit *m_name;
    ModelRow m_rows[MaxModels];
    QCheckBox *m_third;
    QComboBox *m_executor;
    QComboBox *m_protocol;
    QSpinBox *m_maxRounds;
    QSpinBox *m_concurrency;
    QDoubleSpinBox *m_budget;
    QLabel *m_note;
    QLabel *m_modelWarnings;
    QDate m_today;
    QStringList m_warnings;
    QPushButton *m_start = nullptr;
};

} // namespace wb::ui
