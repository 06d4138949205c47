// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wb::store {

/**
 * An adjudicator's gold value for one criterion of an example, with the rationale. Append-only: the
 * newest record per example and criterion is the gold one. A plain value type.
 */
struct AdjudicationRecord
{
    qint64 id = 0;
    qint64 exampleId = 0;
    QString criterion;       ///< ran_without_error | shows_function | function_correct | decision
    QString value;           ///< yes | no for the criteria; accept | reject | needs_work for the decision
    QString adjudicator;
    QString reason;
    QDateTime createdAt;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::AdjudicationRecord)
