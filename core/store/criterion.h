// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace wb::store {

/**
 * One of the paper's three questions asked about an example (judgements.ran_without_error,
 * shows_function, function_correct; the criterion of an adjudication). Stored as its column name.
 */
enum class Criterion {
    RanWithoutError,   ///< "ran_without_error"
    ShowsFunction,     ///< "shows_function"
    FunctionCorrect,   ///< "function_correct"
};

/** An answer to a Criterion. Stored as its lower-case word; an empty text is "not answered". */
enum class CriterionAnswer {
    Yes,      ///< "yes"
    No,       ///< "no"
    Unsure,   ///< "unsure": allowed in a judgement, not as a gold value (isGoldAnswer())
};

/** The stored name: "ran_without_error", "shows_function", "function_correct". */
QString criterionToString(Criterion criterion);
/** The criterion named @p text (exactly as criterionToString() gives it), or nothing. */
std::optional<Criterion> criterionFromString(QStringView text);
/** Every criterion, in the order of the enum (the order of the paper and of every table). */
QList<Criterion> allCriteria();
/** The stored names of allCriteria(), in that order. */
QStringList criterionNames();

/** The stored word: "yes", "no", "unsure". */
QString criterionAnswerToString(CriterionAnswer answer);
/** The answer named @p text (exactly as criterionAnswerToString() gives it), or nothing. */
std::optional<CriterionAnswer> criterionAnswerFromString(QStringView text);
/** Every answer, in the order of the enum. */
QList<CriterionAnswer> allCriterionAnswers();
/** The stored words of allCriterionAnswers(), in that order. */
QStringList criterionAnswerWords();
/** Yes or No: an answer that settles the question (a gold value); Unsure does not. */
bool isGoldAnswer(CriterionAnswer answer);

} // namespace wb::store
