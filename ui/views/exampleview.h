// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pipelinerecords.h"
#include "store/pipelinestore.h"

#include <QHash>
#include <QThreadPool>
#include "campaign/campaigncontroller.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QScrollArea;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace wb::store {
class Workspace;
}

namespace wb::ui {

class AnnotationController;
class ExpertFixBar;
class ImageViewer;
class JudgementPanel;

class CodeEditor;
class RoundTableModel;

/** Everything the example view shows, read off the GUI thread in one go. A plain value type. */
struct ExampleSnapshot
{
    struct Round
    {
        store::RoundRecord record;
        QString mainPy;
        QString requirementsTxt;
        QString runSh;
        QString metadataJson;
        QList<store::PipelineStore::LogRow> log;
        QList<store::PipelineStore::ArtifactRow> artifacts;
        QHash<QString, QByteArray> artifactContent;   ///< name → content (when kept)
        QHash<QString, QImage> figures;               ///< decoded figures (off the GUI thread)
        QHash<QString, QImage> thumbnails;            ///< their gallery thumbnails
    };
    store::ExampleRecord example;
    QList<Round> rounds;
    bool blinded = false;   ///< blind review: the judge's verdict and the outcome are hidden from this annotator
};

/**
 * One example: its debug rounds (a timeline table), the four files of the selected round in code
 * editors, the diff against the previous round (or between any two selected rounds) side by side,
 * the round's log (stderr marked, errors-only filter, a traceback line jumps to main.py), line comments
 * in the editors and the log (AnnotationController), and the judge's verdict with the repair notes.
 * Alt+Left / Alt+Right step through the rounds.
 */
class ExampleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleView)

public:
    explicit ExampleView(std::shared_ptr<store::Workspace> workspace, QWidget *parent = nullptr);
    ~ExampleView() override;

    /** Loads @p exampleId in the background; loaded() follows. */
    void setExample(qint64 exampleId);
    /** The example shown (0: none). */
    qint64 exampleId() const { return m_snapshot.example.id; }
    /**
     * The live tail: appends the lines of the shown example's shown round (if it is the one running),
     * keeping the view at the bottom when it was there. Lines of other examples or rounds are ignored.
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
    int currentChange() const { return m_currentChange; }

    QTableView *roundView() const { return m_roundView; }
    QTabWidget *tabs() const { return m_tabs; }
    CodeEditor *editor(const QString &fileName) const { return m_editors.value(fileName); }
    CodeEditor *diffOld() const { return m_diffOld; }
    CodeEditor *diffNew() const { return m_diffNew; }
    /** The unified form of the same diff, shown instead of the two sides while unifiedToggle() is checked. */
    CodeEditor *diffUnified() const { return m_diffUnified; }
    QCheckBox *unifiedToggle() const { return m_unified; }
    /** Which of the four files the Diff tab compares. */
    QComboBox *diffFileBox() const { return m_diffFile; }
    QListWidget *logList() const { return m_log; }
    QCheckBox *errorsOnly() const { return m_errorsOnly; }
    QTextBrowser *verdictView() const { return m_verdict; }
    /** 1-based index of the round shown, 0 when none. */
    int currentRound() const { return m_currentRow < 0 ? 0 : m_snapshot.rounds.at(m_currentRow).record.index; }
    QListWidget *artifactList() const { return m_artifacts; }
    ImageViewer *imageView() const { return m_image; }
    JudgementPanel *judgementPanel() const { return m_review; }
    /** Edit the shown round's files as an expert fix, save them as a human round and run it. */
    ExpertFixBar *expertFix() const { return m_expertFix; }
    /** The line comments of the shown round in the four editors and the log. */
    AnnotationController *annotations() const { return m_annotations; }
    QTreeWidget *jsonView() const { return m_json; }
    QTableWidget *csvView() const { return m_csv; }

Q_SIGNALS:
    void loaded(qint64 exampleId);
    /** The expert round that ends @p exampleId's rounds should run (CampaignController::startExpertRound). */
    void expertRoundRequested(qint64 campaignId, qint64 exampleId, bool judge);

private:
    void showSnapshot(const ExampleSnapshot &snapshot);
    void showRound(int row);
    void fillLog();
    QListWidgetItem *addLogItem(qint64 atMs, const QString &phase, const QString &stream, const QString &text);
    void onLogActivated(int row);
    void fillArtifacts();
    void showArtifact(int row);
    const ExampleSnapshot::Round *round(int index) const;
    void goToChange(int index);
    void showChangeCount();

    std::shared_ptr<store::Workspace> m_workspace;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    ExampleSnapshot m_snapshot;
    int m_currentRow = -1;
    QLabel *m_title;
    RoundTableModel *m_rounds;
    QTableView *m_roundView;
    QTabWidget *m_tabs;
    QHash<QString, CodeEditor *> m_editors;
    CodeEditor *m_diffOld;
    CodeEditor *m_diffNew;
    QLabel *m_diffTitle;
    QLabel *m_changeLabel;
    QCheckBox *m_unified;
    QComboBox *m_diffFile;
    int m_diffFrom = 0;
    int m_diffTo = 0;
    QStackedWidget *m_diffStack;
    CodeEditor *m_diffUnified;
    /** First line of each change block in the unified text. */
    QList<int> m_unifiedChanges;
    /** First line of each change block on the old and new side (0 where a side has none). */
    QList<std::pair<int, int>> m_changes;
    int m_currentChange = -1;
    QListWidget *m_log;
    QCheckBox *m_errorsOnly;
    QTextBrowser *m_verdict;
    QListWidget *m_artifacts;
    QStackedWidget *m_artifactStack;
    ImageViewer *m_image;
    JudgementPanel *m_review;
    ExpertFixBar *m_expertFix = nullptr;
    AnnotationController *m_annotations = nullptr;
    QTreeWidget *m_json;
    QTableWidget *m_csv;
    QTextBrowser *m_text;
};

} // namespace wb::ui

Q_DECLARE_METATYPE(wb::ui::ExampleSnapshot)
