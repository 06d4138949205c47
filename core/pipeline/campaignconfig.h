// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionlimits.h"
#include "exec/roundretention.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace wb::pipeline {

/** One model endpoint of a campaign. */
struct ModelChoice
{
    QString provider;
    QString model;
    QString baseUrl;   ///< empty: the provider's environment variable or default
};

/** Everything a campaign runs with; stored as campaigns.config_json. */
struct CampaignConfig
{
    ModelChoice generator;          ///< summary, generation, repair
    ModelChoice classifier;         ///< per-file classification (the fast model)
    ModelChoice judge;
    QString executor = QStringLiteral("auto");
    /** Overrides of the workspace's executor site settings for this campaign (e.g. slurm.partition). */
    QMap<QString, QString> executorOptions;
    QString pythonPath;
    /** What becomes of a round's directory once its results are saved ("round_retention"; default remove). */
    exec::RoundRetention roundRetention = exec::RoundRetention::Remove;
    exec::ExecutionLimits limits;   ///< the wall limit defaults to the protocol's (45 minutes)
    int maxRounds = 8;              ///< the protocol's by default
    /**
     * The protocol (prompts, model settings, budgets; see Protocol) by name, and — once the campaign has
     * run — the hash of the snapshot it resolved to, which the workspace keeps as a blob.
     */
    QString protocol = QStringLiteral("codedistiller-2025");   ///< empty: a campaign from before protocols were recorded
    QString protocolHash;
    int classifyMaxFiles = 60;      ///< the workbench's classified set at most (static ranking order), not the method's
    /** Files the static ranking scores below this are not asked about (the heatmap shows them "not asked"). */
    double classifyMinScore = 1.2;
    qint64 classifyTokenBudget = 400000;
    int concurrency = 4;            ///< examples in flight
    int executionConcurrency = 2;   ///< rounds executing at once
    std::optional<double> budgetUsd;
    QString replayCassette;         ///< non-empty: answer every model call from these recorded responses only
    /**
     * "standard": one call per file classification; "economy": the classifications of the whole campaign go
     * to the provider as one batch (OpenAI Batch, Anthropic Message Batches) at the batch price, answered
     * within the provider's window (24 h). Providers without a batch API classify as in standard mode.
     */
    QString classificationMode = QStringLiteral("standard");

    QByteArray toJson() const;
    /** Settings that differ from @p maxRounds / @p wallMinutes of the campaign's protocol, e.g. "max_rounds 3 (protocol 8)". */
    QStringList departuresFrom(int maxRounds, int wallMinutes) const;
    /** Throws wb::Error (InvalidInput) on malformed JSON; missing keys keep their defaults. */
    static CampaignConfig fromJson(const QByteArray &json);
};

} // namespace wb::pipeline
