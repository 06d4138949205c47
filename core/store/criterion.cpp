// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/criterion.h"

using namespace Qt::StringLiterals;

namespace wb::store {

QString criterionToString(Criterion criterion)
{
    switch (criterion) {
    case Criterion::RanWithoutError:
        return u"ran_without_error"_s;
    case Criterion::ShowsFunction:
        return u"shows_function"_s;
    case Criterion::FunctionCorrect:
        return u"function_correct"_s;
    }
    return {};
}

std::optional<Criterion> criterionFromString(QStringView text)
{
    for (Criterion c : allCriteria())
        if (text == criterionToString(c))
            return c;
    return std::nullopt;
}

QList<Criterion> allCriteria()
{
    return {Criterion::RanWithoutError, Criterion::ShowsFunction, Criterion::FunctionCorrect};
}

QStringList criterionNames()
{
    QStringList names;
    for (Criterion c : allCriteria())
        names << criterionToString(c);
    return names;
}

QString criterionAnswerToString(CriterionAnswer answer)
{
    switch (answer) {
    case CriterionAnswer::Yes:
        return u"yes"_s;
    case CriterionAnswer::No:
        return u"no"_s;
    case CriterionAnswer::Unsure:
        return u"unsure"_s;
    }
    return {};
}

std::optional<CriterionAnswer> criterionAnswerFromString(QStringView text)
{
    for (CriterionAnswer a : allCriterionAnswers())
        if (text == criterionAnswerToString(a))
            return a;
    return std::nullopt;
}

QList<CriterionAnswer> allCriterionAnswers()
{
    return {CriterionAnswer::Yes, CriterionAnswer::No, CriterionAnswer::Unsure};
}

QStringList criterionAnswerWords()
{
    QStringList words;
    for (CriterionAnswer a : allCriterionAnswers())
        words << criterionAnswerToString(a);
    return words;
}

bool isGoldAnswer(CriterionAnswer answer)
{
    return answer == CriterionAnswer::Yes || answer == CriterionAnswer::No;
}

} // namespace wb::store
