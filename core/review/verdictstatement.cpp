// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/verdictstatement.h"

using namespace Qt::StringLiterals;

namespace wb::review {

QString VerdictStatement::of(const QJsonObject &verdict)
{
    const QString statement = verdict.value(u"faithfulness_accurate_completeness_statement"_s).toString();
    return statement.isEmpty() ? verdict.value(u"summary"_s).toString() : statement;
}

} // namespace wb::review
