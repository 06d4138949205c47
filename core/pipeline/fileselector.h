// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
 * long files truncated with a marker). Tokens are estimated as characters / 4.
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
    };

    static QList<PlannedFile> classificationPlan(const QList<store::FileRecord> &files, const QByteArray &summaryJson,
                                                 const CampaignConfig &config);

    static Selection select(const QList<store::ClassificationRecord> &classifications, const QList<store::FileRecord> &files,
                            const CampaignConfig &config, const std::function<QByteArray(const QByteArray &rawPath)> &read);

    static qint64 estimateTokens(const QString &text);
    /** @p text cut to about @p maxTokens; @p note (optional) describes the cut, empty when none. */
    static QString truncate(const QString &text, qint64 maxTokens, QString *note = nullptr);
};

} // namespace wb::pipeline
