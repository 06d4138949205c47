// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
        std::optional<double> costSuccessUsd;
        std::optional<double> costFailureUsd;
        std::optional<double> roundsSuccess;
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

    QString toMarkdown() const;
    QString toCsv() const;
    QJsonObject toJson() const;
};

} // namespace wb::review
