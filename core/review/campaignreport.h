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

class BlindView;

/**
 * The paper's Table 1 per campaign, from the store: the judge's success rate, the human criteria
 * (share of human-judged examples whose annotators' majority said yes; a tie counts as no), average
 * runtime and cost of successes and failures, and average rounds of successes. Runtime is the summed
 * duration of an example's executed rounds.
 */
class CampaignReport final
{
public:
    struct Row
    {
        QString campaign;
        QString model;                       ///< the generator, provider/model
        QString protocol;                    ///< the protocol's name (and short hash once the campaign ran)
        QString protocolHash;                ///< empty: the campaign has not run under a recorded protocol
        QStringList departures;              ///< the campaign's settings that differ from its protocol's
        int examples = 0;                    ///< finished examples (success, failed or error)
        int successes = 0;                   ///< the judge found a round finished
        int humanJudged = 0;
        std::optional<double> autoSuccessRate;
        std::optional<double> errorFree;     ///< of human-judged examples
        std::optional<double> showsFunction;
        std::optional<double> correctFunction;
        std::optional<double> runtimeSuccessS;
        std::optional<double> runtimeFailureS;
        /** Mean cost per example; a lower bound ("≥") when some calls had no price, unknown when none had. */
        std::optional<llm::CostTotal> costSuccess;
        std::optional<llm::CostTotal> costFailure;
        std::optional<double> roundsSuccess;
        QList<qint64> exampleIds;            ///< the finished examples counted
        /**
         * Blind mode (hideFrom): the verdict-based figures (auto success, the human criteria, the split
         * into successes and failures) and the model are withheld; the campaign shows under its blind label.
         */
        bool hidden = false;
    };

    /** Reads the store (blocking). Throws wb::Error. */
    static CampaignReport compute(const std::shared_ptr<store::Workspace> &workspace);

    QList<Row> rows;
    /**
     * Why the rows may not be comparable: campaigns under different protocols, or whose settings depart
     * from their protocol in different ways. Empty when all agree.
     */
    QStringList comparabilityWarnings() const;
    /** The same for the campaigns named @p campaigns (e.g. those a comparison view shows). */
    static QStringList comparabilityWarnings(const QList<Row> &campaigns);

    /**
     * Blind mode: withholds the rows of the campaigns in which @p view's annotator has not judged every
     * finished example (a rate sums up verdicts they may not see yet). No-op when blind mode is off.
     */
    void hideFrom(const BlindView &view);
    int hiddenRows() const;

    QString toMarkdown() const;
    QString toCsv() const;
    QJsonObject toJson() const;
};

} // namespace wb::review
