// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace wb::ui {

/**
 * Sorts and filters a RepositoryTableModel: a case-insensitive text search over name, licence, commit,
 * model and status, exact matches on status, model, verdict and licence (empty: any), and ranges on
 * rounds and cost. Rows without an outcome fail every outcome criterion. Compares the source's
 * FilterRole values, so a check is a few look-ups per row.
 */
class RepositoryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoryFilterProxy)

public:
    explicit RepositoryFilterProxy(QObject *parent = nullptr);

    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_status; }
    void setModelFilter(const QString &model);
    QString modelFilter() const { return m_model; }
    /** "finished" or "not finished" (RepositoryTableModel::verdictText); empty: any. */
    void setVerdictFilter(const QString &verdict);
    QString verdictFilter() const { return m_verdict; }
    /** An SPDX id as stored; empty: any. */
    void setLicenseFilter(const QString &license);
    QString licenseFilter() const { return m_license; }
    void setMinRounds(std::optional<int> rounds);
    void setMaxRounds(std::optional<int> rounds);
    void setMaxCost(std::optional<double> costUsd);
    /** Resets every criterion at once (one re-filter). */
    void clearFilters();
    /** True when any criterion is set. */
    bool isFiltering() const;

    /** The distinct non-empty filter values of @p column over all source rows, sorted; for combo boxes. */
    QStringList distinctValues(int column) const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_text;
    QString m_status;
    QString m_model;
    QString m_verdict;
    QString m_license;
    std::optional<int> m_minRounds;
    std::optional<int> m_maxRounds;
    std::optional<double> m_maxCost;
};

} // namespace wb::ui
