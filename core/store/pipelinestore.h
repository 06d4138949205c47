// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pipelinerecords.h"
#include "store/repositoryoutcome.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace wb::exec {
struct ExecutionResult;
}

namespace wb::store {

class Workspace;

/**
 * Typed access to the pipeline tables. Each write is one short transaction, so every step of an
 * example is committed before the next starts. Uses the calling thread's connection; throws wb::Error.
 */
class PipelineStore final
{
public:
    explicit PipelineStore(std::shared_ptr<Workspace> workspace);

    // Campaigns
    qint64 createCampaign(const QString &name, const QByteArray &configJson);
    std::optional<CampaignRecord> findCampaign(const QString &nameOrId) const;
    QList<CampaignRecord> campaigns() const;
    /** The campaign @p nameOrId, or every campaign when it is empty. Throws wb::Error (NotFound) for an unknown one. */
    QList<CampaignRecord> campaignsNamed(const QString &nameOrId) const;
    void setCampaignStatus(qint64 campaignId, const QString &status);
    /** Replaces the campaign's configuration (e.g. to record the protocol it resolved to). */
    void setCampaignConfig(qint64 campaignId, const QByteArray &configJson);
    /**
     * Claims @p campaignId for the runner @p runnerId, so that two workbenches never run one campaign
     * at once. A claim whose heartbeat is older than @p staleAfterMs (its machine died) is taken over.
     * Throws wb::Error naming the holder when another runner holds the claim.
     */
    void claimCampaign(qint64 campaignId, const QString &runnerId, qint64 staleAfterMs = 120000);
    /** Keeps the claim fresh; call well within the stale time. */
    void heartbeatCampaign(qint64 campaignId, const QString &runnerId);
    /** Gives the claim up (no-op when @p runnerId does not hold it). */
    void releaseCampaign(qint64 campaignId, const QString &runnerId);

    /**
     * A new campaign with one example per repository of @p repositoryIds (pinned at its current commit),
     * in one transaction: either both are stored or nothing is. Returns the campaign's id.
     */
    qint64 createCampaignWithExamples(const QString &name, const QByteArray &configJson, const QList<qint64> &repositoryIds);
    /**
     * The campaigns a resume would continue under @p errors — those with an example for which
     * isResumable(status, errors) holds — oldest first, in one query. The one definition of "resumable
     * campaign" for the command line and the window.
     */
    QList<ResumableCampaign> resumableCampaigns(ErrorPolicy errors = ErrorPolicy::Keep) const;

    // Examples
    /** Adds the repositories not yet in the campaign (pinned at their current commit); returns all its examples. */
    QList<ExampleRecord> addExamples(qint64 campaignId, const QList<qint64> &repositoryIds);
    QList<ExampleRecord> examples(qint64 campaignId) const;
    /** How many examples each campaign has (campaign id → count; campaigns without examples are absent). */
    QHash<qint64, int> exampleCounts() const;
    /**
     * Removes an example with its rounds, classifications and calls, in one transaction (e.g. what an
     * interrupted import left). Refused by the store when humans judged it.
     */
    void discardExample(qint64 exampleId);
    std::optional<ExampleRecord> example(qint64 exampleId) const;
    void setExampleState(qint64 exampleId, ExampleStatus status, const QString &stage, const QString &reason = {});
    void saveSummary(qint64 exampleId, const QByteArray &summaryJson);
    void saveSelection(qint64 exampleId, const QByteArray &selectionText, const QStringList &pathsInPrompt);
    /** Recomputes the example's cost from its recorded calls and returns it (calls without a price stay unknown). */
    llm::CostTotal refreshCost(qint64 exampleId);
    llm::CostTotal campaignCost(qint64 campaignId) const;
    /** The dearest single call of the campaign whose cost is known; nullopt when none is. */
    std::optional<double> maxCallCost(qint64 campaignId) const;

    // Classifications
    void saveClassification(const ClassificationRecord &record);
    QList<ClassificationRecord> classifications(qint64 exampleId) const;
    /** The newest example of @p repositoryId whose files were classified, if any. */
    std::optional<qint64> latestClassifiedExample(qint64 repositoryId) const;

    // Rounds
    /** A new round with its four artifacts (stored as blobs); returns it. */
    RoundRecord createRound(qint64 exampleId, int index, const QString &origin, const QByteArray &mainPy,
                            const QByteArray &requirementsTxt, const QByteArray &runSh, const QByteArray &metadataJson,
                            const QByteArray &issuesIdentifiedJson = {}, const QByteArray &changesMadeJson = {});
    void markRoundStarted(qint64 roundId, const QString &executor, const QString &roundDir);
    /**
     * Logs, artifacts and exit codes of one execution, and executed = 1, in one transaction. Artifacts of at
     * most DescribeOnSaveBytes are described (artifacts::ArtifactDescriber, no trajectories: they need Python)
     * before the transaction opens; the others keep a NULL description until ArtifactDescriptions asks.
     */
    void saveExecution(qint64 roundId, const exec::ExecutionResult &result);
    static constexpr qint64 DescribeOnSaveBytes = 4LL * 1024 * 1024;
    void saveVerdict(qint64 roundId, const QByteArray &verdictJson, bool isFinished, const QString &errorClass);
    QList<RoundRecord> rounds(qint64 exampleId) const;
    std::optional<RoundRecord> round(qint64 exampleId, int index) const;
    /** The highest round index of the example, 0 when it has none. */
    int lastRoundIndex(qint64 exampleId) const;

    struct LogRow
    {
        int seq = 0;
        QString phase;
        QString stream;
        qint64 atMs = 0;
        QString line;
    };
    QList<LogRow> logs(qint64 roundId) const;

    struct ArtifactRow
    {
        QString name;
        qint64 sizeBytes = 0;
        QString blobSha;   ///< empty: content not kept
        QByteArray description;   ///< compact JSON (artifacts::ArtifactDescriber); empty: not described yet
    };
    QList<ArtifactRow> artifacts(qint64 roundId) const;
    /** Stores @p descriptionJson as what artifact @p name of round @p roundId holds. */
    void setArtifactDescription(qint64 roundId, const QString &name, const QByteArray &descriptionJson);

    /** The content of a blob-referenced artifact or round file; empty when absent. */
    QByteArray blob(const QString &sha) const;

    // Overview
    /**
     * One outcome per repository that is in any campaign: its example in the newest such campaign,
     * with the newest judged round's verdict, the round count and the summed call cost. One query.
     */
    QList<RepositoryOutcome> latestOutcomes() const;

private:
    std::shared_ptr<Workspace> m_workspace;
};

} // namespace wb::store
