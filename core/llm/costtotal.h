// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wb::llm {

/**
 * The cost of a set of model calls when some prices may be unknown (a self-hosted or new model, a
 * call without usage): the sum of the calls whose cost is known, how many those are, and how many
 * are not. Unknown stays unknown — it is never counted as $0. A total with no unpriced call is
 * complete; one with unpriced calls only is unknown ("—"); a mix is a lower bound ("≥ $x").
 * A plain value type.
 */
class CostTotal final
{
public:
    CostTotal() = default;
    /** A total of @p pricedCalls calls summing to @p knownUsd and @p unpricedCalls calls of unknown cost. */
    static CostTotal of(double knownUsd, qint64 pricedCalls, qint64 unpricedCalls);

    /** Adds one call: its cost, or nullopt when unknown. */
    void add(std::optional<double> costUsd);
    CostTotal &operator+=(const CostTotal &other);

    double knownUsd() const { return m_knownUsd; }
    qint64 pricedCalls() const { return m_priced; }
    qint64 unpricedCalls() const { return m_unpriced; }
    /** No call of unknown cost (also true for no call at all: $0). */
    bool isComplete() const { return m_unpriced == 0; }
    /** Calls, none of them priced: nothing is known. */
    bool isUnknown() const { return m_unpriced > 0 && m_priced == 0; }
    /** The total when complete, else nullopt. */
    std::optional<double> value() const;
    /** The known sum, or nullopt when nothing is known (isUnknown()); a lower bound unless complete. */
    std::optional<double> knownValue() const;

    /** The mean over @p items things (e.g. examples): the sums divided, the counts kept. */
    CostTotal averagedOver(qsizetype items) const;

    /** "$0.1234", "≥ $0.1234" when partly unknown, "—" when unknown. */
    QString toString(int decimals = 4) const;
    /** The same without the currency, for columns headed "$": "0.1234", "≥ 0.1234", "—". */
    QString toNumber(int decimals = 4) const;
    /**
     * Writes `<name>_usd` (the known sum, null when unknown), `<name>_complete` and
     * `<name>_unpriced_calls` into @p object (e.g. name "cost": cost_usd, cost_complete, cost_unpriced_calls).
     */
    void writeJson(QJsonObject &object, const QString &name = QStringLiteral("cost")) const;

    bool operator==(const CostTotal &) const = default;

private:
    double m_knownUsd = 0;
    qint64 m_priced = 0;
    qint64 m_unpriced = 0;
};

} // namespace wb::llm

Q_DECLARE_METATYPE(wb::llm::CostTotal)
