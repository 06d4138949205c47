// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/libraryview.h"

#include "library/agentpreviewpanel.h"

#include "library/librarycoveragepanel.h"
#include "library/librarysearchpanel.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

LibraryView::LibraryView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_search(new LibrarySearchPanel(session, this))
    , m_coverage(new LibraryCoveragePanel(session, this))
    , m_agentPreview(new AgentPreviewPanel(session, this))
{
    setObjectName(u"LibraryView"_s);
    m_tabs->setObjectName(u"LibraryTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_search, tr("&Search"));
    m_tabs->addTab(m_coverage, tr("C&overage"));
    m_tabs->addTab(m_agentPreview, tr("A&gent Preview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_search);

    connect(m_search, &LibrarySearchPanel::openExampleRequested, this, &LibraryView::openExampleRequested);
    connect(m_coverage, &LibraryCoveragePanel::openExampleRequested, this, &LibraryView::openExampleRequested);
}

void LibraryView::addPanel(QWidget *panel, const QString &title)
{
    m_tabs->addTab(panel, title);
}

void LibraryView::focusQuery()
{
    m_tabs->setCurrentWidget(m_search);
    m_search->queryEdit()->setFocus(Qt::ShortcutFocusReason);
    m_search->queryEdit()->selectAll();
}

void LibraryView::refresh()
{
    m_search->refresh();
    if (m_coverage->isVisible())
        m_coverage->recompute();
}

} // namespace wb::ui
