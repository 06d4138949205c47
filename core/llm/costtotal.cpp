// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/costtotal.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace wb::llm {

CostTotal CostTotal::of(double knownUsd, qint64 pricedCalls, qint64 unpricedCalls)
{
    CostTotal t;
    t.m_knownUsd = knownUsd;
    t.m_priced = pricedCalls;
    t.m_unpriced = unpricedCalls;
    return t;
}

void CostTotal::add(std::optional<double> costUsd)
{
    if (costUsd) {
        m_knownUsd += *costUsd;
        ++m_priced;
    } else {
        ++m_unpriced;
    }
}

CostTotal &CostTotal::operator+=(const CostTotal &other)
{
    m_knownUsd += other.m_knownUsd;
    m_priced += other.m_priced;
    m_unpriced += other.m_unpriced;
    return *this;
}

std::optional<double> CostTotal::value() const
{
    return isComplete() ? std::optional<double>(m_knownUsd) : std::nullopt;
}

std::optional<double> CostTotal::knownValue() const
{
    return isUnknown() ? std::nullopt : std::optional<double>(m_knownUsd);
}

CostTotal CostTotal::averagedOver(qsizetype items) const
{
    CostTotal t = *this;
    if (items > 0)
        t.m_knownUsd /= double(items);
    return t;
}

QString CostTotal::toString(int decimals) const
{
    if (isUnknown())
        return u"—"_s;
    const QString amount = u"$"_s + QString::number(m_knownUsd, 'f', decimals);
    return isComplete() ? amount : u"≥ "_s + amount;
}

QString CostTotal::toNumber(int decimals) const
{
    if (isUnknown())
        return u"—"_s;
    const QString amount = QString::number(m_knownUsd, 'f', decimals);
    return isComplete() ? amount : u"≥ "_s + amount;
}

void CostTotal::writeJson(QJsonObject &object, const QString &name) const
{
    object.insert(name + u"_usd"_s, isUnknown() ? QJsonValue() : QJsonValue(m_knownUsd));
    object.insert(name + u"_complete"_s, isComplete());
    object.insert(name + u"_unpriced_calls"_s, m_unpriced);
}

} // namespace wb::llm
