// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pipelinerecords.h"

#include <QList>
#include <QString>

namespace wb::pipeline {

/**
 * CodeDistiller's change log: for every round before @p beforeRound, the judge's full verdict on it
 * ("error_information") and what the repair after it identified and changed. Rendered as the JSON list
 * the method keeps, so the judge and the repair see the whole history. Pure.
 */
class ChangeLog final
{
public:
    static QString render(const QList<store::RoundRecord> &rounds, int beforeRound);
};

} // namespace wb::pipeline
