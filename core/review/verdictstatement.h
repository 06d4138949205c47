// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace wb::review {

/**
 * The judge's short statement of a verdict: CodeDistiller's faithfulness_accurate_completeness_statement,
 * or the "summary" that verdicts recorded before the method's key name carry.
 */
class VerdictStatement final
{
public:
    static QString of(const QJsonObject &verdict);
};

} // namespace wb::review
