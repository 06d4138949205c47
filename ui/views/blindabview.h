// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/campaignmatrix.h"
#include "review/finalcode.h"
#include "review/pairwisequeue.h"
#include "review/pairwisesummary.h"
#include "session/latestonly.h"
#include "store/pairwiserecord.h"

#include <QElapsedTimer>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace wb::ui {

class CodeEditor;
class WorkspaceSession;

/**
 * Blind pairwise comparison of two campaigns. On the start page the annotator picks two campaigns and
 * sees the results so far (PairwiseSummary). While comparing, the page shows only "A" and "B": two panes
 * scrolling together with the two examples' final code of one repository (sides counterbalanced by
 * PairwiseQueue), no campaign or model names, and three rows of choices A / Tie / B for accuracy,
 * completeness and soundness. Keys: 1/2/3, 4/5/6, 7/8/9 choose A / Tie / B per row, Ctrl+Return stores
 * the judgement (mapped back to the examples) and moves on, Esc stops. Store access runs off the GUI thread.
 */
class BlindAbView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlindAbView)

public:
    explicit BlindAbView(WorkspaceSession *session, QWidget *parent = nullptr);
    ~BlindAbView() override;

    /** The campaigns to choose from (the matrix's columns); keeps the choice where it still exists. */
    void setCampaigns(const QList<review::CampaignMatrix::Column> &columns);
    /** Chooses the two campaigns (indexes into the columns given). */
    void chooseCampaigns(int first, int second);

    /** The screen choice for @p criterion: "A", "B", "tie" or "" (not chosen). */
    QString choice(const QString &criterion) const;
    bool isComparing() const;

    QComboBox *campaignChooser(int i) const { return i == 0 ? m_first : m_second; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *submitButton() const { return m_submit; }
    QTableWidget *summaryTable() const { return m_summary; }
    QWidget *comparePage() const { return m_comparePage; }
    CodeEditor *pane(int i) const { return i == 0 ? m_paneA : m_paneB; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    /** Builds the queue of the chosen campaigns for the session's annotator and shows its first pair. */
    void start();
    /** Stores the current choices and shows the next pair (the summary after the last). */
    void submit();
    /** Back to the start page. */
    void stop();
    void reloadSummary();

Q_SIGNALS:
    void queueLoaded(int pending);
    /** A pair's code is on screen. */
    void pairShown();
    void submitted(const wb::store::PairwiseRecord &judgement);
    void summaryLoaded();
    void failed(const QString &message);

private:
    void showPair();
    void presentPair();
    void setChoice(const QString &criterion, int button);
    void updateSubmit();

    WorkspaceSession *m_session;
    LatestOnly m_latest;          ///< the queue and the pair shown
    LatestOnly m_summaryLatest;
    QList<review::CampaignMatrix::Column> m_columns;
    QStackedWidget *m_pages;
    QWidget *m_startPage;
    QWidget *m_comparePage;
    QComboBox *m_first;
    QComboBox *m_second;
    QPushButton *m_start;
    QTableWidget *m_summary;
    QLabel *m_status;
    QLabel *m_progress;
    QComboBox *m_file;
    CodeEditor *m_paneA;
    CodeEditor *m_paneB;
    QList<QButtonGroup *> m_groups;   // per criterion: buttons 0 = A, 1 = tie, 2 = B
    QPushButton *m_submit;
    QString m_annotator;
    QList<review::PairwiseQueue::Item> m_queue;
    int m_position = 0;
    int m_total = 0;
    review::FinalCode m_left;
    review::FinalCode m_right;
    QElapsedTimer m_clock;
    bool m_busy = false;
    bool m_syncing = false;
};

} // namespace wb::ui
