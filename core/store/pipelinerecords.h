// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain row types of the pipeline tables (campaigns, examples, file_classifications, rounds,
// round_logs, artifacts). Value types only; PipelineStore reads and writes them.

#include "llm/costtotal.h"
#include "store/examplestatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wb::store {

struct CampaignRecord
{
    qint64 id = 0;
    QString name;
    QByteArray configJson;
    QString status;          ///< draft | running | paused | finished | cancelled
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
};

struct ExampleRecord
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 repositoryId = 0;
    QString repositoryName;  ///< joined from repositories, for display
    QString commitSha;
    ExampleStatus status = ExampleStatus::Pending;
    QString statusReason;
    QString stage;           ///< summary | classify | select | generate | execute | judge | repair | done
    QByteArray summaryJson;
    QString selectionBlob;
    int roundsExecuted = 0;
    llm::CostTotal cost;     ///< of the example's calls, from the calls themselves
    QDateTime startedAt;
    QDateTime finishedAt;
};

/** A campaign that a resume would continue (PipelineStore::resumableCampaigns()), with its counts. */
struct ResumableCampaign
{
    qint64 id = 0;
    QString name;
    int unfinished = 0;   ///< examples a resume continues (isResumable(): PENDING, RUNNING, PAUSED, CANCELLED)
    int errors = 0;       ///< examples that ended in ERROR (continued only when errors are retried)
};

struct ClassificationRecord
{
    qint64 id = 0;
    qint64 exampleId = 0;
    QString path;
    QByteArray responseJson; ///< the validated file_classification answer; empty when the call failed
    std::optional<int> rating;
    qint64 fileTokens = 0;
    bool truncated = false;
    bool inPrompt = false;
    qint64 llmCallId = 0;
    QString error;
};

struct RoundRecord
{
    qint64 id = 0;
    qint64 exampleId = 0;
    int index = 0;           ///< 1-based
    QString origin;          ///< generated | repaired | human | imported
    QString mainPyBlob;
    QString requirementsBlob;
    QString runShBlob;
    QString metadataBlob;
    bool executed = false;
    QString executor;
    std::optional<int> exitCode;
    std::optional<int> setupExitCode;
    bool timedOut = false;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 durationMs = 0;
    QByteArray verdictJson;
    std::optional<bool> isFinished;
    QString errorClass;
    QByteArray issuesIdentifiedJson;
    QByteArray changesMadeJson;
    llm::CostTotal cost;     ///< of the round's calls
    QString outcome;         ///< execution outcome (completed, timed_out, ...) kept in verdict-free form
    QString outcomeMessage;  ///< the executor's one-line account of the run
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::ExampleRecord)
Q_DECLARE_METATYPE(wb::store::RoundRecord)
