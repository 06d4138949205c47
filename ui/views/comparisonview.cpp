// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/comparisonview.h"

#include "models/campaignmatrixmodel.h"
#include "session/workspacesession.h"
#include "views/blindabview.h"
#include "views/sidebysideview.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

ComparisonView::ComparisonView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_model(new CampaignMatrixModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_onlyDisagreements(new QCheckBox(tr("Only disa&greements"), this))
    , m_status(new QLabel(this))
    , m_sideBySide(new SideBySideView(m_session, this))
    , m_blindAb(new BlindAbView(m_session, this))
{
    m_tabs->setObjectName(u"ComparisonTabs"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignMatrixModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(CampaignMatrixModel::DisagreesRole);
    m_proxy->setFilterKeyColumn(0);
    m_view->setObjectName(u"CampaignMatrix"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setMinimumSectionSize(150);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_onlyDisagreements->setObjectName(u"OnlyDisagreements"_s);
    m_onlyDisagreements->setToolTip(tr("Show only repositories where the judge and the humans disagree in some campaign"));
    m_status->setObjectName(u"ComparisonStatus"_s);
    connect(m_onlyDisagreements, &QCheckBox::toggled, this,
            [this](bool on) { m_proxy->setFilterFixedString(on ? u"true"_s : QString()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 example = m_proxy->data(index, CampaignMatrixModel::ExampleIdRole).toLongLong();
        if (example > 0)
            Q_EMIT exampleActivated(example);
    });
    // The side-by-side page follows the repository chosen in the matrix.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid() && source.row() < m_model->matrix().rows.size())
            m_sideBySide->setRepository(m_model->matrix().rows.at(source.row()).repositoryId);
    });

    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &ComparisonView::reload);
    auto *legend = new QLabel(tr("Judge: ✓ finished, ✗ not finished, · no verdict, ◌ hidden (blind mode) — then the humans' "
                                 "decision (★ gold) — ≠ judge and humans disagree"),
                              this);
    legend->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_onlyDisagreements);
    bar->addWidget(refresh);
    auto *matrixPage = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrixPage);
    matrixLayout->addLayout(bar);
    matrixLayout->addWidget(m_view, 1);
    matrixLayout->addWidget(legend);

    m_tabs->addTab(matrixPage, tr("Ma&trix"));
    m_tabs->addTab(m_sideBySide, tr("&Side by Side"));
    m_tabs->addTab(m_blindAb, tr("&Blind A/B"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // What blind mode hides depends on who looks: a shown matrix follows the reviewer and the setting.
    auto reloadShown = [this] {
        if (m_shown)
            reload();
    };
    connect(m_session, &WorkspaceSession::annotatorChanged, this, reloadShown);
    connect(m_session, &WorkspaceSession::blindReviewChanged, this, reloadShown);
}

ComparisonView::~ComparisonView() = default;

QString ComparisonView::statusText() const
{
    return m_status->text();
}

void ComparisonView::reload()
{
    const QString annotator = m_session->annotator();
    m_session->load(
        this, m_latest,
        [annotator](const std::shared_ptr<store::Workspace> &workspace) {
            auto matrix = review::CampaignMatrix::compute(workspace, {}, annotator);
            QByteArray json = QJsonDocument(matrix.toJson()).toJson(QJsonDocument::Compact);
            json += matrix.blind ? "blind" : "open";
            return std::pair(std::move(matrix), QCryptographicHash::hash(json, QCryptographicHash::Sha1));
        },
        [this](const std::pair<review::CampaignMatrix, QByteArray> &answer) {
            if (m_shown && answer.second == m_fingerprint) {
                Q_EMIT loaded();   // nothing new: the matrix and the panes stay as they are
                return;
            }
            m_fingerprint = answer.second;
            present(answer.first);
        },
        [this](const QString &message) {
            m_status->setText(message);
            Q_EMIT failed(message);
        });
    m_blindAb->reloadSummary();
}

void ComparisonView::present(const review::CampaignMatrix &matrix)
{
    m_shown = true;
    m_model->setMatrix(matrix);
    // The repository column fits its names; the campaigns share the rest (a scroll bar when they do not fit).
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    m_view->resizeColumnToContents(0);
    for (int c = 1; c < m_model->columnCount(); ++c)
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    QString text = tr("%n repositories", nullptr, int(matrix.rows.size())) + u" × "_s
                   + tr("%n campaigns", nullptr, int(matrix.columns.size())) + u" · "_s
                   + tr("%n disagreement(s)", nullptr, matrix.disagreements());
    if (matrix.blind)
        text += u" · "_s + tr("blind mode: models and verdicts hidden until you judge");
    for (const QString &warning : matrix.protocolWarnings())
        text += u"\n⚠ "_s + warning;
    m_status->setText(text);
    m_sideBySide->setMatrix(matrix);
    if (!m_blindAb->isComparing())
        m_blindAb->setCampaigns(matrix.columns);
    Q_EMIT loaded();
}

} // namespace wb::ui
