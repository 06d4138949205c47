// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/costtotal.h"
#include "store/examplestatus.h"

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
 * The repository × campaign matrix (a campaign is one model configuration): per repository and
 * campaign the example's status, rounds and cost, the LLM judge's verdict, the human decision and
 * whether the two agree.
 *
 * - Judge: finished or not, from the newest judged pipeline round (AgreementReport::judgeAnswers).
 * - Human: the majority of the annotators' current decisions (a tie is "split", no decision); a gold
 *   decision (table adjudications, criterion "decision", the newest row of the example) overrides it.
 * - Agreement: judge finished ⇔ human accept; unknown when either side is missing or hidden.
 *
 * Blind mode (BlindReview): a cell the annotator may not see yet (BlindReview::revealed is false)
 * carries neither the judge's verdict (its status shows "finished" for SUCCESS and FAILED) nor the
 * others' decisions; column labels never carry the model
 * then, and a campaign name that mentions the model, its family or provider becomes "Campaign N".
 *
 * Rounds are the pipeline's rounds (experts' fix rounds are not counted); cost is the example's
 * recorded cost. Computed with a fixed handful of queries whatever the number of repositories.
 */
class CampaignMatrix final
{
public:
    enum class Judge { None, Finished, NotFinished, Hidden };

    struct Cell
    {
        qint64 exampleId = 0;
        store::ExampleStatus status = store::ExampleStatus::Pending;
        int rounds = 0;
        llm::CostTotal cost;            ///< of the example's calls (unknown prices stay unknown)
        Judge judge = Judge::None;
        QString human;                  ///< accept | reject | needs_work | "" (none, split or hidden)
        bool humanHidden = false;       ///< blind mode: others' decisions not shown yet
        bool gold = false;              ///< human is the adjudicated gold decision
        bool split = false;             ///< the annotators are tied (no majority, no gold)
        int annotators = 0;             ///< annotators with a current decision
        int majorityVotes = 0;          ///< of them, for the majority decision
        std::optional<bool> agrees;     ///< judge finished ⇔ human accept; nullopt: unknown

        bool disagrees() const { return agrees.has_value() && !*agrees; }
    };

    struct Column
    {
        qint64 campaignId = 0;
        QString name;                   ///< the campaign's name (not hidden: see label)
        QString model;                  ///< provider/model of the generator; empty in blind mode
        QString label;                  ///< what to show: the name, or "Campaign N" in blind mode
        QString protocol;               ///< the protocol it ran under (name and short hash)
    };

    struct Row
    {
        qint64 repositoryId = 0;
        QString repository;
        QList<std::optional<Cell>> cells;   ///< one per column; empty: no example in that campaign

        bool hasDisagreement() const;
    };

    /**
     * Reads the store (blocking, the calling thread's connection). @p campaigns: names or ids, empty for
     * every campaign, in campaign order. @p annotator: whose blind-mode view to compute. Throws wb::Error
     * (NotFound for an unknown campaign).
     */
    /** Why the columns may not be comparable (different protocols); empty when they agree. */
    QStringList protocolWarnings() const;
    static CampaignMatrix compute(const std::shared_ptr<store::Workspace> &workspace, const QStringList &campaigns = {},
                                  const QString &annotator = {});

    /** "provider/model" of a campaign configuration's generator; empty when it names none. */
    static QString generatorModel(const QByteArray &configJson);
    /**
     * The label of a campaign in blind mode: @p name unless it mentions @p model (its id, last path part
     * or family, i.e. the first word) or provider, compared without case and punctuation; else "Campaign @p position".
     */
    static QString blindLabel(const QString &name, const QString &model, int position);

    bool blind = false;
    QList<Column> columns;
    QList<Row> rows;                    ///< sorted by repository name, ignoring case

    int disagreements() const;
    QJsonObject toJson() const;
};

} // namespace wb::review
