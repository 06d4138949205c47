// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/costtotal.h"
#include "store/examplestatus.h"

#include <QMetaType>
#include <QString>

namespace wb::pipeline {

/** Where one example stands; emitted after every step. A plain value type. */
struct ExampleProgress
{
    qint64 exampleId = 0;
    QString repository;
    store::ExampleStatus status = store::ExampleStatus::Pending;
    QString stage;       ///< summary | classify | select | generate | execute | judge | repair | done
    int round = 0;
    int maxRounds = 0;
    llm::CostTotal cost;
    QString message;
    qint64 campaignId = 0;   ///< set by the campaign's runner
};

} // namespace wb::pipeline

Q_DECLARE_METATYPE(wb::pipeline::ExampleProgress)
