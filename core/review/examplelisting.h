// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pipelinerecords.h"

#include <QList>
#include <QString>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * The examples of every campaign as the Examples tab lists them, with what blind review hides from
 * the reviewer: with blind review on, an example the reviewer has not judged yet is blinded (its
 * campaign, outcome and reason are not shown).
 */
struct ExampleListing
{
    struct Entry
    {
        QString campaign;
        store::ExampleRecord example;
        bool blinded = false;
    };

    bool blind = false;   ///< the workspace reviews blind (read with the rows)
    QList<Entry> entries;

    /** Reads every campaign's examples for @p annotator; throws StoreError. */
    static ExampleListing read(const std::shared_ptr<store::Workspace> &workspace, const QString &annotator);
};

} // namespace wb::review
