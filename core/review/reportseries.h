// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/costtotal.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * The data behind the report's charts, per campaign, from the store: one point per finished example
 * (cost, runtime, executed rounds, the judge's success, the annotators' majority on "function is
 * correct") and a histogram of executed rounds split into successes and failures. The population and
 * rules are CampaignReport's: finished = SUCCESS, FAILED or ERROR; success = SUCCESS (the judge found a
 * round finished); runtime = the summed duration of the example's executed rounds. Plain values, safe
 * to hand from a worker thread to the GUI.
 */
class ReportSeries final
{
public:
    /** The annotators' verdict on one criterion of one example. */
    enum class Majority {
        None,     ///< nobody answered
        Yes,      ///< more yes than all other answers together
        No,       ///< more no than all other answers together
        Unsure,   ///< neither: unsure won, or a tie (CampaignReport counts it as not yes)
    };

    struct Point
    {
        qint64 exampleId = 0;
        QString repository;
        llm::CostTotal cost;         ///< of the example's calls (unknown prices stay unknown)
        double runtimeS = 0;
        int rounds = 0;              ///< executed rounds
        bool judgeSuccess = false;
        Majority correct = Majority::None;
        int annotators = 0;          ///< current whole-example judgements
    };

    struct Campaign
    {
        QString campaign;
        QString model;               ///< the generator, provider/model
        QList<Point> points;         ///< the finished examples, in example order
        /** [r - 1]: examples that finished after r executed rounds, r = 1 .. the report's maxRounds. */
        QList<int> roundsSuccess;
        QList<int> roundsFailure;
        int withoutRounds = 0;       ///< finished examples that executed no round (not in the histogram)

        int humanJudged() const;     ///< points with a majority other than None
        int correct() const;         ///< points whose majority is Yes
        /** Share of human-judged examples with a Yes majority (CampaignReport's "correct function"). */
        std::optional<double> shareCorrect() const;
        /**
         * Mean cost of the human-judged examples, the x of the campaign's point in the scatter; nullopt
         * when none is judged or the cost of one of them is not fully known.
         */
        std::optional<double> meanCostJudgedUsd() const;
    };

    /** The majority of @p labels ("yes", "no", "unsure"; empty strings are no answer). */
    static Majority majority(const QStringList &labels);
    static QString majorityName(Majority majority);   ///< none, yes, no, unsure

    /** Reads the store (blocking, the calling thread's connection). Throws wb::Error. */
    static ReportSeries compute(const std::shared_ptr<store::Workspace> &workspace);

    QList<Campaign> campaigns;       ///< every campaign, in the store's order (as CampaignReport)
    int maxRounds = 0;               ///< the most rounds any finished example executed: the histograms' length

    /** {"max_rounds", "campaigns": [{campaign, model, rounds: {successes, failures}, examples: [...]}]} */
    QJsonObject toJson() const;
};

} // namespace wb::review
