// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/campaignmatrix.h"

#include <QThreadPool>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace wb::store {
class Workspace;
}

namespace wb::ui {

class BlindAbView;
class CampaignMatrixModel;
class SideBySideView;

/**
 * The Comparison tab: campaigns (model configurations) compared over the same repositories.
 * Sub-tabs: Matrix (repository × campaign: judge, human decision, disagreements; double-click opens the
 * example), Side by Side (final code of 2–3 campaigns in synchronised panes) and Blind A/B (pairwise
 * judgements with hidden models). The matrix is computed off the GUI thread for the annotator named in
 * the preferences, so blind mode hides what it must; reload() after judgements or campaigns change.
 */
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(std::shared_ptr<store::Workspace> workspace, QWidget *parent = nullptr);
    ~ComparisonView() override;

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *matrixView() const { return m_view; }
    CampaignMatrixModel *matrixModel() const { return m_model; }
    QSortFilterProxyModel *matrixProxy() const { return m_proxy; }
    QCheckBox *disagreementsOnly() const { return m_onlyDisagreements; }
    SideBySideView *sideBySide() const { return m_sideBySide; }
    BlindAbView *blindAb() const { return m_blindAb; }
    QString statusText() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);
    /** The user asked to open an example (double-click in the matrix). */
    void exampleActivated(qint64 exampleId);

private:
    void present(const review::CampaignMatrix &matrix);

    std::shared_ptr<store::Workspace> m_workspace;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    QTabWidget *m_tabs;
    CampaignMatrixModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QCheckBox *m_onlyDisagreements;
    QLabel *m_status;
    SideBySideView *m_sideBySide;
    BlindAbView *m_blindAb;
};

} // namespace wb::ui
