// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/examplespage.h"

#include "mainwindow/listtable.h"
#include "models/exampletablemodel.h"
#include "pipeline/exampleprogress.h"
#include "review/examplelisting.h"
#include "session/workspacesession.h"
#include "views/exampleview.h"
#include "views/expertfixbar.h"
#include "views/judgementpanel.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

ExamplesPage::ExamplesPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_exampleModel(new ExampleTableModel(this))
    , m_exampleTable(makeListTable(this))
    , m_exampleView(new ExampleView(session, this))
    , m_follow(new QTimer(this))
{
    setObjectName(u"ExamplesPage"_s);
    m_exampleTable->setObjectName(u"ExampleTable"_s);
    m_exampleTable->setModel(m_exampleModel);
    m_exampleTable->setSortingEnabled(false);
    m_exampleTable->horizontalHeader()->setStretchLastSection(true);
    auto *examples = new QSplitter(Qt::Horizontal, this);
    examples->setObjectName(u"ExampleSplitter"_s);
    examples->addWidget(m_exampleTable);
    examples->addWidget(m_exampleView);
    examples->setStretchFactor(1, 3);
    examples->setSizes({420, 860});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(examples);

    connect(m_exampleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (const auto *row = m_exampleModel->rowAt(index.row()))
            m_exampleView->setExample(row->example.id);
    });
    connect(m_exampleView->judgementPanel(), &JudgementPanel::submitted, this, &ExamplesPage::judgementSubmitted);
    connect(m_exampleView->judgementPanel(), &JudgementPanel::navigateRequested, this, &ExamplesPage::openExampleRequested);
    connect(m_exampleView, &ExampleView::expertRoundRequested, this, &ExamplesPage::expertRoundRequested);

    // What the list hides depends on who reviews and whether the workspace reviews blind.
    connect(m_session, &WorkspaceSession::annotatorChanged, this, &ExamplesPage::reload);
    connect(m_session, &WorkspaceSession::blindReviewChanged, this, [this] {
        reload();
        refreshShownExample();
    });

    m_follow->setSingleShot(true);
    m_follow->setInterval(400);
    connect(m_follow, &QTimer::timeout, this, [this] {
        if (shownExample() <= 0)
            return;
        if (!m_exampleView->isVisible()) {
            m_follow->start();   // hidden: look again later instead of loading what nobody sees
            return;
        }
        m_exampleView->setExample(shownExample());
    });
}

qint64 ExamplesPage::shownExample() const
{
    return m_exampleView->exampleId();
}

void ExamplesPage::reload()
{
    const QString annotator = m_session->annotator();
    m_session->load(
        this, m_listLoads,
        [annotator](const std::shared_ptr<store::Workspace> &ws) { return review::ExampleListing::read(ws, annotator); },
        [this](const review::ExampleListing &listing) {
            QList<ExampleTableModel::Row> rows;
            rows.reserve(listing.entries.size());
            for (const auto &entry : listing.entries)
                rows.append({entry.campaign, entry.example, entry.blinded});
            m_exampleModel->setRows(rows);
            if (!m_exampleTable->currentIndex().isValid() && !rows.isEmpty())
                m_exampleTable->setCurrentIndex(m_exampleModel->index(0, 0));
            Q_EMIT examplesLoaded(int(rows.size()));
        },
        [this](const QString &message) { Q_EMIT statusMessage(message); });
}

bool ExamplesPage::selectExample(qint64 exampleId)
{
    for (int row = 0; row < m_exampleModel->rowCount(); ++row) {
        if (m_exampleModel->rowAt(row)->example.id == exampleId) {
            m_exampleTable->setCurrentIndex(m_exampleModel->index(row, 0));
            m_exampleTable->scrollTo(m_exampleTable->currentIndex());
            return true;
        }
    }
    return false;
}

void ExamplesPage::step(int delta)
{
    const int row = m_exampleTable->currentIndex().row() + delta;
    if (row >= 0 && row < m_exampleModel->rowCount())
        m_exampleTable->setCurrentIndex(m_exampleModel->index(row, 0));
}

void ExamplesPage::previousExample()
{
    step(-1);
}

void ExamplesPage::nextExample()
{
    step(1);
}

void ExamplesPage::refreshShownExample()
{
    if (shownExample() > 0)
        m_exampleView->setExample(shownExample());
}

void ExamplesPage::refreshJudgements()
{
    m_exampleView->judgementPanel()->refresh();
}

void ExamplesPage::showReviewKeys()
{
    m_exampleView->judgementPanel()->showKeys();
}

void ExamplesPage::expertRoundFinished(qint64 exampleId, const QString &message)
{
    m_exampleView->expertFix()->runFinished(message);
    if (exampleId > 0 && shownExample() == exampleId)
        m_exampleView->setExample(exampleId);
}

void ExamplesPage::followProgress(const pipeline::ExampleProgress &p)
{
    // Only a new stage or round of the shown example changes what the view shows; the log tails live.
    if (p.exampleId != shownExample())
        return;
    const QString key = u"%1/%2/%3"_s.arg(p.exampleId).arg(p.stage).arg(p.round);
    if (key == m_followed)
        return;
    m_followed = key;
    if (!m_follow->isActive())
        m_follow->start();
}

void ExamplesPage::appendLiveLines(const QList<LiveLogLine> &lines, int dropped)
{
    m_exampleView->appendLiveLines(lines, dropped);
}

} // namespace wb::ui
