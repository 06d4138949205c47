// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/judgementrecord.h"
#include "store/pipelinerecords.h"
#include "store/repositoryrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace wb::exchange {

/** One example chosen for export, with everything the formats write. A plain value type. */
struct VettedExample
{
    store::RepositoryRecord repository;
    store::CampaignRecord campaign;
    store::ExampleRecord example;
    store::RoundRecord round;          ///< the final (judged finished) round
    QString mainPy;
    QString requirementsTxt;
    QString runSh;
    QJsonObject metadata;
    QJsonObject verdict;
    QList<store::JudgementRecord> judgements;   ///< the annotators' current judgements
    QString licenseOverrideReason;     ///< set when the licence gate was overridden for it

    /** A file that travels with the example, by its path relative to where it goes. */
    struct File
    {
        QString path;
        QByteArray content;
    };
    /** What the final round saved in to_save/ (paths relative to to_save/), as far as it was kept. */
    QList<File> expectedOutput;
    /** to_save/ files the round produced whose content was not kept (too large), or not shipped; with why. */
    QStringList expectedOutputLeftOut;
    /** The repository's licence file at the commit (path as in the repository); empty when none could be read. */
    File licenseFile;
    /** The repository's NOTICE file at the commit (Apache-2.0 asks that it travels with the work), if any. */
    File noticeFile;

    /** Every round up to the final one, with its four files (for the git history). */
    struct RoundFiles
    {
        store::RoundRecord record;
        QString mainPy;
        QString requirementsTxt;
        QString runSh;
        QString metadataJson;
    };
    QList<RoundFiles> history;

    /**
     * A copy with every known secret (wb::KnownSecrets) replaced in every text: files, metadata,
     * verdicts, judgements, names. Exporters write only such copies (a key a server echoed back may
     * be stored in a workspace from before redaction existed).
     */
    VettedExample withoutSecrets() const;

    /** A stable key of the example across exports: repository URL, commit and campaign. */
    QString key() const;
    /** Provenance as JSON: repository, commit, licence, models, rounds, cost, verdict, judgements. */
    QJsonObject provenance() const;
};

} // namespace wb::exchange
