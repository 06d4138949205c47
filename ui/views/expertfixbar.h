// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/expertround.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace wb::ui {

class CodeEditor;
class WorkspaceSession;

/**
 * The expert fix of the example shown: Edit makes the four file editors writable, Save stores what
 * they hold as a human round (ExpertRound) off the GUI thread, and the round is run through the
 * campaign's executor — and the judge when asked — by whoever handles runRequested(). Unsaved edits
 * are kept as a draft per example while the user looks elsewhere, so navigating never loses them.
 */
class ExpertFixBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpertFixBar)

public:
    ExpertFixBar(WorkspaceSession *session, QHash<QString, CodeEditor *> editors, QWidget *parent = nullptr);
    ~ExpertFixBar() override;

    /**
     * The example and round now shown. @p lastRoundIsPendingExpertRound: its newest round is a human
     * round that never ran (it can be run). A draft of this example comes back into the editors.
     */
    void setExample(qint64 campaignId, qint64 exampleId, int shownRound, bool lastRoundIsPendingExpertRound);
    bool isEditing() const { return m_editing; }

    QPushButton *editButton() const { return m_edit; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *runButton() const { return m_run; }
    QCheckBox *runAfterSave() const { return m_runAfterSave; }
    QCheckBox *judgeToo() const { return m_judge; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void startEditing();
    /** Leaves edit mode and forgets this example's draft; the editors show the round again. */
    void discard();
    void save();
    void run();
    /** The run of an expert round ended (the owner reloads the example). */
    void runFinished(const QString &message);

Q_SIGNALS:
    /** A human round was stored. */
    void roundSaved(qint64 exampleId, int roundIndex);
    void runRequested(qint64 campaignId, qint64 exampleId, bool judge);
    /** The editors should show the stored round again (after discarding). */
    void restoreRequested();

private:
    pipeline::ExampleFiles editorFiles() const;
    void setEditorsWritable(bool writable);
    void update();

    WorkspaceSession *m_session;
    QHash<QString, CodeEditor *> m_editors;
    QHash<qint64, pipeline::ExampleFiles> m_drafts;   // unsaved edits per example
    qint64 m_campaignId = 0;
    qint64 m_exampleId = 0;
    int m_shownRound = 0;
    bool m_pendingRound = false;
    bool m_editing = false;
    bool m_busy = false;
    QPushButton *m_edit;
    QPushButton *m_save;
    QPushButton *m_discard;
    QPushButton *m_run;
    QCheckBox *m_runAfterSave;
    QCheckBox *m_judge;
    QLabel *m_status;
};

} // namespace wb::ui
