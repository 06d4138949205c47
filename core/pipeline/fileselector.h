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
        bool binary = false;          ///< described, not shown
        qint64 sizeBytes = 0;
        double score = 0;             ///< the static ranking's score
        bool readmeNamed = false;     ///< named by the README (or its summary): always asked
    };

    /** A file as a classification or generation prompt shows it: code and documentation whole, data as a preview. */
    struct ShownContent
    {
        QString text;
        QString note;                 ///< what the prompt says about the file ("python", "data, first lines only")
        llm::ContentKind kind = llm::ContentKind::Code;
    };

    /** How many tokens of a text data file a prompt shows (its first lines). */
    static constexpr qint64 kDataPreviewTokens = 2000;

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

    /**
     * The classified set: the files the README names (statically or in its summary's highly_relevant_files)
     * first, then the static ranking's order down to its threshold (CampaignConfig::classifyMinScore); data
     * files that examples and tests open are in it like code. Its size adapts to the repository (adaptiveSize),
     * within classifyMaxFiles and the token budget. Inventories without scores (before schema 13) keep the
     * former rule: band 2 and above, code, documentation, scripts and notebooks only.
     * @p fileMaxTokens: a file's content in its classification prompt, counted against the token budget.
     */
    static QList<PlannedFile> classificationPlan(const QList<store::FileRecord> &files, const QByteArray &summaryJson,
                                                 const CampaignConfig &config, qint64 fileMaxTokens);
    /** How many files a repository with @p candidates files above the threshold has classified at most. */
    static int adaptiveSize(int candidates);
    /** What a prompt shows of a file of @p category whose bytes are @p raw. */
    static ShownContent shownContent(const QString &path, const QString &category, const QString &language, bool binary,
                                     const QByteArray &raw);

    static Selection select(const QList<store::ClassificationRecord> &classifications, const QList<store::FileRecord> &files,
                            const Rules &rules, const std::function<QByteArray(const QByteArray &rawPath)> &read);

    static qint64 estimateTokens(const QString &text, llm::ContentKind kind = llm::ContentKind::Code);
    /** @p text cut to about @p maxTokens; @p note (optional) describes the cut, empty when none. */
    static QString truncate(const QString &text, qint64 maxTokens, QString *note = nullptr,
                            llm::ContentKind kind = llm::ContentKind::Code);
};

} // namespace wb::pipeline
