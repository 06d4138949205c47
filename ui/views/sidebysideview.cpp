// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sidebysideview.h"

#include "editor/codeeditor.h"
#include "models/campaignmatrixmodel.h"
#include "session/workspacesession.h"
#include "util/error.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
using Judge = review::CampaignMatrix::Judge;

QString judgeText(Judge judge)
{
    switch (judge) {
    case Judge::Finished:
        return SideBySideView::tr("✓ finished");
    case Judge::NotFinished:
        return SideBySideView::tr("✗ not finished");
    case Judge::Hidden:
        return SideBySideView::tr("◌ hidden until you judge it");
    case Judge::None:
        break;
    }
    return SideBySideView::tr("· no verdict");
}
} // namespace

SideBySideView::SideBySideView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_repository(new QComboBox(this))
    , m_file(new QComboBox(this))
    , m_notice(new QLabel(this))
{
    m_repository->setObjectName(u"SideBySideRepository"_s);
    m_repository->setEditable(true);
    m_repository->setInsertPolicy(QComboBox::NoInsert);
    m_repository->completer()->setFilterMode(Qt::MatchContains);
    m_repository->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_repository->setMinimumContentsLength(24);
    m_repository->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_file->setObjectName(u"SideBySideFile"_s);
    m_file->addItems(review::FinalCode::fileNames());

    auto *bar = new QHBoxLayout;
    auto *campaignBar = new QHBoxLayout;
    auto *repositoryLabel = new QLabel(tr("Re&pository:"), this);
    repositoryLabel->setBuddy(m_repository);
    bar->addWidget(repositoryLabel);
    bar->addWidget(m_repository, 1);
    auto *campaignLabel = new QLabel(tr("&Campaigns:"), this);
    campaignBar->addWidget(campaignLabel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"SideBySideSplitter"_s);
    for (int i = 0; i < MaxPanes; ++i) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(u"SideBySideCampaign%1"_s.arg(i + 1));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->setToolTip(i == MaxPanes - 1 ? tr("A third campaign, or none") : tr("Campaign %1").arg(i + 1));
        m_campaigns << combo;
        campaignBar->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingChoosers)
                reload();
        });

        auto *column = new QWidget(splitter);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(2, 0, 2, 0);
        auto *header = new QLabel(column);
        header->setObjectName(u"SideBySideHeader%1"_s.arg(i + 1));
        header->setTextFormat(Qt::RichText);
        header->setWordWrap(true);
        header->setFrameShape(QFrame::StyledPanel);
        header->setMargin(4);
        header->setAutoFillBackground(true);
        header->setBackgroundRole(QPalette::AlternateBase);
        auto *pane = new CodeEditor(column);
        pane->setObjectName(u"SideBySidePane%1"_s.arg(i + 1));
        layout->addWidget(header);
        layout->addWidget(pane, 1);
        splitter->addWidget(column);
        m_headers << header;
        m_panes << pane;
        m_columns << column;
        column->hide();
        connect(pane->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, i](int value) { syncScroll(i, value); });
    }
    campaignLabel->setBuddy(m_campaigns.first());
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_file);
    bar->addWidget(fileLabel);
    bar->addWidget(m_file);

    m_notice->setObjectName(u"SideBySideNotice"_s);
    m_notice->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(campaignBar);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    connect(m_repository, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingChoosers)
            reload();
    });
    connect(m_file, &QComboBox::currentIndexChanged, this, &SideBySideView::present);
}

SideBySideView::~SideBySideView() = default;

int SideBySideView::visiblePanes() const
{
    int n = 0;
    for (const QWidget *column : m_columns)
        n += column->isHidden() ? 0 : 1;
    return n;
}

void SideBySideView::setMatrix(const review::CampaignMatrix &matrix)
{
    const qint64 repository = m_repository->currentData().toLongLong();
    QList<qint64> campaigns;
    for (const QComboBox *combo : std::as_const(m_campaigns)) {
        const int column = combo->currentData().isValid() ? combo->currentData().toInt() : -1;
        campaigns << (column >= 0 && column < m_matrix.columns.size() ? m_matrix.columns.at(column).campaignId : 0);
    }
    m_matrix = matrix;
    m_updatingChoosers = true;
    m_repository->clear();
    for (const auto &row : std::as_const(m_matrix.rows))
        m_repository->addItem(row.repository, row.repositoryId);
    m_repository->setCurrentIndex(std::max(0, m_repository->findData(repository)));
    for (int i = 0; i < MaxPanes; ++i) {
        QComboBox *combo = m_campaigns[i];
        combo->clear();
        if (i >= 2)
            combo->addItem(tr("(none)"), -1);
        for (int c = 0; c < m_matrix.columns.size(); ++c) {
            const auto &column = m_matrix.columns.at(c);
            combo->addItem(column.model.isEmpty() ? column.label : u"%1 (%2)"_s.arg(column.label, column.model), c);
        }
        int wanted = -1;
        for (int c = 0; c < m_matrix.columns.size(); ++c)
            if (campaigns[i] != 0 && m_matrix.columns.at(c).campaignId == campaigns[i])
                wanted = c;
        if (wanted < 0 && campaigns[i] == 0 && (i < 2 || campaigns.first() == 0))   // first time: the first three
            wanted = i < m_matrix.columns.size() ? i : -1;
        combo->setCurrentIndex(std::max(0, combo->findData(wanted)));
    }
    m_updatingChoosers = false;
    reload();
}

void SideBySideView::setRepository(qint64 repositoryId)
{
    const int index = m_repository->findData(repositoryId);
    if (index >= 0 && index != m_repository->currentIndex())
        m_repository->setCurrentIndex(index);   // reloads
}

void SideBySideView::setCampaigns(const QList<int> &columns)
{
    m_updatingChoosers = true;
    for (int i = 0; i < MaxPanes; ++i)
        m_campaigns[i]->setCurrentIndex(std::max(0, m_campaigns[i]->findData(i < columns.size() ? columns[i] : -1)));
    m_updatingChoosers = false;
    reload();
}

void SideBySideView::setFile(const QString &fileName)
{
    m_file->setCurrentIndex(std::max(0, m_file->findText(fileName)));
}

void SideBySideView::reload()
{
    const qint64 repositoryId = m_repository->currentData().toLongLong();
    const review::CampaignMatrix::Row *row = nullptr;
    for (const auto &r : std::as_const(m_matrix.rows))
        if (r.repositoryId == repositoryId)
            row = &r;
    QList<int> columns;
    for (const QComboBox *combo : std::as_const(m_campaigns)) {
        const int column = combo->currentData().isValid() ? combo->currentData().toInt() : -1;
        if (column >= 0 && column < m_matrix.columns.size() && !columns.contains(column))
            columns << column;
    }
    if (!row || columns.size() < 2) {
        m_latest.invalidate();   // drops a load still running
        m_shown.clear();
        m_notice->setText(m_matrix.columns.size() < 2 ? tr("Side by side needs two campaigns; run another campaign over the same repositories.")
                                                      : row ? tr("Choose two or three different campaigns.")
                                                            : tr("Choose a repository."));
        m_notice->show();
        present();
        return;
    }
    QList<std::pair<int, qint64>> wanted;   // column → example (0: none)
    for (const int column : std::as_const(columns)) {
        const auto &cell = row->cells.at(column);
        wanted.append({column, cell ? cell->exampleId : 0});
    }
    m_session->load(
        this, m_latest,
        [wanted](const std::shared_ptr<store::Workspace> &workspace) {
            QList<Shown> shown;
            for (const auto &[column, example] : wanted)
                shown.append({column, example > 0 ? review::FinalCode::load(workspace, example) : review::FinalCode{}});
            return shown;
        },
        [this](const QList<Shown> &shown) {
            m_shown = shown;
            m_notice->hide();
            present();
            Q_EMIT loaded();
        },
        [this](const QString &message) {
            m_notice->setText(message);
            m_notice->show();
        });
}

void SideBySideView::present()
{
    const QString file = m_file->currentText();
    const qint64 repositoryId = m_repository->currentData().toLongLong();
    const review::CampaignMatrix::Row *row = nullptr;
    for (const auto &r : std::as_const(m_matrix.rows))
        if (r.repositoryId == repositoryId)
            row = &r;
    m_syncing = true;
    for (int i = 0; i < MaxPanes; ++i) {
        if (i >= m_shown.size() || !row) {
            m_columns[i]->hide();
            continue;
        }
        const Shown &s = m_shown.at(i);
        const auto &column = m_matrix.columns.at(s.column);
        const auto &cell = row->cells.at(s.column);
        QString title = u"<b>%1</b>"_s.arg(column.label.toHtmlEscaped());
        if (!column.model.isEmpty())
            title += u" — %1"_s.arg(column.model.toHtmlEscaped());
        QString details;
        if (!cell) {
            details = tr("No example of this repository in this campaign.");
        } else {
            QString human = cell->humanHidden ? tr("◌ hidden") : cell->split ? tr("split") : cell->human.isEmpty() ? u"—"_s
                                                                                     : CampaignMatrixModel::decisionText(cell->human);
            if (cell->gold)
                human = tr("%1 (gold)").arg(human);
            details = tr("Example %1 · %2 · round %3 of %n · %4", nullptr, cell->rounds)
                          .arg(cell->exampleId)
                          .arg(store::exampleStatusToString(cell->status))
                          .arg(s.code.roundIndex)
                          .arg(cell->cost.toString(4))
                      + u"<br>"_s + tr("Judge: %1 · Humans: %2").arg(judgeText(cell->judge), human)
                      + (cell->disagrees() ? u"  <b>≠</b>"_s : QString());
        }
        m_headers[i]->setText(title + u"<br>"_s + details);
        m_panes[i]->showFile(file, s.code.files.value(file));
        m_columns[i]->show();
    }
    m_syncing = false;
    // Line up the panes at the first one's position.
    if (!m_shown.isEmpty())
        syncScroll(0, m_panes.first()->verticalScrollBar()->value());
}

void SideBySideView::syncScroll(int from, int value)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (int i = 0; i < MaxPanes; ++i)
        if (i != from)
            m_panes[i]->verticalScrollBar()->setValue(value);
    m_syncing = false;
}

} // namespace wb::ui
