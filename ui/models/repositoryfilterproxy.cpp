// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/repositoryfilterproxy.h"

#include "models/repositorytablemodel.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace wb::ui {

RepositoryFilterProxy::RepositoryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RepositoryTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RepositoryFilterProxy::refilter()
{
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void RepositoryFilterProxy::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void RepositoryFilterProxy::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void RepositoryFilterProxy::setModelFilter(const QString &model)
{
    if (model == m_model)
        return;
    m_model = model;
    refilter();
}

void RepositoryFilterProxy::setVerdictFilter(const QString &verdict)
{
    if (verdict == m_verdict)
        return;
    m_verdict = verdict;
    refilter();
}

void RepositoryFilterProxy::setLicenseFilter(const QString &license)
{
    if (license == m_license)
        return;
    m_license = license;
    refilter();
}

void RepositoryFilterProxy::setMinRounds(std::optional<int> rounds)
{
    if (rounds == m_minRounds)
        return;
    m_minRounds = rounds;
    refilter();
}

void RepositoryFilterProxy::setMaxRounds(std::optional<int> rounds)
{
    if (rounds == m_maxRounds)
        return;
    m_maxRounds = rounds;
    refilter();
}

void RepositoryFilterProxy::setMaxCost(std::optional<double> costUsd)
{
    if (costUsd == m_maxCost)
        return;
    m_maxCost = costUsd;
    refilter();
}

void RepositoryFilterProxy::clearFilters()
{
    if (!isFiltering())
        return;
    m_text.clear();
    m_status.clear();
    m_model.clear();
    m_verdict.clear();
    m_license.clear();
    m_minRounds.reset();
    m_maxRounds.reset();
    m_maxCost.reset();
    refilter();
}

bool RepositoryFilterProxy::isFiltering() const
{
    return !m_text.isEmpty() || !m_status.isEmpty() || !m_model.isEmpty() || !m_verdict.isEmpty() || !m_license.isEmpty()
           || m_minRounds || m_maxRounds || m_maxCost;
}

QStringList RepositoryFilterProxy::distinctValues(int column) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return {};
    QSet<QString> seen;
    const int rows = source->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QString value = source->index(row, column).data(RepositoryTableModel::FilterRole).toString();
        if (!value.isEmpty())
            seen.insert(value);
    }
    QStringList out(seen.cbegin(), seen.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

bool RepositoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    auto value = [&](int column) { return source->index(sourceRow, column, sourceParent).data(RepositoryTableModel::FilterRole); };
    using M = RepositoryTableModel;
    const std::pair<const QString &, int> exact[] = {
        {m_status, M::StatusColumn}, {m_model, M::ModelColumn}, {m_verdict, M::VerdictColumn}, {m_license, M::LicenseColumn}};
    for (const auto &[wanted, column] : exact)
        if (!wanted.isEmpty() && value(column).toString() != wanted)
            return false;
    if (m_minRounds || m_maxRounds) {
        const QVariant rounds = value(M::RoundsColumn);
        if (rounds.typeId() != QMetaType::Int)
            return false;   // no outcome
        if ((m_minRounds && rounds.toInt() < *m_minRounds) || (m_maxRounds && rounds.toInt() > *m_maxRounds))
            return false;
    }
    if (m_maxCost) {
        const QVariant cost = value(M::CostColumn);
        if (cost.typeId() != QMetaType::Double || cost.toDouble() > *m_maxCost)
            return false;
    }
    if (!m_text.isEmpty()) {
        for (const int column : {M::NameColumn, M::LicenseColumn, M::CommitColumn, M::ModelColumn, M::StatusColumn})
            if (value(column).toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        return false;
    }
    return true;
}

} // namespace wb::ui
