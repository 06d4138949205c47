// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/campaignconfig.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wb::ui {

/** A new campaign: models per stage, executor, round cap, concurrency, budget, with a cost estimate. */
class CampaignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDialog)

public:
    CampaignDialog(int repositories, QWidget *parent = nullptr);

    QString name() const;
    pipeline::CampaignConfig config() const;
    /** The estimate shown, e.g. "$0.40 – $2.10 for 12 repositories". */
    QString estimateText() const;

    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *fastModelEdit() const { return m_fastModel; }

private:
    void updateEstimate();

    int m_repositories;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_fastModel;
    QLineEdit *m_judgeModel;
    QComboBox *m_executor;
    QSpinBox *m_maxRounds;
    QSpinBox *m_concurrency;
    QDoubleSpinBox *m_budget;
    QLabel *m_estimate;
};

} // namespace wb::ui
