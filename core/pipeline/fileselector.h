// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/tokenestimator.h"
#include "pipeline/campaignconfig.h"
#include "store/filerecord.h"
#include "store/pipelinerecords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace wb::pipeline {

/**
 * The file choices of the pipeline, as pure functions: which files get classified (static prior
 * order, README-named files first, code/docs/scripts/notebooks only, count and token budget), and
 * which rated files go into the generation prompt (rating ≥ the minimum, highest first, token budget,
 * long files truncated with a marker). Tokens are estimated per content kind (llm::TokenEstimator).
 */
class FileSelector final
{
public:
    struct PlannedFile
    {
        QString path;
        QByteArray rawPath;
        QString category;
        QString language;
    };

    struct Selection
    {
        QString text;          ///< exactly what goes into the prompt
        QStringList paths;     ///< files in it
        qint64 tokens = 0;     ///< estimated size of text
    };

    /** The rules of CodeDistiller's selection (the protocol's). */
    struct Rules
    {
        int minRating = 3;
        qint64 tokenBudget = 100000;
        qint64 truncateWhenAtLeast = 10000;   ///< a file that does not fit is cut when this much budget is left
    };

    /** @p fileMaxTokens: a file's content in its classification prompt, counted against the token budget. */
    static QList<PlannedFile> classificationPlan(const QList<store::FileRecord> &files, const QByteArray &summaryJson,
                                                 const CampaignConfig &config, qint64 fileMaxTokens);

    static Selection select(const QList<store::ClassificationRecord> &classifications, const QList<store::FileRecord> &files,
                            const Rules &rules, const std::function<QByteArray(const QByteArray &rawPath)> &read);

    static qint64 estimateTokens(const QString &text, llm::ContentKind kind = llm::ContentKind::Code);
    /** @p text cut to about @p maxTokens; @p note (optional) describes the cut, empty when none. */
    static QString truncate(const QString &text, qint64 maxTokens, QString *note = nullptr,
                            llm::ContentKind kind = llm::ContentKind::Code);
};

} // namespace wb::pipeline
