// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/decision.h"

using namespace Qt::StringLiterals;

namespace wb::store {

QString decisionToString(Decision decision)
{
    switch (decision) {
    case Decision::Accept:
        return u"accept"_s;
    case Decision::Reject:
        return u"reject"_s;
    case Decision::NeedsWork:
        return u"needs_work"_s;
    }
    return {};
}

std::optional<Decision> decisionFromString(QStringView text)
{
    for (Decision d : allDecisions())
        if (text == decisionToString(d))
            return d;
    return std::nullopt;
}

QList<Decision> allDecisions()
{
    return {Decision::Accept, Decision::Reject, Decision::NeedsWork};
}

QStringList decisionWords()
{
    QStringList words;
    for (Decision d : allDecisions())
        words << decisionToString(d);
    return words;
}

bool isAccepted(QStringView text)
{
    return decisionFromString(text) == Decision::Accept;
}

bool isRefused(QStringView text)
{
    const std::optional<Decision> d = decisionFromString(text);
    return d && *d != Decision::Accept;
}

} // namespace wb::store
