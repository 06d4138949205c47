// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/campaignmatrix.h"
#include "review/finalcode.h"
#include "session/latestonly.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace wb::ui {

class CodeEditor;
class WorkspaceSession;

/**
 * One repository's final code in 2–3 campaigns side by side: a pane per campaign (CodeEditor) headed by
 * its campaign and model, rounds, cost, status and the judge's verdict, all scrolling together; a file
 * chooser switches every pane to main.py, requirements.txt, run.sh or metadata.json. What a header
 * shows comes from the matrix it is given, so blind mode hides the same there as in the matrix. The
 * code is read off the GUI thread.
 */
class SideBySideView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SideBySideView)

public:
    static constexpr int MaxPanes = 3;

    explicit SideBySideView(WorkspaceSession *session, QWidget *parent = nullptr);
    ~SideBySideView() override;

    /** The repositories and campaigns to choose from; keeps the current choice where it still exists. */
    void setMatrix(const review::CampaignMatrix &matrix);
    /** Shows @p repositoryId (if in the matrix) in the chosen campaigns. */
    void setRepository(qint64 repositoryId);
    /** Chooses the campaigns (matrix column indexes; the first 2–3 are used) and shows them. */
    void setCampaigns(const QList<int> &columns);
    void setFile(const QString &fileName);

    QComboBox *repositoryChooser() const { return m_repository; }
    QComboBox *campaignChooser(int i) const { return m_campaigns.at(i); }
    QComboBox *fileChooser() const { return m_file; }
    CodeEditor *pane(int i) const { return m_panes.at(i); }
    QLabel *paneHeader(int i) const { return m_headers.at(i); }
    /** Panes in use (2 or 3; 0 before anything was shown). */
    int visiblePanes() const;

Q_SIGNALS:
    /** The panes show the chosen repository's code. */
    void loaded();

private:
    void reload();
    void present();
    void syncScroll(int from, int value);

    WorkspaceSession *m_session;
    LatestOnly m_latest;
    review::CampaignMatrix m_matrix;
    QComboBox *m_repository;
    QList<QComboBox *> m_campaigns;
    QComboBox *m_file;
    QList<QLabel *> m_headers;
    QList<CodeEditor *> m_panes;
    QList<QWidget *> m_columns;
    QLabel *m_notice;
    struct Shown
    {
        int column = -1;   ///< matrix column
        review::FinalCode code;
    };
    QList<Shown> m_shown;
    bool m_syncing = false;
    bool m_updatingChoosers = false;
};

} // namespace wb::ui
