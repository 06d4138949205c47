// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/agreementstatistics.h"
#include "store/pipelinerecords.h"

#include <QHash>

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * Agreement per campaign and criterion: Cohen's κ between the LLM judge and each annotator and between
 * annotator pairs (with confusion matrices), and Fleiss' κ / Krippendorff's α over all annotators.
 *
 * The judge answers the human criteria through its verdict on the example's last judged round:
 * ran without error = the round ran to exit code 0 and the judge saw no error (error_class "none");
 * shows the function = is_faithful and is_complete; function correct = is_accurate and is_finished;
 * decision = accept when is_finished, else reject. Humans' "unsure" is a category of its own.
 */
class AgreementReport final
{
public:
    struct Pair
    {
        QString campaign;
        QString criterion;
        QString raterA;          ///< "judge" or an annotator
        QString raterB;
        AgreementStatistics::Pairwise result;
    };
    struct Group
    {
        QString campaign;
        QString criterion;
        AgreementStatistics::Multi fleiss;
        AgreementStatistics::Multi krippendorff;
    };

    static const QStringList &criteria();   ///< ran_without_error, shows_function, function_correct, decision
    static constexpr auto JudgeRater = "judge";

    /** The judge's answers (criterion → yes/no, decision → accept/reject) from the newest judged pipeline round (expert rounds are skipped); empty when never judged. */
    static QHash<QString, QString> judgeAnswers(const QList<store::RoundRecord> &rounds);

    /**
     * Reads the store (blocking); @p campaign empty: every campaign. @p onlyExamples: count only these
     * examples (blind mode: those the reader has judged); nullopt: all. Throws wb::Error.
     */
    static AgreementReport compute(const std::shared_ptr<store::Workspace> &workspace, const QString &campaign = {},
                                   const std::optional<QSet<qint64>> &onlyExamples = std::nullopt);

    QList<Pair> pairs;
    QList<Group> groups;         ///< only where at least two annotators judged

    /**
     * The pairs pooled over campaigns (campaign empty): per criterion and pair of raters, the confusion
     * matrices of every campaign summed and Cohen's κ of the sum, i.e. κ over all their items together.
     */
    QList<Pair> pooledPairs() const;

    QJsonObject toJson() const;
};

} // namespace wb::review
