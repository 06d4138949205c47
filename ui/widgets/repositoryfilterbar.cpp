// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/repositoryfilterbar.h"

#include "models/repositoryfilterproxy.h"
#include "models/repositorytablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QComboBox *makeFilterCombo(const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}
} // namespace

RepositoryFilterBar::RepositoryFilterBar(RepositoryFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_text(new QLineEdit(this))
    , m_status(makeFilterCombo(u"StatusFilter"_s, tr("Status of the newest example"), this))
    , m_model(makeFilterCombo(u"ModelFilter"_s, tr("Generator model of the newest campaign"), this))
    , m_verdict(makeFilterCombo(u"VerdictFilter"_s, tr("The judge's newest verdict"), this))
    , m_license(makeFilterCombo(u"LicenseFilter"_s, tr("Licence"), this))
    , m_clear(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_text->setObjectName(u"RepositoryFilter"_s);
    m_text->setPlaceholderText(tr("Filter repositories (name, licence, commit, model, status)…"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, m_proxy, &RepositoryFilterProxy::setTextFilter);
    const std::pair<QComboBox *, void (RepositoryFilterProxy::*)(const QString &)> combos[] = {
        {m_status, &RepositoryFilterProxy::setStatusFilter},
        {m_model, &RepositoryFilterProxy::setModelFilter},
        {m_verdict, &RepositoryFilterProxy::setVerdictFilter},
        {m_license, &RepositoryFilterProxy::setLicenseFilter}};
    for (const auto &[combo, setter] : combos)
        connect(combo, &QComboBox::currentIndexChanged, m_proxy, [this, combo, setter] { (m_proxy->*setter)(combo->currentData().toString()); });

    m_clear->setObjectName(u"ClearFilters"_s);
    m_clear->setText(tr("Clear filters"));
    m_clear->setIcon(QIcon::fromTheme(u"edit-clear"_s));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_text->clear();
        for (QComboBox *combo : {m_status, m_model, m_verdict, m_license})
            combo->setCurrentIndex(0);
        m_proxy->clearFilters();
    });

    m_count->setObjectName(u"RepositoryCount"_s);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(m_proxy, &RepositoryFilterProxy::filterChanged, this, [this] {
        m_clear->setEnabled(m_proxy->isFiltering());
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RepositoryFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RepositoryFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RepositoryFilterBar::updateCount);
    if (QAbstractItemModel *source = m_proxy->sourceModel())
        connect(source, &QAbstractItemModel::rowsInserted, this, &RepositoryFilterBar::updateChoices);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_text, 1);
    searchRow->addWidget(m_count);
    layout->addLayout(searchRow);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->setSpacing(4);
    for (QComboBox *combo : {m_status, m_model, m_verdict, m_license})
        choiceRow->addWidget(combo, 1);
    choiceRow->addWidget(m_clear);
    layout->addLayout(choiceRow);

    updateChoices();
    updateCount();
}

void RepositoryFilterBar::updateChoices()
{
    struct Choice
    {
        QComboBox *combo;
        int column;
        QString all;
    };
    const Choice choices[] = {{m_status, RepositoryTableModel::StatusColumn, tr("All statuses")},
                              {m_model, RepositoryTableModel::ModelColumn, tr("All models")},
                              {m_verdict, RepositoryTableModel::VerdictColumn, tr("All verdicts")},
                              {m_license, RepositoryTableModel::LicenseColumn, tr("All licences")}};
    for (const Choice &c : choices) {
        const QString current = c.combo->currentData().toString();
        const QStringList values = m_proxy->distinctValues(c.column);
        const QSignalBlocker blocker(c.combo);
        c.combo->clear();
        c.combo->addItem(c.all, QString());
        for (const QString &value : values) {
            QString text = value;
            if (c.column == RepositoryTableModel::VerdictColumn)
                text = value == u"finished"_s ? tr("finished") : tr("not finished");
            c.combo->addItem(text, value);
        }
        c.combo->setCurrentIndex(std::max(0, c.combo->findData(current)));
    }
    // A choice that no row has any more falls back to "All", and so does its filter.
    m_proxy->setStatusFilter(m_status->currentData().toString());
    m_proxy->setModelFilter(m_model->currentData().toString());
    m_proxy->setVerdictFilter(m_verdict->currentData().toString());
    m_proxy->setLicenseFilter(m_license->currentData().toString());
}

void RepositoryFilterBar::updateCount()
{
    const int all = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    m_count->setText(tr("%1 of %2 repositories").arg(m_proxy->rowCount()).arg(all));
}

} // namespace wb::ui
