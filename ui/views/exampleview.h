// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaigncontroller.h"
#include "review/examplesnapshot.h"
#include "session/latestonly.h"
#include "views/artifactview.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QTreeView;

namespace wb::ui {

class AnnotationController;
class CodeEditor;
class ErrorClassBar;
class ExpertFixBar;
class ImageViewer;
class JudgementPanel;
class RoundDiffView;
class RoundLogView;
class RoundTableModel;
class WorkspaceSession;

/**
 * One example: its debug rounds (a timeline table) above tabs with the selected round's four files in
 * code editors, its diff against the previous round or between two selected rounds (RoundDiffView), its
 * log with the live tail (RoundLogView), the judge's verdict with the repair notes and the round's
 * error class with its correction (ErrorClassBar), its files
 * (ArtifactView) and the annotator's review (JudgementPanel); line comments in the editors and the log
 * (AnnotationController) and the expert fix bar (ExpertFixBar). Alt+Left / Alt+Right step through the rounds.
 * Loads run through the WorkspaceSession (review::ExampleSnapshot::load), the newest one wins.
 */
class ExampleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleView)

public:
    explicit ExampleView(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ExampleView() override;

    /** Loads @p exampleId in the background; loaded() follows. */
    void setExample(qint64 exampleId);
    /** The example shown (0: none). */
    qint64 exampleId() const { return m_snapshot.example.id; }
    /**
     * The live tail: appends the lines of the shown example's shown round (if it is the one running),
     * keeping the view at the bottom when it was there. Lines of other examples or rounds are ignored;
     * @p dropped lines the controller skipped leave a note.
     */
    void appendLiveLines(const QList<wb::ui::LiveLogLine> &lines, int dropped);
    /** Shows round @p index (1-based) and its diff against the previous one. */
    void selectRound(int index);
    /** Diff between rounds @p from and @p to (1-based). */
    void showDiff(int from, int to);
    /** Moves both diff sides to the next / previous change block (F8 / Shift+F8), wrapping around. */
    void nextChange();
    void previousChange();
    /** Change blocks in the diff shown (in the current form), and the one last moved to (-1: none yet). */
    qsizetype changeCount() const;
    int currentChange() const;

    QTableView *roundView() const { return m_roundView; }
    QTabWidget *tabs() const { return m_tabs; }
    CodeEditor *editor(const QString &fileName) const { return m_editors.value(fileName); }
    RoundDiffView *diffView() const { return m_diff; }
    RoundLogView *logView() const { return m_log; }
    ArtifactView *artifactView() const { return m_artifacts; }
    CodeEditor *diffOld() const;
    CodeEditor *diffNew() const;
    /** The unified form of the same diff, shown instead of the two sides while unifiedToggle() is checked. */
    CodeEditor *diffUnified() const;
    QCheckBox *unifiedToggle() const;
    /** Which of the four files the Diff tab compares. */
    QComboBox *diffFileBox() const;
    QListWidget *logList() const;
    QCheckBox *errorsOnly() const;
    QTextBrowser *verdictView() const { return m_verdict; }
    /** Below the verdict: the shown round's error class and its correction (hidden in blind review). */
    ErrorClassBar *errorClassBar() const { return m_errorClass; }
    /** 1-based index of the round shown, 0 when none. */
    int currentRound() const { return m_currentRow < 0 ? 0 : m_snapshot.rounds.at(m_currentRow).record.index; }
    QListWidget *artifactList() const;
    ImageViewer *imageView() const;
    JudgementPanel *judgementPanel() const { return m_review; }
    /** Edit the shown round's files as an expert fix, save them as a human round and run it. */
    ExpertFixBar *expertFix() const { return m_expertFix; }
    /** The line comments of the shown round in the four editors and the log. */
    AnnotationController *annotations() const { return m_annotations; }
    QTreeView *jsonView() const;

Q_SIGNALS:
    void loaded(qint64 exampleId);
    /** The expert round that ends @p exampleId's rounds should run (CampaignController::startExpertRound). */
    void expertRoundRequested(qint64 campaignId, qint64 exampleId, bool judge);

private:
    /** A snapshot with its figures decoded (off the GUI thread), one entry per round. */
    struct Loaded
    {
        review::ExampleSnapshot snapshot;
        QList<ArtifactView::Images> images;
    };

    void showLoaded(const Loaded &loaded);
    void showRound(int row);
    void showVerdict(const review::ExampleSnapshot::Round &round);
    const review::ExampleSnapshot::Round *round(int index) const;

    WorkspaceSession *m_session;
    LatestOnly m_latest;
    review::ExampleSnapshot m_snapshot;
    QList<ArtifactView::Images> m_images;
    int m_currentRow = -1;
    QLabel *m_title;
    RoundTableModel *m_rounds;
    QTableView *m_roundView;
    QTabWidget *m_tabs;
    QHash<QString, CodeEditor *> m_editors;
    RoundDiffView *m_diff;
    RoundLogView *m_log;
    QTextBrowser *m_verdict;
    ErrorClassBar *m_errorClass;
    ArtifactView *m_artifacts;
    JudgementPanel *m_review;
    ExpertFixBar *m_expertFix = nullptr;
    AnnotationController *m_annotations = nullptr;
};

} // namespace wb::ui
