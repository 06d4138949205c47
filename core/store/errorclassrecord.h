// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wb::store {

/**
 * An expert's correction of the error class the judge gave one round (table error_class_corrections).
 * Append-only: the newest correction of a round is its class in the error taxonomy; the judge's class
 * in rounds.error_class is never changed. A plain value type.
 */
struct ErrorClassRecord
{
    qint64 id = 0;
    qint64 roundId = 0;
    QString annotator;
    QString errorClass;                  ///< one of review::ErrorTaxonomy::classes()
    QString reason;
    std::optional<qint64> supersedesId;  ///< the round's previous newest correction, by anyone
    QDateTime createdAt;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::ErrorClassRecord)
