// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/vettedexample.h"

#include <QStringList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::exchange {

/**
 * Which examples go into an export. By default only examples an annotator accepted (and none rejected)
 * whose final round the judge found finished; a gold decision (adjudication) overrides the annotators'.
 * `acceptedOnly = false` takes every successful example.
 * The licence gate keeps permissive licences only; others (and unknown) need an explicit override
 * with a reason, which is written into the provenance.
 */
struct LibrarySelection
{
    bool acceptedOnly = true;
    QString campaign;                  ///< name or id; empty: every campaign
    QStringList allowLicenses;         ///< SPDX ids (or "unknown") let through the gate
    QString overrideReason;            ///< required when allowLicenses is not empty

    struct Result
    {
        QList<VettedExample> examples;
        QStringList excluded;          ///< "repository (campaign): why", for the user
    };

    static const QStringList &permissiveLicenses();

    /**
     * The library's rule for one example: accepted by an annotator and refused by none of @p judgements
     * (the current whole-example ones), unless @p goldDecision (an adjudication's decision) settles it.
     */
    static bool isAccepted(const QList<store::JudgementRecord> &judgements, const QString &goldDecision);

    /** Reads the store (blocking). Throws wb::Error. */
    Result select(const std::shared_ptr<store::Workspace> &workspace) const;
};

} // namespace wb::exchange
