// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/agreementreport.h"
#include "review/campaignreport.h"

#include <QThreadPool>
#include <QWidget>

#include <memory>

class QTableWidget;
class QLabel;

class QChartView;

namespace wb::store {
class Workspace;
}

namespace wb::ui {

/**
 * The curation overview of a workspace: the paper's Table 1 per campaign with a bar chart of the judge's
 * success rate against the experts' criteria per campaign, and the agreement table (Cohen's κ judge ×
 * annotator and annotator pairs, Fleiss' κ and Krippendorff's α over annotators). Loaded off the GUI
 * thread; reload() after judgements change.
 */
class CurationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurationView)

public:
    explicit CurationView(std::shared_ptr<store::Workspace> workspace, QWidget *parent = nullptr);
    ~CurationView() override;

    QTableWidget *reportTable() const { return m_report; }
    QTableWidget *agreementTable() const { return m_agreement; }
    QChartView *chart() const { return m_chart; }
    QString statusText() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    void present(const review::CampaignReport &report, const review::AgreementReport &agreement);

    std::shared_ptr<store::Workspace> m_workspace;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    QTableWidget *m_report;
    QTableWidget *m_agreement;
    QChartView *m_chart;
    QLabel *m_status;
};

} // namespace wb::ui
