// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wb::store {

/**
 * One human judgement of an example (or of one of its rounds): the paper's three criteria, a decision
 * and notes. Judgements are append-only; a new one by the same annotator supersedes the previous one.
 * A plain value type.
 */
struct JudgementRecord
{
    qint64 id = 0;
    qint64 exampleId = 0;
    std::optional<qint64> roundId;       ///< empty: the example as a whole
    QString annotator;
    QString ranWithoutError;             ///< yes | no | unsure | "" (not answered)
    QString showsFunction;
    QString functionCorrect;
    QString decision;                    ///< accept | reject | needs_work | ""
    QString notes;
    std::optional<int> secondsSpent;
    bool blind = false;
    std::optional<qint64> supersedesId;
    QDateTime createdAt;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::JudgementRecord)
