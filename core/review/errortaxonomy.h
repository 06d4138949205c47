// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/errorclassrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * The judge's error classes per campaign, with experts' corrections: how many judged rounds fell into
 * each class, and how many final failures (finished examples that did not succeed: FAILED or ERROR) by
 * the class of their last round. A round's class is the newest expert correction when there is one,
 * else the judge's (an empty error_class with a verdict is "none"; a word outside the list is "other").
 * Rounds without a verdict and without a correction are not counted; a final failure whose last round
 * has neither counts as "unjudged". Nothing here changes the judge's verdicts or CampaignReport's
 * figures. Plain values, safe to hand from a worker thread to the GUI.
 */
class ErrorTaxonomy final
{
public:
    struct Campaign
    {
        QString campaign;
        QString model;                       ///< the generator, provider/model
        QHash<QString, int> rounds;          ///< class → judged rounds
        QHash<QString, int> finalFailures;   ///< class (or "unjudged") → final failures
        int corrected = 0;                   ///< rounds whose class is an expert's
        int changed = 0;                     ///< of those, rounds where the expert's class differs from the judge's
        bool hidden = false;                 ///< blind mode: withheld (it sums up verdicts)

        int roundsTotal() const;
        int finalFailuresTotal() const;
    };

    /** The judge's classes, in the schema's order (resources/llm/schemas/judge_verdict.json): none, environment, … */
    static const QStringList &classes();
    /** The bucket of a final failure whose last round was never judged. */
    static QString unjudged();

    /** Reads the store (blocking, the calling thread's connection). Throws wb::Error. */
    static ErrorTaxonomy compute(const std::shared_ptr<store::Workspace> &workspace);

    /**
     * Records an expert's class for a round (append-only; supersedes the round's previous correction).
     * Throws wb::Error (InvalidInput) naming the classes for a class outside classes().
     */
    static store::ErrorClassRecord correct(const std::shared_ptr<store::Workspace> &workspace, const store::ErrorClassRecord &record);

    /** Every correction of round @p roundId, oldest first (the newest is its class). Throws wb::Error. */
    static QList<store::ErrorClassRecord> corrections(const std::shared_ptr<store::Workspace> &workspace, qint64 roundId);

    QList<Campaign> campaigns;               ///< every campaign, in the store's order (as CampaignReport)

    /** Blind mode: withholds the counts of the campaign at @p index and shows it as @p label. */
    void withhold(int index, const QString &label);
    int corrected() const;                   ///< over all campaigns

    QString toMarkdown() const;
    QString toCsv() const;
    /**
     * {"classes": [...] (absent when every campaign is withheld), "corrected": n,
     *  "campaigns": [{campaign, model, hidden, rounds: {class: n}, rounds_total, final_failures: {…}, final_failures_total,
     *  corrected, changed}]}
     */
    QJsonObject toJson() const;
};

} // namespace wb::review
