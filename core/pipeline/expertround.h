// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pipelinerecords.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::pipeline {

/** The four files of an example as an expert edited them. */
struct ExampleFiles
{
    QByteArray mainPy;
    QByteArray requirementsTxt;
    QByteArray runSh;
    QByteArray metadataJson;
};

/**
 * An expert's fix of an example: the edited files become a new round with origin "human", after the
 * example's last round, which then runs through the campaign's executor (and the judge, if asked) like
 * any other round. Expert rounds never change the example's pipeline status (the paper's automatic
 * outcome); they are rounds in its timeline, diffed and exported like the others, and the newest
 * round is what the vetted library exports.
 */
class ExpertRound final
{
public:
    /**
     * Stores @p files as a new human round of @p exampleId by @p annotator. Throws wb::Error
     * (InvalidInput) when the example is still running or queued in its campaign, when main.py or
     * run.sh is empty, when metadata.json is not a JSON object or when the annotator is empty; nothing
     * is written then.
     */
    static store::RoundRecord create(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId,
                                     const ExampleFiles &files, const QString &annotator, const QString &note = {});

    /** The files of @p round, read from the blob store. */
    static ExampleFiles files(const std::shared_ptr<store::Workspace> &workspace, const store::RoundRecord &round);

    /** Reads main.py, requirements.txt, run.sh and metadata.json from @p directory. Throws wb::Error. */
    static ExampleFiles readDirectory(const QString &directory);
};

} // namespace wb::pipeline
