// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/agentpreview.h"
#include "session/latestonly.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace wb::ui {

class WorkspaceSession;

/**
 * What CodeScientist would do with today's export (exchange::AgentPreview), for a research idea the
 * expert types: the codeblock index's size, its fit in each catalogued model's window with a warning
 * banner, and — with a model chosen — the codeblocks CodeScientist's planner picks, unknown names in
 * red, and the call's cost. When the index does not fit the model, nothing is sent and the entries a
 * retrieval step would hand the planner are listed instead. Everything loads through the session on its
 * pool; Preview is cancellable and shows its progress.
 */
class AgentPreviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentPreviewPanel)

public:
    explicit AgentPreviewPanel(WorkspaceSession *session, QWidget *parent = nullptr);
    ~AgentPreviewPanel() override;

    /** The models offered, as provider/model; by default the configured ones (Settings), and "size only" first. */
    void setModels(const QStringList &choices);
    void setIdea(const QString &idea);
    /** Chooses @p choice (provider/model) or, when empty, "size only". */
    void setModel(const QString &choice);
    /** The same as the Preview button. */
    void preview();
    void cancel();
    bool isBusy() const { return m_busy; }
    /** Sets how a retrieval step ranks entries when the index does not fit; default: the library's BM25 index (CodeblockRanking). */
    void setRanker(exchange::AgentPreview::Ranker ranker);

Q_SIGNALS:
    /** A preview ended (shown, failed or cancelled). */
    void finished();

private:
    void setBusy(bool busy, const QString &status = {});
    void showIndex(const exchange::AgentPreview::Index &index, const QList<exchange::AgentPreview::ModelFit> &table);
    void ask(const exchange::AgentPreview::Index &index, const QString &provider, const QString &model);
    void showOutcome(const exchange::AgentPreview::Outcome &outcome);
    void fail(const QString &message);

    WorkspaceSession *m_session;
    LatestOnly m_latest;
    std::shared_ptr<std::atomic_bool> m_cancel;
    exchange::AgentPreview::Ranker m_ranker;
    bool m_busy = false;

    QPlainTextEdit *m_idea;
    QComboBox *m_model;
    QCheckBox *m_all;
    QPushButton *m_previewButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_banner;
    QLabel *m_size;
    QTableWidget *m_table;
    QLabel *m_pickedTitle;
    QListWidget *m_picked;
    QPlainTextEdit *m_plan;
    QLabel *m_cost;
};

} // namespace wb::ui
