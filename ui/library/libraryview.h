// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace wb::ui {

class AgentPreviewPanel;
class LibraryCoveragePanel;
class LibrarySearchPanel;
class WorkspaceSession;

/**
 * The Library page, as tabs: the examples searched as an agent would (Search), where the vetted library
 * falls short (Coverage), and what CodeScientist's planner would do with today's export (Agent Preview);
 * further panels join with addPanel(). The window's Find (Ctrl+F) calls focusQuery() while the Library
 * is shown.
 * Everything loads through the WorkspaceSession.
 */
class LibraryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryView)

public:
    explicit LibraryView(WorkspaceSession *session, QWidget *parent = nullptr);

    LibrarySearchPanel *searchPanel() const { return m_search; }
    LibraryCoveragePanel *coveragePanel() const { return m_coverage; }
    AgentPreviewPanel *agentPreviewPanel() const { return m_agentPreview; }
    QTabWidget *tabs() const { return m_tabs; }
    /** Adds @p panel as a further tab (e.g. a preview of what an agent gets for the selected example). */
    void addPanel(QWidget *panel, const QString &title);

    /** Shows the Search tab and focuses its query box. */
    void focusQuery();
    /** The workspace changed: searches again, and marks the coverage for recomputing. */
    void refresh();

Q_SIGNALS:
    void openExampleRequested(qint64 exampleId);

private:
    QTabWidget *m_tabs;
    LibrarySearchPanel *m_search;
    LibraryCoveragePanel *m_coverage;
    AgentPreviewPanel *m_agentPreview;
};

} // namespace wb::ui
