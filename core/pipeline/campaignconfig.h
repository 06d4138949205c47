// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executionlimits.h"

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
    exec::ExecutionLimits limits;
    int maxRounds = 8;
    int classifyMaxFiles = 40;
    qint64 classifyTokenBudget = 400000;
    qint64 fileTokenCap = 50000;
    qint64 selectionTokenBudget = 100000;
    int minRating = 3;
    int maxTokens = 32000;
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
    /** Throws wb::Error (InvalidInput) on malformed JSON; missing keys keep their defaults. */
    static CampaignConfig fromJson(const QByteArray &json);
};

} // namespace wb::pipeline
