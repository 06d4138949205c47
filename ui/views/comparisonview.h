// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/campaignmatrix.h"
#include "session/latestonly.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace wb::ui {

class BlindAbView;
class CampaignMatrixModel;
class SideBySideView;
class WorkspaceSession;

/**
 * The Comparison tab: campaigns (model configurations) compared over the same repositories.
 * Sub-tabs: Matrix (repository × campaign: judge, human decision, disagreements; double-click opens the
 * example), Side by Side (final code of 2–3 campaigns in synchronised panes) and Blind A/B (pairwise
 * judgements with hidden models). The matrix is computed off the GUI thread for the annotator named in
 * the session, so blind mode hides what it must; reload() after judgements or campaigns change.
 */
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(WorkspaceSession *session, QWidget *parent = nullptr);
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

    WorkspaceSession *m_session;
    LatestOnly m_latest;
    bool m_shown = false;   ///< a matrix was shown (reloads follow the reviewer and blind mode)
    QByteArray m_fingerprint;   ///< of the matrix shown: an unchanged reload shows nothing new
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
