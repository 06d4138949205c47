// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/criterion.h"
#include "store/decision.h"

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
    std::optional<CriterionAnswer> ranWithoutError;   ///< empty: not answered
    std::optional<CriterionAnswer> showsFunction;
    std::optional<CriterionAnswer> functionCorrect;
    std::optional<Decision> decision;                 ///< empty: no decision
    QString notes;
    std::optional<int> secondsSpent;
    bool blind = false;
    std::optional<qint64> supersedesId;
    QDateTime createdAt;

    /** The answer to @p criterion. */
    std::optional<CriterionAnswer> answer(Criterion criterion) const
    {
        switch (criterion) {
        case Criterion::RanWithoutError: return ranWithoutError;
        case Criterion::ShowsFunction: return showsFunction;
        case Criterion::FunctionCorrect: return functionCorrect;
        }
        return std::nullopt;
    }
    /** Its stored word ("yes", "no", "unsure"), or "" when not answered. */
    QString answerText(Criterion criterion) const
    {
        const auto a = answer(criterion);
        return a ? criterionAnswerToString(*a) : QString();
    }
    /** The decision's stored word ("accept", "reject", "needs_work"), or "" when there is none. */
    QString decisionText() const { return decision ? decisionToString(*decision) : QString(); }
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::JudgementRecord)
